package gofmt

import "go/token"

// Function signatures and literals. A signature must sit on one line;
// a literal's body is parsed when it is printed, by the statement
// printer, as go/printer prints it (funcBody).

// funcSig parses parameters and results after "func" (and a name),
// starting on line.
func (p *parser) funcSig(line int) *node {
	if p.peek() == token.LBRACK {
		fail() // type parameters
	}
	params := p.paramList()
	sig := p.node(node{kind: nFunc, x: params, line: line, end: params.end})
	switch p.peek() {
	case token.LPAREN:
		res := p.paramList()
		sig.y, sig.end = res, res.end
		if len(res.list) == 1 && res.list[0].text == "" {
			// A single unnamed result loses its parentheses.
			sig.y = res.list[0].x
		}
	case token.IDENT, token.MUL, token.LBRACK, token.MAP, token.FUNC, token.INTERFACE, token.STRUCT:
		if p.cur().line == line {
			sig.y = p.typ()
			sig.end = sig.y.end
		}
	}
	if sig.end != line {
		fail()
	}
	return sig
}

// paramList parses a parenthesised parameter list: each entry a type or
// a name and a type, as written (go/printer keeps the grouping).
func (p *parser) paramList() *node {
	open := p.want(token.LPAREN)
	list := p.node(node{kind: nParams, line: open.line})
	mark := len(p.stack)
	for p.peek() != token.RPAREN {
		if len(p.stack) > mark {
			p.want(token.COMMA)
			if p.peek() == token.RPAREN {
				fail()
			}
		}
		t := p.cur()
		par := p.node(node{kind: nParam, line: t.line})
		if t.t == token.IDENT {
			if n := p.toks[p.i+1].t; n != token.COMMA && n != token.RPAREN && n != token.PERIOD {
				p.next()
				par.text = t.lit
			}
		}
		par.x = p.typ()
		if par.x.kind == nParen {
			fail()
		}
		par.end = par.x.end
		p.push(par)
	}
	list.list = p.list(mark)
	c := p.want(token.RPAREN)
	list.end = c.line
	// go/parser's rules: names on all parameters or none (an entry
	// without one then being a name grouped with the next type), the
	// last named, and ... only on the last.
	named := false
	for _, par := range list.list {
		named = named || par.text != ""
	}
	for i, par := range list.list {
		if named && par.text == "" && (par.x.kind != nLeaf || i == len(list.list)-1) {
			fail()
		}
		if par.x.kind == nEllipsis && i != len(list.list)-1 {
			fail()
		}
	}
	return list
}

// funcLit parses a function literal, skipping its body, which is
// printed from its tokens.
func (p *parser) funcLit() *node {
	t := p.want(token.FUNC)
	sig := p.funcSig(t.line)
	if p.peek() != token.LBRACE {
		return sig // a func type, as in a conversion
	}
	open := p.i
	depth := 0
	for {
		switch p.next().t {
		case token.LBRACE:
			depth++
		case token.RBRACE:
			depth--
		}
		if depth == 0 {
			break
		}
	}
	return p.node(node{kind: nFuncLit, x: sig, line: t.line, end: p.lastLine(), open: open})
}

// params prints a parameter list.
func (p *printer) params(x *node) {
	p.write("(", x.line)
	for i, par := range x.list {
		if i > 0 {
			p.write(",", par.line)
			p.blank()
		}
		if par.text != "" {
			p.write(par.text, par.line)
			p.blank()
		}
		p.expr(par.x)
	}
	p.write(")", x.end)
}

// signature prints parameters and results (go/printer's signature).
func (p *printer) signature(sig *node) {
	p.params(sig.x)
	if sig.y != nil {
		p.blank()
		if sig.y.kind == nParams {
			p.params(sig.y)
		} else {
			p.expr(sig.y)
		}
	}
}
