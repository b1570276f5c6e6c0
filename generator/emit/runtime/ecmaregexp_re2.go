package runtime

import (
	"fmt"
	"regexp/syntax"
	"strconv"
	"strings"
	"unicode"
)

// This file is the generator's, not the generated code's: lowering calls
// ECMARegexpForGo to decide how Validate matches a schema's pattern, and no
// generated code calls it, so it is never copied.

// ECMARegexpForGo reads src as an ECMA-262 pattern and writes it in Go's
// regexp syntax with the same meaning, so that generated code can use Go's
// linear-time regexp: every set written out as its characters (ECMA-262's
// \s, \d, \w and '.' are not RE2's), escapes as \x{…}, groups as (?:…).
// It returns re2 == "" when Go's regexp cannot match it as ECMA-262 does
// (lookaround, backreferences, a count over 1000): the runtime's matcher
// then does; and an error when src is no ECMA-262 pattern at all.
func ECMARegexpForGo(src string) (re2 string, err error) {
	root, _, err := parseECMARegexp(src)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	if !writeRE2(&b, root) {
		return "", nil
	}
	if _, err := syntax.Parse(b.String(), syntax.Perl); err != nil {
		return "", nil // past a limit of Go's (nesting, size)
	}
	return b.String(), nil
}

// writeRE2 writes n in Go's syntax; false when Go has no such construct.
func writeRE2(b *strings.Builder, n *ecmaNode) bool {
	switch n.op {
	case ecmaEmpty:
		b.WriteString("(?:)")
	case ecmaChar:
		writeRE2Set(b, n.set)
	case ecmaConcat:
		for _, s := range n.subs {
			if s.op == ecmaAlt {
				b.WriteString("(?:")
			}
			if !writeRE2(b, s) {
				return false
			}
			if s.op == ecmaAlt {
				b.WriteString(")")
			}
		}
	case ecmaAlt:
		for i, s := range n.subs {
			if i > 0 {
				b.WriteString("|")
			}
			if !writeRE2(b, s) {
				return false
			}
		}
	case ecmaGroup:
		b.WriteString("(?:")
		if !writeRE2(b, n.subs[0]) {
			return false
		}
		b.WriteString(")")
	case ecmaRepeat:
		if n.min > 1000 || n.max > 1000 {
			return false
		}
		// One character (a set is bracketed) or a group needs no group.
		single := n.subs[0].op == ecmaChar || n.subs[0].op == ecmaGroup
		if !single {
			b.WriteString("(?:")
		}
		if !writeRE2(b, n.subs[0]) {
			return false
		}
		if !single {
			b.WriteString(")")
		}
		switch {
		case n.min == 0 && n.max < 0:
			b.WriteString("*")
		case n.min == 1 && n.max < 0:
			b.WriteString("+")
		case n.min == 0 && n.max == 1:
			b.WriteString("?")
		case n.max < 0:
			fmt.Fprintf(b, "{%d,}", n.min)
		case n.min == n.max:
			fmt.Fprintf(b, "{%d}", n.min)
		default:
			fmt.Fprintf(b, "{%d,%d}", n.min, n.max)
		}
		if !n.greedy {
			b.WriteString("?")
		}
	case ecmaStart:
		b.WriteString("^") // no flags: the start of the text, as in ECMA-262
	case ecmaEnd:
		b.WriteString("$") // no flags: the end of the text, as in ECMA-262
	case ecmaWordEdge:
		// Both read word characters as ASCII's [0-9A-Za-z_].
		if n.neg {
			b.WriteString(`\B`)
		} else {
			b.WriteString(`\b`)
		}
	default:
		return false // lookaround, backreferences
	}
	return true
}

// writeRE2Set writes a set as a bracketed class of its ranges and tables.
func writeRE2Set(b *strings.Builder, s *ecmaSet) {
	if r, ok := ecmaSingle(s); ok {
		writeRE2Rune(b, r)
		return
	}
	if len(s.ranges)+len(s.tables)+len(s.notTables) == 0 {
		if s.neg {
			b.WriteString(`[\x00-\x{10FFFF}]`)
		} else {
			b.WriteString(`[^\x00-\x{10FFFF}]`)
		}
		return
	}
	b.WriteString("[")
	if s.neg {
		b.WriteString("^")
	}
	for i := 0; i+1 < len(s.ranges); i += 2 {
		writeRE2Rune(b, s.ranges[i])
		if s.ranges[i+1] != s.ranges[i] {
			b.WriteString("-")
			writeRE2Rune(b, s.ranges[i+1])
		}
	}
	for _, t := range s.tables {
		b.WriteString(`\p{` + t.name + "}")
	}
	for _, t := range s.notTables {
		b.WriteString(`\P{` + t.name + "}")
	}
	b.WriteString("]")
}

// writeRE2Rune writes r as itself when it is an ASCII letter, digit, '_' or
// space or a printable character beyond ASCII; escaped otherwise.
func writeRE2Rune(b *strings.Builder, r rune) {
	switch {
	case r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r == '_' || r == ' ':
		b.WriteRune(r)
	case r > ' ' && r < 0x7f:
		b.WriteByte('\\')
		b.WriteRune(r)
	case r < 0x80 || !unicode.IsPrint(r):
		b.WriteString(`\x{` + strconv.FormatInt(int64(r), 16) + "}")
	default:
		b.WriteRune(r)
	}
}
