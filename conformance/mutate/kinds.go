package mutate

import (
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"
)

// kind is one mutation: where it applies and what it puts there.
type kind struct {
	name    string
	applies func(n *node) bool
	apply   func(r *rand.Rand, n *node) *node // n is the site's own copy
}

func any_(*node) bool       { return true }
func isObj(n *node) bool    { return n.kind == 'o' }
func hasKeys(n *node) bool  { return n.kind == 'o' && len(n.keys) > 0 }
func isArr(n *node) bool    { return n.kind == 'a' }
func hasItems(n *node) bool { return n.kind == 'a' && len(n.vals) > 0 }
func isStr(n *node) bool    { return n.kind == 's' }
func isNum(n *node) bool    { return n.kind == 'n' }
func isInt(n *node) bool    { return n.kind == 'n' && !strings.ContainsAny(n.raw, ".eE") }

func not(k byte) func(*node) bool { return func(n *node) bool { return n.kind != k } }

func lit(kind byte, raw string) func(*rand.Rand, *node) *node {
	return func(*rand.Rand, *node) *node { return &node{kind: kind, raw: raw} }
}

// strEdit is a kind that edits a string's value.
func strEdit(f func(string) string) func(*rand.Rand, *node) *node {
	return func(_ *rand.Rand, n *node) *node { return str(f(n.text())) }
}

// strSuffix appends JSON text (escapes as written) to a string.
func strSuffix(inner string) func(*rand.Rand, *node) *node {
	return func(_ *rand.Rand, n *node) *node { return rawStr(n.raw[1:len(n.raw)-1] + inner) }
}

// formatValues are strings in and out of the formats real schemas name.
var formatValues = []string{
	"2024-02-29T12:30:45Z", "2024-02-29T12:30:45.5+01:00", "2023-02-29T12:30:45Z", "2024-02-29 12:30:45",
	"2024-02-29", "2024-13-01", "12:30:45Z", "25:00:00Z", "P1DT2H", "1 day",
	"user@example.com", "user@", "not an email",
	"https://example.com/a/b?c=d#e", "relative/path", "http://exa mple.com", "urn:isbn:0451450523", "#frag",
	"example.com", "-bad-.example", "192.168.0.1", "256.1.1.1", "::1", "1::2::3",
	"123e4567-e89b-12d3-a456-426614174000", "not-a-uuid", "/a/b~0c", "a/b", "^[a-z]+$", "([", "1", "true", "null",
}

