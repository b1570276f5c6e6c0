package gofmt

import "go/token"

// kind is the sort of a node of the expression tree. The tree keeps only
// what go/printer's layout depends on.
type kind uint8

const (
	nLeaf      kind = iota // identifier or basic literal: text
	nBinary                // x op y
	nUnary                 // op x (& - + ! ^ <- ~)
	nStar                  // *x
	nParen                 // (x)
	nSelector              // x.text
	nIndex                 // x[y]
	nSlice                 // x[list[0]:list[1](:list[2])], nil bounds allowed
	nCall                  // x(list), ell for a trailing ...
	nAssert                // x.(y); y nil for .(type)
	nComposite             // x{list}, x nil when elided
	nKeyValue              // x: y
	nArray                 // [y]x, y nil for a slice type
	nMap                   // map[x]y
	nEllipsis              // ...x
	nEmpty                 // text{} : interface{} or struct{}
	nFunc                  // func type: list the parameters, y the results
	nParams                // a parameter list: list
	nParam                 // a parameter: text its name ("" for none), x its type
	nFuncLit               // func literal: x its nFunc, body at token index open
)

// node is one expression. line and end are the source lines of its first
// and last tokens; open and close those of its brackets (calls and
// composite literals).
type node struct {
	kind        kind
	op          token.Token
	text        string
	x, y        *node
	list        []*node
	ell         bool
	line, end   int
	open, close int
}

// unsupported is what the parser panics with on text it will not lay out;
// formatDecl recovers it and hands the declaration to go/format.
type unsupported struct{}

// parser reads the tokens of one top-level declaration.
type parser struct {
	toks []tok
	i    int
	// exprLev < 0 inside a control clause, where a '{' after a type name
	// opens the block rather than a composite literal (as in go/parser).
	exprLev int
	// arena is the block nodes are taken from, used of them taken.
	// blocks are every block allocated, arena the one before nextBlock:
	// they are reused from one declaration to the next (a function of
	// more nodes than a block took new blocks for every declaration).
	arena     []node
	used      int
	blocks    [][]node
	nextBlock int
	// guards counts the x.(type) read while guardOK (a switch header),
	// where alone they may stand.
	guards  int
	guardOK bool
	// stack holds the elements of the lists being read, an inner list's
	// above its outer one's; a list read whole is copied into ptrs and
	// handed out as a piece of it. Both are reused from one declaration
	// to the next, as blocks are: a list allocated for every call's
	// arguments and every expression list was most of the parser's
	// allocations.
	stack, ptrs []*node
}

// push adds x to the list being read.
func (p *parser) push(x *node) { p.stack = append(p.stack, x) }

// list returns the list pushed since the stack held mark elements (nil
// for none), as a piece of ptrs that appending to does not overwrite.
func (p *parser) list(mark int) []*node {
	n := len(p.stack) - mark
	if n == 0 {
		return nil
	}
	start := len(p.ptrs)
	p.ptrs = append(p.ptrs, p.stack[mark:]...)
	p.stack = p.stack[:mark]
	return p.ptrs[start : start+n : start+n]
}

// node returns a pointer to a copy of n in the arena.
func (p *parser) node(n node) *node {
	if p.used == len(p.arena) {
		if p.nextBlock == len(p.blocks) {
			p.blocks = append(p.blocks, make([]node, 256))
		}
		p.arena = p.blocks[p.nextBlock]
		p.nextBlock++
		p.used = 0
	}
	x := &p.arena[p.used]
	*x = n
	p.used++
	return x
}

func fail() { panic(unsupported{}) }

func (p *parser) peek() token.Token {
	if p.i < len(p.toks) {
		return p.toks[p.i].t
	}
	return token.EOF
}

func (p *parser) cur() tok {
	if p.i < len(p.toks) {
		return p.toks[p.i]
	}
	fail()
	return tok{}
}

func (p *parser) next() tok {
	t := p.cur()
	p.i++
	return t
}

func (p *parser) want(t token.Token) tok {
	if p.peek() != t {
		fail()
	}
	return p.next()
}

// lastLine is the line of the token just consumed.
func (p *parser) lastLine() int { return p.toks[p.i-1].line }

// enter raises the expression level for the inside of brackets, where a
// '{' opens a composite literal even in a control clause; it returns the
// level to restore.
func (p *parser) enter() int {
	lev := p.exprLev
	p.exprLev = max(lev+1, 1)
	return lev
}

// exprList parses expressions separated by commas.
func (p *parser) exprList() []*node {
	mark := len(p.stack)
	p.push(p.expr())
	for p.peek() == token.COMMA {
		p.next()
		p.push(p.expr())
	}
	return p.list(mark)
}

