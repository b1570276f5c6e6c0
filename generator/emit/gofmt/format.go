package gofmt

import (
	"bytes"
	"go/format"
	"go/token"
	"sync"
	"text/tabwriter"
)

// Stats counts what Format did with the top-level declarations it was
// given: laid out itself, or handed to go/format.
type Stats struct {
	Decls, Fallbacks int
	// Bytes and FallbackBytes are the raw sizes of those declarations.
	Bytes, FallbackBytes int
	// WholeFile is set when the file as a whole went to go/format (its
	// header or declaration boundaries were not recognised).
	WholeFile bool
}

// Format returns go/format.Source(src). src is read in place and must not
// change during the call.
func Format(src []byte) ([]byte, error) {
	out, _, err := FormatStats(src)
	return out, err
}

// FormatStats is Format, also saying how much of src it laid out itself.
func FormatStats(src []byte) ([]byte, Stats, error) {
	var st Stats
	out, ok := formatFile(src, &st, nil)
	if ok {
		return out, st, nil
	}
	st = Stats{WholeFile: true}
	out, err := format.Source(src)
	return out, st, err
}

// FormatVisit is Format, also passing each token of src but comments to
// visit, in order, with its text as Lexer returns it (a slice of src),
// ending with EOF: whoever reads every token of a file it formats (emit's
// scan for runtime names) need not read them again. They are the tokens of the output but
// for the parentheses go/printer drops around a lone result type
// (`func f() (error) {` → `func f() error {`). visited is false when the
// file went to go/format whole, and visit saw only some of it, or none.
func FormatVisit(src []byte, visit func(t token.Token, lit string)) (out []byte, visited bool, err error) {
	var st Stats
	if out, ok := formatFile(src, &st, visit); ok {
		return out, true, nil
	}
	out, err = format.Source(src)
	return out, false, err
}

// formatFile formats the header (comments, package clause, imports) with
// go/format, which is cheap for so little, and each top-level
// declaration with formatDecl as soon as its tokens are read, or with
// go/format where that declines. It reports false when the file is not
// split the way it expects: a comment between declarations that is no
// doc comment, or declarations without a blank line between them
// (go/printer's layout of each is then not independent of the others).
func formatFile(src []byte, st *Stats, visit func(token.Token, string)) ([]byte, bool) {
	ts := newTokens(src)
	out := make([]byte, 0, len(src)+len(src)/8)
	f := formatters.Get().(*formatter)
	chunk := f.chunk[:0] // the declaration being read
	defer func() {
		f.chunk = chunk[:0]
		formatters.Put(f)
	}()
	// comments is the number of comments at the end of chunk read at
	// depth 0: a doc comment of the next declaration, or a stray one.
	comments := 0
	depth := 0
	header := true
	pkg := false // the package clause is read
	// flush formats chunk[:n], the previous declaration.
	flush := func(n, endOff int) bool {
		decl := chunk[:n]
		if header {
			h, err := format.Source(src[:endOff])
			if err != nil {
				return false
			}
			out = append(out, h...)
			header = false
			return true
		}
		out = append(out, '\n')
		start := decl[0].off
		st.Decls++
		st.Bytes += endOff - start
		mark := len(out)
		var ok bool
		if out, ok = f.formatDecl(out, decl); !ok {
			st.Fallbacks++
			st.FallbackBytes += endOff - start
			if out, ok = fallback(out[:mark], src[start:endOff]); !ok {
				return false
			}
		}
		return true
	}
	var t tok
	for {
		if !ts.scan(&t) {
			return nil, false
		}
		if visit != nil && t.t != token.COMMENT {
			visit(t.t, t.lit)
		}
		if header && !pkg && t.t != token.COMMENT && t.t != token.PACKAGE {
			// go/format reads text without a package clause first as
			// a list of declarations, or statements: not handled.
			return nil, false
		}
		switch t.t {
		case token.LPAREN, token.LBRACK, token.LBRACE:
			depth++
		case token.RPAREN, token.RBRACK, token.RBRACE:
			depth--
		case token.COMMENT:
			if depth == 0 {
				comments++
				chunk = append(chunk, t)
				continue
			}
		case token.FUNC, token.TYPE, token.VAR, token.CONST, token.EOF:
			if t.t == token.EOF && depth != 0 {
				return nil, false // unbalanced: go/format says what is wrong
			}
			if depth != 0 || !t.col1 && t.t != token.EOF {
				break
			}
			// The comments right above are its doc comment; any
			// others at depth 0 are not handled.
			n := len(chunk)
			for want := t.line - 1; comments > 0 && chunk[n-1].line == want && chunk[n-1].col1 && t.t != token.EOF; want-- {
				n--
				comments--
			}
			if comments > 0 {
				return nil, false
			}
			if len(chunk) > 0 || header {
				if n == 0 && !header {
					return nil, false
				}
				if !header && t.t != token.EOF && chunk[n-1].line+1 >= firstLine(chunk, n, t) {
					// No blank line between: go/printer lays the two
					// out together (aligning one-line functions), so
					// they are one chunk.
					comments = 0
					chunk = append(chunk, t)
					continue
				}
				endOff := t.off
				if n < len(chunk) {
					endOff = chunk[n].off
				}
				if !flush(n, endOff) {
					return nil, false
				}
				chunk = append(chunk[:0], chunk[n:]...)
			}
			if t.t == token.EOF {
				if header {
					return nil, false
				}
				return out, true
			}
		case token.IMPORT:
			if !header {
				return nil, false
			}
		case token.PACKAGE:
			pkg = header && !pkg
		}
		comments = 0
		chunk = append(chunk, t)
	}
}

