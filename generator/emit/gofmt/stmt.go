package gofmt

import "go/token"

// The statement printers follow go/printer's stmt, block and stmtList,
// parsing each statement as they go: a statement's layout depends only on
// its own tokens and the source lines they are on.

// block prints a block whose '{' is the next token: go/printer's block.
func (f *formatter) block(nindent int) {
	f.p.write("{", f.want(token.LBRACE).line)
	f.stmtList(nindent, false)
	r := f.want(token.RBRACE)
	f.p.linebreak(r.line, 1, true)
	f.p.write("}", r.line)
}

// stmtList prints statements up to the closing '}' (or, for a case
// clause, the next case); caseBody says which.
func (f *formatter) stmtList(nindent int, caseBody bool) {
	f.p.indent += nindent
	line := 0
	for i := 0; ; i++ {
		t := f.peek()
		if t == token.RBRACE || caseBody && (t == token.CASE || t == token.DEFAULT) {
			break
		}
		if t == token.COMMENT {
			// A comment group abutting the statement below it, laid
			// out as go/printer lays out such a group (a doc comment);
			// comments before a closing brace or a case are not
			// handled (go/printer's indentation of those depends on
			// their column).
			k := f.i
			for f.toks[k].t == token.COMMENT {
				k++
			}
			if nt := f.toks[k].t; nindent == 0 || nt == token.RBRACE || nt == token.CASE || nt == token.DEFAULT {
				fail()
			}
			f.docComment()
		} else {
			f.p.linebreak(f.cur().line, 1, i == 0 || nindent == 0 || f.p.lines-line > 0)
		}
		line = f.p.outLine()
		if nindent == 0 {
			f.caseClause()
		} else {
			f.stmt()
			// Statements end at a line break (an implied semicolon) or
			// the closing brace; anything else is go/parser's error or
			// several statements on a line.
			f.endLine(token.RBRACE)
		}
	}
	f.p.indent -= nindent
}

func (f *formatter) caseClause() {
	t := f.next()
	switch t.t {
	case token.CASE:
		f.p.write("case", t.line)
		f.p.blank()
		list := f.exprList()
		f.p.exprList(t.line, list, 1, false, f.cur().line)
	case token.DEFAULT:
		f.p.write("default", t.line)
	default:
		fail()
	}
	c := f.want(token.COLON)
	f.p.write(":", c.line)
	f.stmtList(1, true)
}

// stmt prints one statement.
func (f *formatter) stmt() {
	t := f.cur()
	switch t.t {
	case token.IF:
		f.ifStmt()
	case token.FOR:
		f.forStmt()
	case token.SWITCH:
		f.next()
		f.p.write("switch", t.line)
		f.controlClause(token.SWITCH)
		f.block(0)
	case token.RETURN:
		f.next()
		f.p.write("return", t.line)
		if f.peek() == token.SEMICOLON || f.peek() == token.RBRACE {
			return
		}
		f.p.blank()
		list := f.exprList()
		if indentList(list) {
			fail()
		}
		f.p.exprList(0, list, 1, false, 0)
	case token.BREAK, token.CONTINUE, token.FALLTHROUGH:
		f.next()
		f.p.write(t.lit, t.line)
		if f.peek() == token.IDENT && f.cur().line == t.line {
			fail() // labels
		}
	case token.GO, token.DEFER:
		f.next()
		f.p.write(t.lit, t.line)
		f.p.blank()
		f.p.expr(f.expr())
	case token.VAR, token.CONST:
		f.next()
		f.p.write(t.lit, t.line)
		f.p.blank()
		if f.peek() == token.LPAREN {
			fail() // grouped declarations in a body
		}
		f.valueSpec(t.t)
	case token.LBRACE:
		f.block(1)
	default:
		f.simpleStmt(false)
	}
}

// The kinds of simple statement, for the checks go/parser makes on the
// headers of if, for and switch statements.
const (
	sExpr = iota
	sAssign
	sDefine
	sIncDec
	sRange
)

// simpleStmt prints an expression, assignment or inc/dec statement; in a
// range clause (inFor) it may be k, v := range x, whose range part it
// leaves to the caller. It returns the kind and, for a type switch
// guard, the expression that must be x.(type).
func (f *formatter) simpleStmt(inFor bool) (kind int, guard *node) {
	lhs := f.exprList()
	t := f.cur()
	kind = sAssign
	if t.t == token.DEFINE {
		kind = sDefine
	}
	switch {
	case t.t == token.DEFINE || t.t == token.ASSIGN || t.t.IsOperator() && t.lit[len(t.lit)-1] == '=' && t.t != token.EQL && t.t != token.NEQ && t.t != token.LEQ && t.t != token.GEQ:
		f.next()
		if inFor && f.peek() == token.RANGE {
			for i, x := range lhs {
				if i > 0 {
					f.p.write(",", x.line)
					f.p.blank()
				}
				f.p.expr(x)
			}
			f.p.blank()
			f.p.write(t.lit, t.line)
			f.p.blank()
			return sRange, nil
		}
		rhs := f.exprList()
		if len(lhs) == 1 && len(rhs) == 1 && kind == sDefine && lhs[0].kind == nLeaf {
			guard = rhs[0]
		}
		depth := 1
		if len(lhs) > 1 && len(rhs) > 1 {
			depth++
		}
		f.p.exprList(lhs[0].line, lhs, depth, false, t.line)
		f.p.blank()
		f.p.write(t.lit, t.line)
		f.p.blank()
		f.p.exprList(t.line, rhs, depth, false, 0)
	case t.t == token.INC || t.t == token.DEC:
		if len(lhs) != 1 {
			fail()
		}
		f.next()
		f.p.expr0(lhs[0], 2)
		f.p.write(t.lit, t.line)
		kind = sIncDec
	default:
		if len(lhs) != 1 {
			fail()
		}
		f.p.expr0(lhs[0], 1)
		kind, guard = sExpr, lhs[0]
	}
	return kind, guard
}