func (p *parser) expr() *node { return p.binary(token.LowestPrec + 1) }

func (p *parser) binary(prec1 int) *node {
	x := p.unary()
	for {
		op := p.peek()
		prec := op.Precedence()
		if prec < prec1 || !op.IsOperator() || op == token.ARROW && prec == 0 {
			return x
		}
		if prec == 0 {
			return x
		}
		p.next()
		y := p.binary(prec + 1)
		x = p.node(node{kind: nBinary, op: op, x: x, y: y, line: x.line, end: y.end})
	}
}

func (p *parser) unary() *node {
	t := p.cur()
	switch t.t {
	case token.AND, token.SUB, token.ADD, token.NOT, token.XOR, token.TILDE:
		p.next()
		x := p.unary()
		return p.node(node{kind: nUnary, op: t.t, x: x, line: t.line, end: x.end})
	case token.ARROW:
		if p.i+1 < len(p.toks) && p.toks[p.i+1].t == token.CHAN {
			fail()
		}
		p.next()
		x := p.unary()
		return p.node(node{kind: nUnary, op: t.t, x: x, line: t.line, end: x.end})
	case token.MUL:
		p.next()
		x := p.unary()
		return p.node(node{kind: nStar, x: x, line: t.line, end: x.end})
	}
	return p.primary()
}

// operand parses an identifier, literal, parenthesised expression or type.
func (p *parser) operand() *node {
	t := p.cur()
	switch t.t {
	case token.IDENT, token.INT, token.FLOAT, token.IMAG, token.CHAR, token.STRING:
		p.next()
		text := t.lit
		if t.t != token.IDENT && t.t != token.STRING && t.t != token.CHAR {
			text = normalizedNumber(text)
		}
		return p.node(node{kind: nLeaf, text: text, line: t.line, end: t.line})
	case token.LPAREN:
		p.next()
		lev := p.enter()
		x := p.typeOrExpr()
		p.exprLev = lev
		p.want(token.RPAREN)
		return p.node(node{kind: nParen, x: x, line: t.line, end: p.lastLine()})
	case token.LBRACK, token.MAP, token.INTERFACE, token.STRUCT:
		return p.typ()
	case token.FUNC:
		return p.funcLit()
	}
	fail()
	return nil
}

// typeOrExpr is an expression where a type may also stand.
func (p *parser) typeOrExpr() *node {
	switch p.peek() {
	case token.LBRACK, token.MAP, token.INTERFACE, token.STRUCT, token.ELLIPSIS:
		x := p.typ()
		return p.suffixes(x)
	}
	return p.expr()
}

// typ parses a type: a name, *T, []T, [N]T, map[K]V, interface{},
// struct{} (other struct, interface, func and chan types are not handled
// inside expressions).
func (p *parser) typ() *node {
	t := p.cur()
	switch t.t {
	case token.IDENT:
		p.next()
		x := p.node(node{kind: nLeaf, text: t.lit, line: t.line, end: t.line})
		if p.peek() == token.PERIOD {
			p.next()
			s := p.want(token.IDENT)
			x = p.node(node{kind: nSelector, x: x, text: s.lit, line: t.line, end: s.line})
		}
		if p.peek() == token.LBRACK {
			fail() // generic instantiation
		}
		return x
	case token.MUL:
		p.next()
		x := p.typ()
		return p.node(node{kind: nStar, x: x, line: t.line, end: x.end})
	case token.ELLIPSIS:
		p.next()
		x := p.typ()
		return p.node(node{kind: nEllipsis, x: x, line: t.line, end: x.end})
	case token.LBRACK:
		p.next()
		var n *node
		if p.peek() != token.RBRACK {
			if p.peek() == token.ELLIPSIS {
				fail()
			}
			n = p.expr()
		}
		p.want(token.RBRACK)
		x := p.typ()
		return p.node(node{kind: nArray, x: x, y: n, line: t.line, end: x.end})
	case token.MAP:
		p.next()
		p.want(token.LBRACK)
		k := p.typ()
		p.want(token.RBRACK)
		v := p.typ()
		return p.node(node{kind: nMap, x: k, y: v, line: t.line, end: v.end})
	case token.INTERFACE, token.STRUCT:
		p.next()
		p.want(token.LBRACE)
		r := p.want(token.RBRACE)
		if r.line != t.line {
			fail()
		}
		return p.node(node{kind: nEmpty, text: t.lit, line: t.line, end: t.line})
	case token.LPAREN:
		p.next()
		x := p.typ()
		p.want(token.RPAREN)
		return p.node(node{kind: nParen, x: x, line: t.line, end: p.lastLine()})
	case token.FUNC:
		p.next()
		return p.funcSig(t.line)
	}
	fail()
	return nil
}

