package gofmt

import (
	"bytes"
	"go/token"
	"text/tabwriter"
)

// formatter lays out one top-level declaration: a parser over its tokens
// and the printer it writes to.
type formatter struct {
	parser
	p printer
	// tw holds the tabwriter's output, and twr is the tabwriter, both
	// reused from one declaration to the next (Init keeps a Writer's
	// buffers and cells; NewWriter made them anew for each).
	tw  bytes.Buffer
	twr tabwriter.Writer
	// chunk is formatFile's buffer of a declaration's tokens.
	chunk []tok
}

// reset readies f for the next declaration, keeping its buffers.
func (f *formatter) reset(toks []tok) {
	f.parser = parser{toks: toks, blocks: f.blocks, stack: f.stack[:0], ptrs: f.ptrs[:0]}
	// body is made once per formatter: it refers to nothing but f.
	f.p = printer{out: f.p.out[:0], body: f.p.body}
}

// decls prints the declarations of a chunk: one, or several on adjacent
// lines, which go/printer lays out together (declList): a blank line
// between declarations of different kinds, a formfeed before a function
// of more than one line, and one-line functions aligned.
func (f *formatter) decls() {
	if f.p.body == nil {
		f.p.body = func(open int) {
			i, lev := f.i, f.exprLev
			f.i, f.exprLev = open, 0
			f.block(1)
			f.i, f.exprLev = i, lev
		}
	}
	prev := token.ILLEGAL
	for f.i < len(f.toks) {
		t := f.cur()
		if prev != token.ILLEGAL {
			if t.t == token.COMMENT || !t.col1 {
				fail() // a doc comment on a later declaration, or no line break
			}
			min := 1
			if t.t != prev {
				min = 2
			}
			f.p.linebreak(t.line, min, t.t == token.FUNC && f.declEndLine() > t.line)
		}
		k := f.i
		for f.toks[k].t == token.COMMENT {
			k++
		}
		prev = f.toks[k].t
		f.decl()
		if f.i < len(f.toks) {
			f.endLine(token.EOF)
		}
	}
}

// declEndLine is the last line of the declaration starting at the next
// token: the line before the next declaration's keyword, or the last.
func (f *formatter) declEndLine() int {
	depth := 0
	for j := f.i + 1; j < len(f.toks); j++ {
		switch t := f.toks[j]; t.t {
		case token.LPAREN, token.LBRACK, token.LBRACE:
			depth++
		case token.RPAREN, token.RBRACK, token.RBRACE:
			depth--
		case token.FUNC, token.TYPE, token.VAR, token.CONST:
			if depth == 0 && t.col1 {
				return f.toks[j-1].line
			}
		}
	}
	return f.toks[len(f.toks)-1].line
}

// decl prints one declaration (its doc comment first).
func (f *formatter) decl() {
	f.docComment()
	t := f.cur()
	switch t.t {
	case token.FUNC:
		f.funcDecl()
	case token.TYPE:
		f.next()
		f.p.write("type", t.line)
		f.p.blank()
		if f.peek() == token.LPAREN {
			fail()
		}
		f.typeSpec()
	case token.CONST, token.VAR:
		f.next()
		f.p.write(t.lit, t.line)
		f.p.blank()
		if f.peek() == token.LPAREN {
			f.valueGroup(t.t)
		} else {
			f.valueSpec(t.t)
		}
	default:
		fail()
	}
}

// docComment prints the comment lines before the next token, which must
// abut it, and formats them as go/printer formats a doc comment.
func (f *formatter) docComment() {
	start := f.i
	for f.peek() == token.COMMENT {
		f.next()
	}
	if start == f.i {
		return
	}
	group := f.toks[start:f.i]
	for i, c := range group {
		if !c.col1 || c.lit[1] != '/' || i > 0 && c.line != group[i-1].line+1 {
			fail()
		}
	}
	if next := f.cur(); !next.col1 || next.line != group[len(group)-1].line+1 {
		fail()
	}
	lines := docLines(group, f.p.indent == 0)
	if len(lines) == 0 {
		fail() // go/printer drops an empty doc comment, and its line
	}
	first := group[0].line
	// go/printer breaks before a comment with formfeeds, as many as the
	// source has (at most two), replacing the breaks held.
	if f.p.line > 0 {
		f.p.nl = 0
		f.p.breaks(min(max(first-f.p.line, 1), 2), true)
	}
	for i, l := range lines {
		if i > 0 {
			f.p.breaks(1, false)
		}
		f.p.lit(l, first)
	}
	// The comment's lines may have changed in number: go/printer counts
	// from the token after it.
	f.p.line = f.cur().line - 1
	f.p.breaks(1, false)
}