// kinds, in a fixed order (the draw depends on it).
var kinds = []kind{
	{"to-null", not('z'), lit('z', "null")},
	{"to-bool", not('b'), lit('b', "true")},
	{"to-number", not('n'), lit('n', "1")},
	{"to-string", not('s'), func(_ *rand.Rand, n *node) *node {
		if n.kind == 'o' || n.kind == 'a' {
			return str("x")
		}
		return str(n.raw) // 42 → "42", true → "true"
	}},
	{"to-array", not('a'), func(_ *rand.Rand, n *node) *node { return &node{kind: 'a', vals: []*node{n}} }},
	{"to-object", not('o'), func(*rand.Rand, *node) *node { return &node{kind: 'o'} }},
	{"deep", any_, func(_ *rand.Rand, n *node) *node {
		for range 200 {
			n = &node{kind: 'a', vals: []*node{n}}
		}
		return n
	}},
	{"drop", hasKeys, func(r *rand.Rand, n *node) *node {
		i := r.IntN(len(n.keys))
		n.keys = append(n.keys[:i], n.keys[i+1:]...)
		n.vals = append(n.vals[:i], n.vals[i+1:]...)
		return n
	}},
	// encoding/json matches a key ignoring case when no key matches
	// exactly; JSON Schema never does.
	{"key-case", hasKeys, func(r *rand.Rand, n *node) *node {
		i := r.IntN(len(n.keys))
		n.keys[i] = swapFirst(n.keys[i])
		return n
	}},
	{"extra", isObj, func(_ *rand.Rand, n *node) *node {
		n.keys = append(n.keys, "specgenMutant")
		n.vals = append(n.vals, str("x"))
		return n
	}},
	{"extra-x", isObj, func(_ *rand.Rand, n *node) *node {
		n.keys = append(n.keys, "x-specgen")
		n.vals = append(n.vals, &node{kind: 'n', raw: "1"})
		return n
	}},
	// A key twice: encoding/json (and so the oracle's reader) keeps the
	// last; the first is a value of another type.
	{"dupkey-first", hasKeys, func(r *rand.Rand, n *node) *node {
		i := r.IntN(len(n.keys))
		n.keys = append([]string{n.keys[i]}, n.keys...)
		n.vals = append([]*node{{kind: 'z', raw: "null"}}, n.vals...)
		return n
	}},
	{"dupkey-last", hasKeys, func(r *rand.Rand, n *node) *node {
		i := r.IntN(len(n.keys))
		n.keys = append(n.keys, n.keys[i])
		n.vals = append(n.vals, &node{kind: 'z', raw: "null"})
		return n
	}},
	{"empty", func(n *node) bool { return n.kind == 'o' || n.kind == 'a' || n.kind == 's' }, func(_ *rand.Rand, n *node) *node {
		if n.kind == 's' {
			return str("")
		}
		return &node{kind: n.kind}
	}},
	{"dup-item", hasItems, func(r *rand.Rand, n *node) *node {
		n.vals = append(n.vals, n.vals[r.IntN(len(n.vals))].clone())
		return n
	}},
	{"drop-item", hasItems, func(r *rand.Rand, n *node) *node {
		i := r.IntN(len(n.vals))
		n.vals = append(n.vals[:i], n.vals[i+1:]...)
		return n
	}},
	{"null-item", isArr, func(_ *rand.Rand, n *node) *node {
		n.vals = append(n.vals, &node{kind: 'z', raw: "null"})
		return n
	}},
	{"upper", isStr, strEdit(strings.ToUpper)},
	{"lower", isStr, strEdit(strings.ToLower)},
	{"title", isStr, strEdit(swapFirst)},
	{"trailing-space", isStr, strEdit(func(s string) string { return s + " " })},
	{"leading-space", isStr, strEdit(func(s string) string { return " " + s })},
	{"long", isStr, strEdit(func(s string) string { return strings.Repeat(s+"a", 1+4096/(len(s)+1)) })},
	{"non-bmp", isStr, strSuffix("😀")},
	{"escape", isStr, strSuffix(`\u00e9\/\t`)},
	{"surrogate-pair", isStr, strSuffix(`\ud83d\ude00`)},
	{"lone-surrogate", isStr, strSuffix(`\ud800`)},
	{"nul", isStr, strSuffix(`\u0000`)},
	{"format", isStr, func(r *rand.Rand, _ *node) *node { return str(formatValues[r.IntN(len(formatValues))]) }},
	{"neg-zero", isNum, lit('n', "-0")},
	{"overflow", isNum, lit('n', "1e309")},
	{"neg-overflow", isNum, lit('n', "-1e309")},
	{"underflow", isNum, lit('n', "1e-400")},
	{"fraction", isNum, lit('n', "0.1")},
	{"huge-int", isNum, lit('n', "123456789012345678901234567890")},
	{"past-2^53", isNum, lit('n', "9007199254740993")},
	{"past-int64", isNum, lit('n', "9223372036854775808")},
	{"negative", isNum, func(_ *rand.Rand, n *node) *node {
		if strings.HasPrefix(n.raw, "-") {
			return &node{kind: 'n', raw: n.raw[1:]}
		}
		return &node{kind: 'n', raw: "-" + n.raw}
	}},
	{"times-ten", func(n *node) bool { return isInt(n) && n.raw != "0" && n.raw != "-0" }, func(_ *rand.Rand, n *node) *node {
		return &node{kind: 'n', raw: n.raw + "0"}
	}},
	{"float-notation", isInt, func(_ *rand.Rand, n *node) *node { return &node{kind: 'n', raw: n.raw + ".0"} }},
	{"exponent", isInt, func(_ *rand.Rand, n *node) *node { return &node{kind: 'n', raw: n.raw + "e0"} }},
	{"flip", func(n *node) bool { return n.kind == 'b' }, func(_ *rand.Rand, n *node) *node {
		if n.raw == "true" {
			return &node{kind: 'b', raw: "false"}
		}
		return &node{kind: 'b', raw: "true"}
	}},
}

// swapFirst changes the case of s's first letter.
func swapFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if unicode.IsUpper(r) {
		return string(unicode.ToLower(r)) + s[size:]
	}
	return string(unicode.ToUpper(r)) + s[size:]
}