func (f *formatter) ifStmt() {
	t := f.want(token.IF)
	f.p.write("if", t.line)
	f.controlClause(token.IF)
	f.block(1)
	if f.peek() == token.ELSE {
		e := f.next()
		f.p.blank()
		f.p.write("else", e.line)
		f.p.blank()
		if f.peek() == token.IF {
			f.ifStmt()
		} else {
			f.block(1)
		}
	}
}

func (f *formatter) forStmt() {
	t := f.want(token.FOR)
	f.p.write("for", t.line)
	if f.peek() == token.RANGE {
		r := f.next()
		f.p.blank()
		f.p.write("range", r.line)
		f.p.blank()
		f.rangeExpr()
		return
	}
	if f.peek() == token.LBRACE {
		f.p.blank()
		f.block(1)
		return
	}
	// Look for a range clause: k, v := range x.
	if f.hasRange() {
		f.p.blank()
		f.exprLev = -1
		if kind, _ := f.simpleStmt(true); kind != sRange {
			fail()
		}
		f.exprLev = 0
		r := f.want(token.RANGE)
		f.p.write("range", r.line)
		f.p.blank()
		f.rangeExpr()
		return
	}
	f.controlClause(token.FOR)
	f.block(1)
}

// hasRange reports whether the for clause ahead is a range clause.
func (f *formatter) hasRange() bool {
	depth := 0
	for i := f.i; i < len(f.toks); i++ {
		switch f.toks[i].t {
		case token.LPAREN, token.LBRACK:
			depth++
		case token.RPAREN, token.RBRACK:
			depth--
		case token.RANGE:
			return depth == 0
		case token.LBRACE, token.SEMICOLON:
			if depth == 0 {
				return false
			}
		}
	}
	return false
}

func (f *formatter) rangeExpr() {
	f.exprLev = -1
	x := f.expr()
	f.exprLev = 0
	if x.kind == nParen {
		fail()
	}
	f.p.expr(x)
	f.p.blank()
	f.block(1)
}

// controlClause is go/printer's, for if, for and switch (kw) headers;
// the block's '{' is next when it returns. It fails where go/parser
// reports an error: an if without a condition, a condition that is not
// an expression, a declaration in a for's post statement, x.(type)
// outside a type switch guard.
func (f *formatter) controlClause(kw token.Token) {
	isFor := kw == token.FOR
	f.p.blank()
	f.exprLev = -1
	defer func() { f.exprLev = 0 }()
	// Count the semicolons of init; cond; post.
	semis := 0
	depth := 0
	for i := f.i; i < len(f.toks); i++ {
		tt := f.toks[i].t
		if tt == token.LPAREN || tt == token.LBRACK {
			depth++
		} else if tt == token.RPAREN || tt == token.RBRACK {
			depth--
		} else if depth == 0 && tt == token.SEMICOLON {
			if f.toks[i].lit != ";" {
				fail() // a header across lines
			}
			semis++
		} else if depth == 0 && tt == token.LBRACE {
			break
		}
	}
	if isFor && semis != 0 && semis != 2 || !isFor && semis > 1 {
		fail()
	}
	if semis > 0 {
		if f.peek() != token.SEMICOLON {
			f.simpleStmt(false)
		}
		s := f.want(token.SEMICOLON)
		f.p.write(";", s.line)
		f.p.blank()
	}
	needsBlank := false
	if f.peek() != token.SEMICOLON && f.peek() != token.LBRACE {
		f.cond(kw)
		needsBlank = true
	} else if kw == token.IF {
		fail() // missing condition
	}
	if semis == 2 {
		s := f.want(token.SEMICOLON)
		f.p.write(";", s.line)
		f.p.blank()
		needsBlank = false
		if f.peek() != token.LBRACE {
			if kind, _ := f.simpleStmt(false); kind == sDefine {
				fail()
			}
			needsBlank = true
		}
	}
	if needsBlank {
		f.p.blank()
	}
}

// cond prints the condition of an if or for, or a switch's tag or type
// switch guard (x := y.(type)).
func (f *formatter) cond(kw token.Token) {
	if f.peek() == token.LPAREN {
		fail() // go/printer strips parentheses here
	}
	f.guards = 0
	f.guardOK = kw == token.SWITCH
	kind, guard := f.simpleStmt(false)
	f.guardOK = false
	if f.guards > 0 && (f.guards > 1 || guard == nil || guard.kind != nAssert || guard.y != nil) {
		fail() // .(type) not as the guard
	}
	if kind != sExpr && !(kw == token.SWITCH && f.guards == 1) {
		fail()
	}
}

// indentList is go/printer's heuristic for return lists.
func indentList(list []*node) bool {
	if len(list) >= 2 {
		b := list[0].line
		e := list[len(list)-1].end
		if 0 < b && b < e {
			n := 0
			line := b
			for _, x := range list {
				if line < x.line {
					return true
				}
				if x.line < x.end {
					n++
				}
				line = x.end
			}
			return n > 1
		}
	}
	return false
}

// endLine reads the semicolon a line break implies after a statement,
// field or specification, unless close (the closing bracket) follows
// on the same line.
func (f *formatter) endLine(close token.Token) {
	switch t := f.cur(); {
	case t.t == token.SEMICOLON && t.lit == "\n":
		f.next()
	case t.t != close:
		fail()
	}
}