// funcDecl is go/printer's funcDecl for a function with a body.
func (f *formatter) funcDecl() {
	t := f.want(token.FUNC)
	f.p.write("func", t.line)
	// The header is measured from "func" itself, as go/printer takes its
	// column after writing FUNC: writing it first writes what was pending
	// before it (the line break after a doc comment).
	start := len(f.p.out) - len("func")
	f.p.blank()
	if f.peek() == token.LPAREN {
		recv := f.paramList()
		f.p.params(recv)
		f.p.blank()
	}
	name := f.want(token.IDENT)
	f.p.write(name.lit, name.line)
	sig := f.funcSig(name.line)
	f.p.signature(sig)
	if f.peek() != token.LBRACE {
		fail()
	}
	if f.toks[f.i+1].t == token.RBRACE && f.toks[f.i+1].line == f.cur().line {
		// An empty body on the header's line stays there when the
		// line is short (funcBody); the '\v' before it aligns with
		// nothing, as declarations are a blank line apart.
		header, lines := len(f.p.out)-start, false
		for _, c := range f.p.out[start:] {
			switch c {
			case 0xff:
				header--
			case '\n':
				lines = true
			}
		}
		if lines {
			header = 100 // a header across lines: go/printer's infinity
		}
		f.next()
		r := f.next()
		// go/printer keeps it when headerSize+bodySize <= 100, with a
		// headerSize one more than the header's width: it takes the
		// column after "func" before the blank that follows is written.
		if header >= 100 {
			f.p.blank()
			f.p.write("{", r.line)
			f.p.breaks(1, true)
			f.p.write("}", r.line)
			return
		}
		f.p.vtab()
		f.p.write("{}", r.line)
		return
	}
	if f.toks[f.i+1].line == f.cur().line {
		fail()
	}
	f.p.blank()
	f.block(1)
}

// typeSpec prints Name Type for a single type declaration.
func (f *formatter) typeSpec() {
	name := f.want(token.IDENT)
	f.p.write(name.lit, name.line)
	if f.peek() == token.LBRACK {
		fail() // type parameters
	}
	f.p.blank()
	if f.peek() == token.ASSIGN {
		a := f.next()
		f.p.write("=", a.line)
		f.p.blank()
	}
	if f.peek() == token.STRUCT && f.toks[f.i+1].t == token.LBRACE && f.toks[f.i+2].t != token.RBRACE {
		f.structType()
		return
	}
	if f.peek() == token.INTERFACE && f.toks[f.i+1].t == token.LBRACE && f.toks[f.i+2].t != token.RBRACE {
		f.interfaceType()
		return
	}
	f.p.expr(f.typ())
}

// openFields prints "struct {" or "interface {" of a field list
// written across lines, and indents (go/printer's fieldList).
func (f *formatter) openFields(kw token.Token) {
	s := f.want(kw)
	f.p.write(s.lit, s.line)
	lb := f.want(token.LBRACE)
	if f.cur().line == lb.line {
		fail()
	}
	f.p.blank()
	f.p.write("{", lb.line)
	f.p.indent++
	f.p.breaks(1, true)
}

// closeFields prints the closing brace of a field list.
func (f *formatter) closeFields() {
	r := f.want(token.RBRACE)
	f.p.indent--
	f.p.breaks(1, true)
	f.p.write("}", r.line)
}

// structType is go/printer's fieldList for a struct written across lines.
func (f *formatter) structType() {
	f.openFields(token.STRUCT)
	// Count the fields first: a struct of one field is not aligned.
	n := 0
	for i, depth := f.i, 0; depth > 0 || f.toks[i].t != token.RBRACE; i++ {
		switch f.toks[i].t {
		case token.LBRACE, token.LPAREN, token.LBRACK:
			depth++
		case token.RBRACE, token.RPAREN, token.RBRACK:
			depth--
		case token.COMMENT:
		default:
			if f.toks[i].col1 && depth == 0 {
				n++
			}
		}
	}
	line := 0
	for i := 0; f.peek() != token.RBRACE; i++ {
		if i > 0 && f.peek() != token.COMMENT {
			f.p.linebreak(f.cur().line, 1, f.p.lines-line > 0)
		}
		f.docComment()
		line = f.p.outLine()
		first := f.cur()
		if !first.col1 {
			fail()
		}
		// An embedded field is a type name, *T or pkg.T, alone or with
		// a tag; otherwise names, then the type.
		named := first.t == token.IDENT
		if named {
			switch f.toks[f.i+1].t {
			case token.PERIOD, token.SEMICOLON, token.STRING, token.RBRACE:
				named = false
			}
		}
		if named {
			names := []tok{f.want(token.IDENT)}
			for f.peek() == token.COMMA {
				f.next()
				names = append(names, f.want(token.IDENT))
			}
			f.names(names)
			if n > 1 {
				f.p.vtab()
			} else {
				f.p.blank()
			}
		}
		if f.peek() == token.STRUCT || f.peek() == token.INTERFACE && f.toks[f.i+2].t != token.RBRACE || f.peek() == token.FUNC || f.peek() == token.CHAN {
			fail()
		}
		typ := f.typ()
		if typ.end != first.line {
			fail()
		}
		f.p.expr(typ)
		if f.peek() == token.STRING && f.cur().line == first.line {
			tag := f.next()
			if n > 1 {
				if named {
					f.p.vtab()
				}
				f.p.vtab()
			} else {
				f.p.blank()
			}
			f.p.lit(tag.lit, tag.line)
		}
		f.endLine(token.RBRACE) // no line comments, nothing more on the line
	}
	f.closeFields()
}

