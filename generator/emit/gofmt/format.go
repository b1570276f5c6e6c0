package gofmt

import (
	"bytes"
	"go/format"
	"go/token"
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

// Format returns go/format.Source(src).
func Format(src []byte) ([]byte, error) {
	out, _, err := FormatStats(src)
	return out, err
}

// FormatStats is Format, also saying how much of src it laid out itself.
func FormatStats(src []byte) ([]byte, Stats, error) {
	var st Stats
	out, ok := formatFile(src, &st)
	if ok {
		return out, st, nil
	}
	st = Stats{WholeFile: true}
	out, err := format.Source(src)
	return out, st, err
}

// formatFile formats the header (comments, package clause, imports) with
// go/format, which is cheap for so little, and each top-level
// declaration with formatDecl, or go/format where that declines. It
// reports false when the file is not split the way it expects: a
// comment between declarations that is no doc comment, or declarations
// without a blank line between them (go/printer's layout of each is then
// not independent of the others).
func formatFile(src []byte, st *Stats) ([]byte, bool) {
	toks, ok := scanTokens(src)
	if !ok {
		return nil, false
	}
	starts, ok := declStarts(toks)
	if !ok || len(starts) == 0 {
		return nil, false
	}
	header, err := format.Source(src[:toks[starts[0]].off])
	if err != nil {
		return nil, false
	}
	out := make([]byte, 0, len(src))
	out = append(out, header...)
	for i, s := range starts {
		end, endOff := len(toks), len(src)
		if i+1 < len(starts) {
			end, endOff = starts[i+1], toks[starts[i+1]].off
			if toks[end].line-toks[end-1].line < 2 {
				return nil, false
			}
		}
		out = append(out, '\n')
		st.Decls++
		st.Bytes += endOff - toks[s].off
		n := len(out)
		out, ok = formatDecl(out, toks[s:end])
		if !ok {
			st.Fallbacks++
			st.FallbackBytes += endOff - toks[s].off
			if out, ok = fallback(out[:n], src[toks[s].off:endOff]); !ok {
				return nil, false
			}
		}
	}
	return out, true
}

// declStarts returns the index of the first token of each top-level
// declaration: its keyword at the start of a line at depth 0, or the doc
// comment right above it.
func declStarts(toks []tok) ([]int, bool) {
	var starts []int
	depth := 0
	for i, t := range toks {
		switch t.t {
		case token.LPAREN, token.LBRACK, token.LBRACE:
			depth++
		case token.RPAREN, token.RBRACK, token.RBRACE:
			depth--
		case token.FUNC, token.TYPE, token.VAR, token.CONST:
			if depth != 0 || !t.col1 {
				continue
			}
			s := i
			for s > 0 && toks[s-1].t == token.COMMENT && toks[s-1].col1 && toks[s-1].line == toks[s].line-1 {
				s--
			}
			starts = append(starts, s)
		case token.IMPORT:
			if len(starts) > 0 {
				return nil, false
			}
		}
	}
	// Comments not directly above a declaration (between or after
	// them) are left to go/format with the whole file.
	for i := 0; i+1 < len(starts); i++ {
		for j := starts[i]; j < starts[i+1]; j++ {
			if toks[j].t == token.COMMENT && j > starts[i] && toks[j-1].t != token.COMMENT && toks[j].col1 {
				if toks[j+1].t != token.COMMENT && !toks[j+1].col1 {
					return nil, false
				}
			}
		}
	}
	return starts, true
}

// formatDecl appends the declaration laid out as go/printer would, or
// reports false when it meets something it does not handle.
func formatDecl(out []byte, toks []tok) (res []byte, ok bool) {
	f := formatter{parser: parser{toks: toks}}
	defer func() {
		if r := recover(); r != nil {
			if _, is := r.(unsupported); !is {
				panic(r)
			}
			res, ok = out, false
		}
	}()
	f.decl()
	f.p.flush()
	return finish(out, f.p.out, f.p.cells), true
}

// finish appends the printer's stream as go/printer's tabwriter and
// trimmer would write it: cells aligned when there are any, escapes
// removed, formfeeds as newlines, a final newline.
func finish(out, stream []byte, cells bool) []byte {
	if cells {
		var buf bytes.Buffer
		tw := tabwriter.NewWriter(&buf, 0, 8, 1, ' ', tabwriter.DiscardEmptyColumns|tabwriter.TabIndent)
		tw.Write(stream)
		tw.Flush()
		stream = buf.Bytes()
	}
	for _, c := range stream {
		switch c {
		case tabwriter.Escape:
		case '\f':
			out = trimRight(out)
			out = append(out, '\n')
		case '\n':
			out = trimRight(out)
			out = append(out, '\n')
		default:
			out = append(out, c)
		}
	}
	out = trimRight(out)
	return append(out, '\n')
}

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
