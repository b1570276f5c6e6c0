// What may name a header or a cookie on the wire.

package runtime

import "strings"

// notTokenChar reports whether c cannot be part of an HTTP token (RFC 9110
// section 5.6.2), the form of header and cookie names.
func notTokenChar(c rune) bool {
	if c <= ' ' || c >= 0x7f {
		return true
	}
	return strings.ContainsRune(`"(),/:;<=>?@[\]{}`, c)
}

// splitParam splits an array value at sep, leaving out empty items.
func splitParam(v, sep string) []string {
	var out []string
	for _, item := range strings.Split(v, sep) {
		if item != "" {
			out = append(out, item)
		}
	}
	return out
}

// cutSegment cuts the parameters out of the text of a path segment and
// appends them to into. literals are the text before, between and after
// them: each parameter runs up to the first occurrence of the literal that
// follows it, the last one up to the final literal, which ends the segment.
// A parameter is never empty. It reports false when the segment does not fit.
func cutSegment(into []string, seg string, literals ...string) ([]string, bool) {
	rest, ok := strings.CutPrefix(seg, literals[0])
	if !ok {
		return nil, false
	}
	last := len(literals) - 1
	for i := 1; i < last; i++ {
		v, after, found := strings.Cut(rest, literals[i])
		if !found || v == "" {
			return nil, false
		}
		into, rest = append(into, v), after
	}
	v, ok := strings.CutSuffix(rest, literals[last])
	if !ok || v == "" {
		return nil, false
	}
	return append(into, v), true
}
