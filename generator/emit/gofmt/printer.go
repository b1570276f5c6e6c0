package gofmt

import (
	"strings"
	"text/tabwriter"
)

// printer writes what go/printer writes into its tabwriter: tabs for
// indentation, '\v' ending a cell to align, '\f' a line break that ends
// every alignment block. Line breaks are held until the next token, so
// that indentation changes in between apply to it, as go/printer's
// buffered whitespace does.
type printer struct {
	out    []byte
	indent int
	// nl and ff are the line breaks held for the next token, ff set when
	// the first is a formfeed.
	nl int
	ff bool
	// line is the source line of the last token written: go/printer
	// breaks a line where the source does, measured from it.
	line int
	// lines counts the line breaks written (go/printer's out.Line).
	lines int
	// body prints the block of a function literal from its tokens,
	// starting at the '{' at token index open.
	body func(open int)
	// escaped is set once a literal is escaped for the tabwriter.
	escaped bool
	// cells is set once a '\v' is written: the declaration then goes
	// through text/tabwriter.
	cells bool
}

// write writes s, a token or tokens from source line line.
func (p *printer) write(s string, line int) {
	p.flush()
	p.out = append(p.out, s...)
	p.line = line
}

// lit writes a literal or comment as go/printer does, escaped for the
// tabwriter when it holds characters that would end a cell (escaping
// changes nothing else: an escaped text's width is its own).
func (p *printer) lit(s string, line int) {
	p.flush()
	// Three IndexByte rather than ContainsAny, which reads a byte at a
	// time: this sees every literal and line of doc comment.
	if strings.IndexByte(s, '\t') >= 0 || strings.IndexByte(s, '\v') >= 0 || strings.IndexByte(s, '\f') >= 0 {
		p.out = append(p.out, tabwriter.Escape)
		p.out = append(p.out, s...)
		p.out = append(p.out, tabwriter.Escape)
		p.escaped = true
	} else {
		p.out = append(p.out, s...)
	}
	p.line = line
}

func (p *printer) blank() { p.out = append(p.out, ' ') }

func (p *printer) vtab() {
	p.out = append(p.out, '\v')
	p.cells = true
}

// flush writes the held line breaks and the indentation of the new line.
func (p *printer) flush() {
	if p.nl == 0 {
		return
	}
	for len(p.out) > 0 && p.out[len(p.out)-1] == ' ' {
		p.out = p.out[:len(p.out)-1]
	}
	p.lines += p.nl
	for i := 0; i < p.nl; i++ {
		if i == 0 && p.ff {
			p.out = append(p.out, '\f')
		} else {
			p.out = append(p.out, '\n')
		}
	}
	p.nl, p.ff = 0, false
	for i := 0; i < p.indent; i++ {
		p.out = append(p.out, '\t')
	}
}

// linebreak is go/printer's: at least min and at most two line breaks,
// as many as the source has between the last token and line; the first
// a formfeed when newSection. It returns go/printer's count (2 for a
// single formfeed: a new section).
func (p *printer) linebreak(line, min int, newSection bool) int {
	n := line - p.line
	if n > 2 {
		n = 2
	}
	if n < min {
		n = min
	}
	if n <= 0 {
		return 0
	}
	nbreaks := n
	if newSection {
		nbreaks = n + 1
		if n == 1 {
			nbreaks = 2
		}
	}
	p.breaks(n, newSection)
	return nbreaks
}

// breaks holds n line breaks, the first a formfeed when ff.
func (p *printer) breaks(n int, ff bool) {
	if p.nl == 0 {
		p.ff = ff
	} else if ff {
		p.ff = true
	}
	p.nl += n
	if p.nl > 2 {
		p.nl = 2
	}
}

// outLine is the output line the next token goes on (go/printer's
// recordLine).
func (p *printer) outLine() int { return p.lines + p.nl }
