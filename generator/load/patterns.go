package load

import (
	"regexp"
	"strings"

	"github.com/specgen/specgen/generator/loc"
)

// Patterns are ECMA-262 regular expressions; Go's regexp (RE2), which the
// schema compiler and the generated Validate use, reads most of them the
// same. Two differences come up in real specs: ECMA's \uXXXX escapes,
// which RE2 writes \x{XXXX} (read as such, with a warning), and what RE2
// cannot do at all (lookarounds, backreferences, repetition counts over
// 1000). Such a pattern is set aside under uncheckedPattern, so that the
// schema compiler does not refuse the document, and Validate does not
// check it: a note, or an error under -strict, like any keyword it does
// not check.

// uncheckedPattern is the key a pattern Go cannot compile is moved to.
const uncheckedPattern = "x-specgen-unchecked-pattern"

// repairPattern mends or sets aside the pattern of schema x; it reports
// whether it changed x.
func repairPattern(f *File, x map[string]any, ptr string, warn func(loc.Source, string, ...any)) bool {
	p, ok := x["pattern"].(string)
	if !ok {
		return false
	}
	if _, err := regexp.Compile(p); err == nil {
		return false
	}
	if q := ecmaEscapes(p); q != p {
		if _, err := regexp.Compile(q); err == nil {
			x["pattern"] = q
			warn(f.Source(child(ptr, "pattern")), "pattern %q uses ECMA-262's \\u escapes: read as %q", p, q)
			return true
		}
	}
	_, err := regexp.Compile(p)
	delete(x, "pattern")
	x[uncheckedPattern] = p
	warn(f.Source(child(ptr, "pattern")), "Go's regexp cannot compile pattern %q (%v): Validate does not check it", p, strings.TrimPrefix(err.Error(), "error parsing regexp: "))
	return true
}

// ecmaEscapes rewrites ECMA-262's \uXXXX and \u{X…} escapes as RE2's \x{…},
// leaving every other escape as it is.
func ecmaEscapes(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		if p[i] != '\\' || i+1 >= len(p) {
			b.WriteByte(p[i])
			continue
		}
		if p[i+1] == 'u' {
			if i+6 <= len(p) && isHex(p[i+2:i+6]) {
				b.WriteString(`\x{` + p[i+2:i+6] + "}")
				i += 5
				continue
			}
			if end := strings.IndexByte(p[i+2:], '}'); i+2 < len(p) && p[i+2] == '{' && end > 1 && isHex(p[i+3:i+2+end]) {
				b.WriteString(`\x` + p[i+2:i+3+end])
				i += 2 + end
				continue
			}
		}
		b.WriteString(p[i : i+2]) // an escape: both characters
		i++
	}
	return b.String()
}

func isHex(s string) bool {
	for _, c := range s {
		if !strings.ContainsRune("0123456789abcdefABCDEF", c) {
			return false
		}
	}
	return s != ""
}