func (p *parser) primary() *node {
	return p.suffixes(p.operand())
}

// suffixes parses selectors, index and slice expressions, calls, type
// assertions and composite literals after an operand.
func (p *parser) suffixes(x *node) *node {
	for {
		switch p.peek() {
		case token.PERIOD:
			p.next()
			switch p.peek() {
			case token.IDENT:
				s := p.next()
				x = p.node(node{kind: nSelector, x: x, text: s.lit, line: x.line, end: s.line})
			case token.LPAREN:
				p.next()
				var y *node
				if p.peek() == token.TYPE {
					if !p.guardOK {
						fail() // .(type) outside a type switch
					}
					p.guards++
					p.next()
				} else {
					y = p.typeOrExpr()
				}
				p.want(token.RPAREN)
				x = p.node(node{kind: nAssert, x: x, y: y, line: x.line, end: p.lastLine()})
			default:
				fail()
			}
		case token.LBRACK:
			p.next()
			lev := p.enter()
			var idx [3]*node
			ncolon := 0
			for {
				if p.peek() != token.COLON && p.peek() != token.RBRACK {
					idx[ncolon] = p.expr()
				}
				if p.peek() == token.COLON {
					ncolon++
					if ncolon > 2 {
						fail()
					}
					p.next()
					continue
				}
				break
			}
			p.want(token.RBRACK)
			p.exprLev = lev
			if ncolon == 0 {
				if idx[0] == nil {
					fail()
				}
				x = p.node(node{kind: nIndex, x: x, y: idx[0], line: x.line, end: p.lastLine()})
			} else {
				list := idx[:2]
				if ncolon == 2 {
					list = idx[:3]
				}
				x = p.node(node{kind: nSlice, x: x, list: append([]*node(nil), list...), line: x.line, end: p.lastLine()})
			}
		case token.LPAREN:
			open := p.next()
			lev := p.enter()
			mark := len(p.stack)
			ell := false
			for p.peek() != token.RPAREN {
				p.push(p.typeOrExpr())
				if p.peek() == token.ELLIPSIS {
					p.next()
					ell = true
				}
				if p.peek() != token.COMMA {
					break
				}
				p.next()
			}
			args := p.list(mark)
			cl := p.want(token.RPAREN)
			p.exprLev = lev
			if ell {
				fail()
			}
			x = p.node(node{kind: nCall, x: x, list: args, ell: ell, line: x.line, end: cl.line, open: open.line, close: cl.line})
		case token.LBRACE:
			if !p.literalType(x) {
				return x
			}
			x = p.composite(x)
		default:
			return x
		}
	}
}

// literalType reports whether a '{' after x opens a composite literal, as
// go/parser decides it.
func (p *parser) literalType(x *node) bool {
	t := x
	for t.kind == nParen {
		t = t.x
	}
	switch t.kind {
	case nLeaf, nSelector, nIndex:
		if t.kind == nLeaf && t.text != "" && (t.text[0] == '"' || t.text[0] >= '0' && t.text[0] <= '9') {
			return false
		}
		return p.exprLev >= 0
	case nArray, nMap, nEmpty:
		return true
	}
	return false
}

// composite parses a composite literal body after its type (nil when
// elided inside another literal).
func (p *parser) composite(typ *node) *node {
	open := p.want(token.LBRACE)
	lev := p.exprLev
	p.exprLev = 1
	mark := len(p.stack)
	for p.peek() != token.RBRACE {
		e := p.element()
		if p.peek() == token.COLON {
			p.next()
			v := p.element()
			e = p.node(node{kind: nKeyValue, x: e, y: v, line: e.line, end: v.end})
		}
		p.push(e)
		if p.peek() != token.COMMA {
			break
		}
		p.next()
	}
	elts := p.list(mark)
	cl := p.want(token.RBRACE)
	p.exprLev = lev
	if len(elts) == 0 && cl.line != open.line {
		fail()
	}
	line := open.line
	if typ != nil {
		line = typ.line
	}
	return p.node(node{kind: nComposite, x: typ, list: elts, line: line, end: cl.line, open: open.line, close: cl.line})
}

// element is a composite literal element or key, which may be a literal
// with its type elided.
func (p *parser) element() *node {
	if p.peek() == token.LBRACE {
		return p.composite(nil)
	}
	return p.typeOrExpr()
}