// interfaceType is go/printer's fieldList for an interface written
// across lines: methods and embedded types, one a line, not aligned.
func (f *formatter) interfaceType() {
	f.openFields(token.INTERFACE)
	line := 0
	for i := 0; f.peek() != token.RBRACE; i++ {
		if i > 0 && f.peek() != token.COMMENT {
			f.p.linebreak(f.cur().line, 1, f.p.lines-line > 0)
		}
		f.docComment()
		line = f.p.outLine()
		name := f.want(token.IDENT)
		if !name.col1 {
			fail()
		}
		if f.peek() == token.LPAREN {
			f.p.write(name.lit, name.line)
			f.p.signature(f.funcSig(name.line))
		} else {
			f.i--
			typ := f.typ()
			if typ.end != name.line {
				fail()
			}
			f.p.expr(typ)
		}
		f.endLine(token.RBRACE)
	}
	f.closeFields()
}

// valueSpec prints names [type] [= values] of a single var or const.
func (f *formatter) valueSpec(kw token.Token) {
	names, typ, values := f.valueParts(kw)
	f.names(names)
	if typ != nil {
		f.p.blank()
		f.p.expr(typ)
	}
	if values != nil {
		f.p.blank()
		f.p.write("=", f.toks[f.i-1].line)
		f.p.blank()
		f.p.exprList(0, values, 1, false, 0)
	}
}

func (f *formatter) names(names []tok) {
	for i, n := range names {
		if i > 0 {
			f.p.write(",", n.line)
			f.p.blank()
		}
		f.p.write(n.lit, n.line)
	}
}

// valueParts parses names [type] [= values] of a const or var (kw);
// a var needs a type or values (go/parser).
func (f *formatter) valueParts(kw token.Token) (names []tok, typ *node, values []*node) {
	defer func() {
		if kw == token.VAR && typ == nil && values == nil {
			fail()
		}
	}()
	names = append(names, f.want(token.IDENT))
	for f.peek() == token.COMMA {
		f.next()
		names = append(names, f.want(token.IDENT))
	}
	line := names[0].line
	if t := f.peek(); t != token.ASSIGN && t != token.SEMICOLON && t != token.RPAREN && f.cur().line == line {
		typ = f.typ()
	}
	if f.peek() == token.ASSIGN && f.cur().line == line {
		f.next()
		values = f.exprList()
	}
	return names, typ, values
}

// valueGroup is go/printer's genDecl for a parenthesised const or var
// group.
func (f *formatter) valueGroup(kw token.Token) {
	lp := f.want(token.LPAREN)
	f.p.write("(", lp.line)
	type spec struct {
		start       int
		typ, values bool
	}
	// First pass: which specs have types and values (keepTypeColumn).
	var specs []spec
	for i := f.i; f.toks[i].t != token.RPAREN; {
		for f.toks[i].t == token.COMMENT {
			i++
		}
		s := spec{start: i}
		line := f.toks[i].line
		j := i + 1
		for f.toks[j].t == token.COMMA {
			j += 2
		}
		if f.toks[j].line == line && f.toks[j].t != token.ASSIGN && f.toks[j].t != token.RPAREN && f.toks[j].t != token.SEMICOLON {
			s.typ = true
		}
		for f.toks[j].line == line && f.toks[j].t != token.RPAREN {
			if f.toks[j].t == token.ASSIGN {
				s.values = true
			}
			j++
		}
		specs = append(specs, s)
		i = j
	}
	if len(specs) == 0 {
		fail()
	}
	keep := make([]bool, len(specs))
	i0, keepType := -1, false
	for i, s := range specs {
		if s.values {
			if i0 < 0 {
				i0, keepType = i, false
			}
		} else if i0 >= 0 {
			for k := i0; k < i; k++ {
				keep[k] = keepType
			}
			i0 = -1
		}
		if s.typ {
			keepType = true
		}
	}
	if i0 >= 0 {
		for k := i0; k < len(specs); k++ {
			keep[k] = keepType
		}
	}
	f.p.indent++
	f.p.breaks(1, true)
	line := 0
	for i := range specs {
		if i > 0 && f.peek() != token.COMMENT {
			f.p.linebreak(f.cur().line, 1, f.p.lines-line > 0)
		}
		f.docComment()
		line = f.p.outLine()
		if len(specs) == 1 {
			f.valueSpec(kw)
		} else {
			names, typ, values := f.valueParts(kw)
			f.names(names)
			if typ != nil || keep[i] {
				f.p.vtab()
			}
			if typ != nil {
				f.p.expr(typ)
			}
			if values != nil {
				f.p.vtab()
				f.p.write("=", names[0].line)
				f.p.blank()
				f.p.exprList(0, values, 1, false, 0)
			}
		}
		f.endLine(token.RPAREN)
	}
	f.p.indent--
	f.p.breaks(1, true)
	r := f.want(token.RPAREN)
	f.p.write(")", r.line)
}
