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

// scanTokens splits src into tokens, dropping the semicolons the scanner
// inserts at line ends. It reports false for text it will not lay out:
// scanning errors, and tokens (raw strings, block comments) that span
// lines, whose lines the rest of the package does not track.
func scanTokens(src []byte) ([]tok, bool) {
	fset := token.NewFileSet()
	file := fset.AddFile("", -1, len(src))
	var s scanner.Scanner
	bad := false
	s.Init(file, src, func(token.Position, string) { bad = true }, scanner.ScanComments)
	toks := make([]tok, 0, len(src)/4)
	line, last := 1, 0
	for {
		pos, t, lit := s.Scan()
		if t == token.EOF {
			break
		}
		off := file.Offset(pos)
		if t == token.SEMICOLON && lit == "\n" {
			continue
		}
		col1 := off == 0 || src[off-1] == '\n'
		for _, c := range src[last:off] {
			if c == '\n' {
				line++
			}
		}
		if lit == "" {
			lit = t.String()
		} else if strings.IndexByte(lit, '\n') >= 0 {
			return nil, false
		}
		toks = append(toks, tok{t: t, lit: lit, line: line, off: off, col1: col1})
		last = off
	}
	return toks, !bad
}
