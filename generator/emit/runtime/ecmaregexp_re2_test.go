package runtime

import (
	"regexp"
	"testing"
)

// TestECMARegexpForGo pins the Go form of patterns whose RE2 reading
// differs from ECMA-262's, and which patterns have none.
func TestECMARegexpForGo(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{`^[a-z][a-z0-9-]*$`, `^[a-z][a-z0-9\-]*$`},
		{`^\d{2,3}\.x?$`, `^[0-9]{2,3}\.x?$`},
		{`^(ab)+$`, `^(?:ab)+$`},
		{`.`, `[^\x{a}\x{d}\x{2028}-\x{2029}]`},
		{`a|b|`, `a|b|(?:)`},
		{`x(a|b)`, `x(?:a|b)`},
		{`\u00e9\x41`, `éA`},
		{`[^]`, `[\x00-\x{10FFFF}]`},
		{`\p{Script=Greek}\P{Lu}`, `[\p{Greek}][\P{Lu}]`},
		{`a{2,}?\b`, `a{2,}?\b`},
		{`\p{Letter}\p{White_Space}`, ``}, // Go's regexp has no White_Space
		{`\p{Letter}`, `[\p{L}]`},
		{`(?=a)`, ``},
		{`(a)\1`, ``},
		{`a{1001}`, ``},
	} {
		got, err := ECMARegexpForGo(c.src)
		if err != nil || got != c.want {
			t.Errorf("%q: got %q, %v; want %q", c.src, got, err, c.want)
		}
	}
	if _, err := ECMARegexpForGo(`(?i)a`); err == nil {
		t.Error("(?i)a: no error")
	}
}

// TestECMARegexpForGoAgrees matches the Go form of the fuzz grammar's
// patterns with Go's regexp and the pattern itself with the ECMA-262
// matcher: a difference is a wrong translation.
func TestECMARegexpForGoAgrees(t *testing.T) {
	inputs := []string{"", "a", "ab", "ba", "aab", "a b", "b-a", "abab", "aa\nb", "bbb a", "a\u2028b", "é\r", "\u00a0a"}
	compared := 0
	for seed := 0; seed < ecmaGrammarSeeds; seed++ {
		g := &ecmaPatternGen{data: ecmaSteer(seed)}
		pattern := g.disjunction(0)
		re2, err := ECMARegexpForGo(pattern)
		if err != nil {
			t.Fatalf("%q: %v", pattern, err)
		}
		if re2 == "" {
			continue
		}
		goRE := regexp.MustCompile(re2)
		ecma := mustCompileECMARegexp(pattern)
		for _, s := range inputs {
			compared++
			if got, want := goRE.MatchString(s), ecma.MatchString(s); got != want {
				t.Errorf("%q as %q on %q: Go %v, ECMA-262 %v", pattern, re2, s, got, want)
			}
		}
	}
	if compared < 10000 {
		t.Errorf("only %d comparisons", compared)
	}
}

// TestECMAClassesInGoForm: in the Go form \s matches what ECMA-262 calls
// white space, in and out of brackets, \S does not, and '.' stops at every
// line terminator.
func TestECMAClassesInGoForm(t *testing.T) {
	for _, c := range []struct {
		pattern, in string
		want        bool
	}{
		{`^\s$`, "\u00a0", true},
		{`^\s$`, "\ufeff", true},
		{`^\s$`, "\v", true},
		{`^\s$`, "a", false},
		{`^[\sa]+$`, "a\u2028a", true},
		{`^\S$`, "\u3000", false},
		{`^[\S]$`, "\u3000", false},
		{`^\S$`, "x", true},
		{`^\\s$`, `\s`, true},
		{`^\d+$`, "12", true},
		{`^\d+$`, "١٢", false},
		{`^.$`, "\r", false},
		{`^\w$`, "é", false},
	} {
		re2, err := ECMARegexpForGo(c.pattern)
		if err != nil || re2 == "" {
			t.Fatalf("%s: %q, %v", c.pattern, re2, err)
		}
		if got := regexp.MustCompile(re2).MatchString(c.in); got != c.want {
			t.Errorf("%s (as %s) on %q = %v, want %v", c.pattern, re2, c.in, got, c.want)
		}
	}
}
