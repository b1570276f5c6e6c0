package gofmt

import (
	"go/scanner"
	"go/token"
	"strings"
)

// tok is one token of the raw text with the source line it starts on
// (lines decide where go/printer breaks and how many blank lines it
// keeps).
type tok struct {
	t    token.Token
	lit  string // the token's text
	line int
	off  int // byte offset in the raw text
	// col1 is set when the token starts a line (go/printer formats a
	// comment group as a doc comment when it abuts such a token).
	col1 bool
}

// tokens reads the raw text a token at a time, dropping the semicolons
// the scanner inserts at line ends.
type tokens struct {
	src  []byte
	file *token.File
	s    scanner.Scanner
	bad  bool
	line int
	end  int // where the last token ended
}

func newTokens(src []byte) *tokens {
	ts := &tokens{src: src, line: 1}
	ts.file = token.NewFileSet().AddFile("", -1, len(src))
	ts.s.Init(ts.file, src, func(token.Position, string) { ts.bad = true }, scanner.ScanComments)
	return ts
}

// next returns the next token, EOF at the end. It reports false for
// text it will not lay out: scanning errors, and tokens (raw strings,
// block comments) that span lines, whose lines the rest of the package
// does not track.
func (ts *tokens) next() (tok, bool) {
	for {
		pos, t, lit := ts.s.Scan()
		if ts.bad {
			return tok{}, false
		}
		if t == token.SEMICOLON && lit == "\n" {
			continue
		}
		if t == token.EOF {
			return tok{t: t, off: len(ts.src), line: ts.line}, true
		}
		off := ts.file.Offset(pos)
		// Only the gap since the last token can hold line breaks.
		for _, c := range ts.src[ts.end:off] {
			if c == '\n' {
				ts.line++
			}
		}
		if lit == "" {
			lit = t.String()
		} else if strings.IndexByte(lit, '\n') >= 0 {
			return tok{}, false
		}
		ts.end = off + len(lit)
		return tok{t: t, lit: lit, line: ts.line, off: off, col1: off == 0 || ts.src[off-1] == '\n'}, true
	}
}