// formatters are kept from one file to the next: a formatter's buffers
// (its declaration's tokens, the parser's node blocks and lists, the
// printer's and the tabwriter's output) grow to the largest declaration it
// has laid out, and each file (each part of a large file is one) grew them
// again from nothing. What they hold of a file's text is never read
// once the file is formatted: each is emptied or overwritten first.
var formatters = sync.Pool{New: func() any { return new(formatter) }}

// firstLine is the line the next declaration starts on: its first doc
// comment's, or its keyword's.
func firstLine(chunk []tok, n int, t tok) int {
	if n < len(chunk) {
		return chunk[n].line
	}
	return t.line
}

// formatDecl appends the declaration laid out as go/printer would, or
// reports false when it meets something it does not handle.
func (f *formatter) formatDecl(out []byte, toks []tok) (res []byte, ok bool) {
	f.reset(toks)
	defer func() {
		// unsupported is the usual way out; any other panic (an index
		// past the end on text jennifer would never print) also leaves
		// the declaration to go/format, which lays it out or reports
		// what is wrong with it.
		if r := recover(); r != nil {
			res, ok = out, false
		}
	}()
	f.decls()
	f.p.flush()
	return f.finish(out), true
}

// finish appends the printer's stream as go/printer's tabwriter and
// trimmer would write it: cells aligned when there are any, escapes
// removed, formfeeds as newlines, a final newline.
func (f *formatter) finish(out []byte) []byte {
	stream := f.p.out
	if f.p.cells {
		f.tw.Reset()
		tw := f.twr.Init(&f.tw, 0, 8, 1, ' ', tabwriter.DiscardEmptyColumns|tabwriter.TabIndent)
		tw.Write(stream)
		tw.Flush()
		stream = f.tw.Bytes()
	} else if !f.p.escaped {
		// Nothing to align and no escapes: only formfeeds to turn
		// into newlines (flush left no blanks before line breaks).
		for {
			i := bytes.IndexByte(stream, '\f')
			if i < 0 {
				break
			}
			out = append(append(out, stream[:i]...), '\n')
			stream = stream[i+1:]
		}
		out = trimRight(append(out, stream...))
		return append(out, '\n')
	}
	// The text between escapes and line breaks is appended a run at a
	// time, not a byte at a time (a large schema's struct declarations
	// are megabytes of aligned text).
	for {
		i := 0
		for i < len(stream) && !lineEnd[stream[i]] {
			i++
		}
		out = append(out, stream[:i]...)
		if i == len(stream) {
			break
		}
		if stream[i] != tabwriter.Escape {
			out = append(trimRight(out), '\n')
		}
		stream = stream[i+1:]
	}
	out = trimRight(out)
	return append(out, '\n')
}

// lineEnd marks the bytes finish does not copy as they are: the
// tabwriter's escape, dropped, and formfeeds and newlines, which end a
// line (its trailing blanks trimmed).
var lineEnd = [256]bool{tabwriter.Escape: true, '\f': true, '\n': true}

// trimRight drops trailing blanks and tabs of the last line (go/printer's
// trimmer).
func trimRight(b []byte) []byte {
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t') {
		b = b[:len(b)-1]
	}
	return b
}

// fallback appends go/format's layout of one declaration, formatted as
// a file of its own: go/printer lays out top-level declarations
// independently once a blank line separates them.
func fallback(out, decl []byte) ([]byte, bool) {
	const pkg = "package p\n\n"
	src := make([]byte, 0, len(pkg)+len(decl))
	src = append(append(src, pkg...), decl...)
	res, err := format.Source(src)
	if err != nil || !bytes.HasPrefix(res, []byte(pkg)) {
		return out, false
	}
	return append(out, res[len(pkg):]...), true
}
