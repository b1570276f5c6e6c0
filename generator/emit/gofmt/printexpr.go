package gofmt

import (
	"go/token"
	"math"
	"strings"
)

// The functions here are go/printer's expression printing (nodes.go),
// cut down to the nodes the parser builds; the names are the same so that
// they can be read side by side.

// expr1 prints x as go/printer's expr1 does.
func (p *printer) expr1(x *node, prec1, depth int) {
	switch x.kind {
	case nLeaf:
		if x.text[0] == '"' || x.text[0] == '`' || x.text[0] == '\'' {
			p.lit(x.text, x.line)
		} else {
			p.write(x.text, x.line)
		}
	case nBinary:
		p.binaryExpr(x, prec1, cutoff(x, depth), depth)
	case nKeyValue:
		p.expr(x.x)
		p.write(":", x.x.end)
		p.blank()
		p.expr(x.y)
	case nStar:
		if token.UnaryPrec < prec1 {
			p.write("(*", x.line)
			p.expr(x.x)
			p.write(")", x.end)
		} else {
			p.write("*", x.line)
			p.expr(x.x)
		}
	case nUnary:
		if token.UnaryPrec < prec1 {
			p.write("(", x.line)
			p.expr(x)
			p.write(")", x.end)
		} else {
			p.write(x.op.String(), x.line)
			p.expr1(x.x, token.UnaryPrec, depth)
		}
	case nParen:
		if x.x.kind == nParen {
			p.expr0(x.x, depth)
		} else {
			p.write("(", x.line)
			p.expr0(x.x, reduceDepth(depth))
			p.write(")", x.end)
		}
	case nSelector:
		p.expr1(x.x, token.HighestPrec, depth)
		if x.end != x.x.end {
			fail()
		}
		p.write(".", x.end)
		p.write(x.text, x.end)
	case nAssert:
		p.expr1(x.x, token.HighestPrec, depth)
		p.write(".(", x.x.end)
		if x.y != nil {
			p.expr(x.y)
		} else {
			p.write("type", x.end)
		}
		p.write(")", x.end)
	case nIndex:
		p.expr1(x.x, token.HighestPrec, 1)
		p.write("[", x.x.end)
		p.expr0(x.y, depth+1)
		p.write("]", x.end)
	case nSlice:
		p.expr1(x.x, token.HighestPrec, 1)
		p.write("[", x.x.end)
		needsBlanks := false
		if depth <= 1 {
			count, binaries := 0, false
			for _, y := range x.list {
				if y != nil {
					count++
					if y.kind == nBinary {
						binaries = true
					}
				}
			}
			needsBlanks = count > 1 && binaries
		}
		for i, y := range x.list {
			if i > 0 {
				if x.list[i-1] != nil && needsBlanks {
					p.blank()
				}
				p.write(":", p.line)
				if y != nil && needsBlanks {
					p.blank()
				}
			}
			if y != nil {
				p.expr0(y, depth+1)
			}
		}
		p.write("]", x.end)
	case nCall:
		if len(x.list) > 1 {
			depth++
		}
		if x.x.kind == nSelector {
			p.expr1(x.x.x, token.HighestPrec, depth)
			if x.x.end != x.x.x.end {
				fail()
			}
			p.write(".", x.x.end)
			p.write(x.x.text, x.x.end)
		} else {
			p.expr1(x.x, token.HighestPrec, depth)
		}
		p.write("(", x.open)
		p.exprList(x.open, x.list, depth, true, x.close)
		p.write(")", x.close)
	case nComposite:
		if x.x != nil {
			p.expr1(x.x, token.HighestPrec, depth)
		}
		p.write("{", x.open)
		p.exprList(x.open, x.list, 1, true, x.close)
		p.write("}", x.close)
	case nEllipsis:
		p.write("...", x.line)
		p.expr(x.x)
	case nArray:
		p.write("[", x.line)
		if x.y != nil {
			p.expr(x.y)
		}
		p.write("]", x.line)
		p.expr(x.x)
	case nMap:
		p.write("map[", x.line)
		p.expr(x.x)
		p.write("]", x.x.end)
		p.expr(x.y)
	case nEmpty:
		p.write(x.text+"{}", x.line)
	case nFunc:
		p.write("func", x.line)
		p.signature(x)
	case nFuncLit:
		if x.line == x.end || p.body == nil {
			fail() // a body on one line: go/printer's funcBody sizes it
		}
		p.write("func", x.line)
		p.signature(x.x)
		p.blank()
		p.body(x.open)
	default:
		fail()
	}
}

func (p *printer) expr0(x *node, depth int) { p.expr1(x, token.LowestPrec, depth) }

func (p *printer) expr(x *node) { p.expr1(x, token.LowestPrec, 1) }

// binaryExpr is go/printer's, for expressions on one line.
func (p *printer) binaryExpr(x *node, prec1, cutoff, depth int) {
	prec := x.op.Precedence()
	if prec < prec1 {
		fail() // the parser always keeps parentheses
	}
	if x.x.end != x.y.line {
		fail()
	}
	printBlank := prec < cutoff
	p.expr1(x.x, prec, depth+diffPrec(x.x, prec))
	if printBlank {
		p.blank()
	}
	p.write(x.op.String(), x.x.end)
	if printBlank {
		p.blank()
	}
	p.expr1(x.y, prec+1, depth+1)
}

