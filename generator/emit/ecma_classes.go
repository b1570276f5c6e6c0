package emit

import "strings"

// ecmaSpace is what ECMA-262's \s matches beyond RE2's [\t\n\f\r ]: the
// vertical tab, no-break and other Unicode spaces, line and paragraph
// separators, and the byte order mark.
const ecmaSpace = `\s\v\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}\x{feff}`

// ecmaClasses rewrites a schema pattern so that Go's regexp gives \s and \S
// their ECMA-262 meaning (JSON Schema patterns are ECMA-262 regular
// expressions); everything else is left as written. Inside a bracketed
// class \s widens in place; a \S there is left as RE2's.
func ecmaClasses(p string) string {
	if !strings.Contains(p, `\s`) && !strings.Contains(p, `\S`) {
		return p
	}
	var b strings.Builder
	inClass := false
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c == '\\' && i+1 < len(p):
			switch next := p[i+1]; {
			case next == 's' && inClass:
				b.WriteString(ecmaSpace)
			case next == 's':
				b.WriteString("[" + ecmaSpace + "]")
			case next == 'S' && !inClass:
				b.WriteString("[^" + ecmaSpace + "]")
			default:
				b.WriteString(p[i : i+2])
			}
			i++
			continue
		case c == '[' && !inClass:
			inClass = true
		case c == ']' && inClass:
			inClass = false
		}
		b.WriteByte(c)
	}
	return b.String()
}