func walkBinary(e *node) (has4, has5 bool, maxProblem int) {
	switch e.op.Precedence() {
	case 4:
		has4 = true
	case 5:
		has5 = true
	}
	if l := e.x; l.kind == nBinary && l.op.Precedence() >= e.op.Precedence() {
		h4, h5, mp := walkBinary(l)
		has4 = has4 || h4
		has5 = has5 || h5
		maxProblem = max(maxProblem, mp)
	}
	switch r := e.y; r.kind {
	case nBinary:
		if r.op.Precedence() > e.op.Precedence() {
			h4, h5, mp := walkBinary(r)
			has4 = has4 || h4
			has5 = has5 || h5
			maxProblem = max(maxProblem, mp)
		}
	case nStar:
		if e.op == token.QUO {
			maxProblem = 5
		}
	case nUnary:
		switch e.op.String() + r.op.String() {
		case "/*", "&&", "&^":
			maxProblem = 5
		case "++", "--":
			maxProblem = max(maxProblem, 4)
		}
	}
	return
}

func cutoff(e *node, depth int) int {
	has4, has5, maxProblem := walkBinary(e)
	if maxProblem > 0 {
		return maxProblem + 1
	}
	if has4 && has5 {
		if depth == 1 {
			return 5
		}
		return 4
	}
	if depth == 1 {
		return 6
	}
	return 4
}

func diffPrec(x *node, prec int) int {
	if x.kind != nBinary || prec != x.op.Precedence() {
		return 1
	}
	return 0
}

func reduceDepth(depth int) int {
	depth--
	if depth < 1 {
		depth = 1
	}
	return depth
}

// exprList is go/printer's for the lists the parser builds: call
// arguments and composite literal elements (commaTerm), and the
// one-line lists of statements (prev and next 0: no position).
func (p *printer) exprList(prev int, list []*node, depth int, commaTerm bool, next int) {
	if len(list) == 0 {
		return
	}
	line := list[0].line
	endLine := list[len(list)-1].end
	if prev > 0 && prev == line && line == endLine {
		for i, x := range list {
			if i > 0 {
				p.write(",", x.line)
				p.blank()
			}
			p.expr0(x, depth)
		}
		return
	}
	indented := false
	prevBreak := -1
	if 0 < prev && prev < line {
		if p.linebreak(line, 0, true) > 0 {
			p.indent++
			indented = true
			prevBreak = 0
		}
	}
	size := 0
	lnsum := 0.0
	count := 0
	prevLine := prev
	for i, x := range list {
		line = x.line
		useFF := true
		prevSize := size
		const infinity = 1e6
		size = 0
		isPair := x.kind == nKeyValue
		if x.line == x.end && next > 0 {
			if isPair {
				size = nodeSize(x.x)
			} else {
				size = nodeSize(x)
			}
		}
		if prevSize > 0 && size > 0 {
			const smallSize = 40
			if count == 0 || prevSize <= smallSize && size <= smallSize {
				useFF = false
			} else {
				const r = 2.5
				geomean := math.Exp(lnsum / float64(count))
				ratio := float64(size) / geomean
				useFF = r*ratio <= 1 || r <= ratio
			}
		}
		needsLinebreak := 0 < prevLine && prevLine < line
		if i > 0 {
			p.write(",", p.line)
			needsBlank := true
			if needsLinebreak {
				nbreaks := p.linebreak(line, 0, useFF || prevBreak+1 < i)
				if nbreaks > 0 {
					if !indented {
						p.indent++
						indented = true
					}
					prevBreak = i
					needsBlank = false
				}
				if nbreaks > 1 {
					lnsum = 0
					count = 0
				}
			}
			if needsBlank {
				p.blank()
			}
		}
		if len(list) > 1 && isPair && size > 0 && needsLinebreak {
			p.expr(x.x)
			p.write(":", x.x.end)
			p.vtab()
			p.expr(x.y)
		} else {
			p.expr0(x, depth)
		}
		if size > 0 {
			lnsum += math.Log(float64(size))
			count++
		}
		prevLine = line
	}
	if commaTerm && next > 0 && p.line < next {
		if next > p.line+1 {
			fail() // a blank line before the closing bracket
		}
		p.write(",", p.line)
		if indented {
			p.indent--
		}
		p.breaks(1, true)
		return
	}
	if indented {
		p.indent--
	}
}

// nodeSize is the width of x printed on one line, as go/printer's
// nodeSize measures it (in bytes, without alignment).
func nodeSize(x *node) int {
	var q printer
	q.expr(x)
	n := 0
	for _, c := range q.out {
		if c != 0xff {
			n++
		}
	}
	if q.nl > 0 || n > 1e6 {
		return 0
	}
	return n
}

// normalizedNumber is go/printer's: lower-case base prefixes and exponents.
func normalizedNumber(x string) string {
	if len(x) < 2 {
		return x
	}
	switch x[:2] {
	default:
		if i := strings.LastIndexByte(x, 'E'); i >= 0 {
			return x[:i] + "e" + x[i+1:]
		}
		if x[len(x)-1] == 'i' && !strings.ContainsAny(x, ".e") {
			x = strings.TrimLeft(x, "0_")
			if x == "i" {
				x = "0i"
			}
		}
	case "0X":
		x = "0x" + x[2:]
		if i := strings.LastIndexByte(x, 'P'); i >= 0 {
			x = x[:i] + "p" + x[i+1:]
		}
	case "0x":
		if i := strings.LastIndexByte(x, 'P'); i >= 0 {
			x = x[:i] + "p" + x[i+1:]
		}
	case "0O":
		x = "0o" + x[2:]
	case "0B":
		x = "0b" + x[2:]
	}
	return x
}
