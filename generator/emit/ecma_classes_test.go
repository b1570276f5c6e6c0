package emit

import (
	"regexp"
	"testing"
)

// TestECMAClasses: \s matches what ECMA-262 calls white space, in and out
// of brackets; \S does not; other escapes are untouched.
func TestECMAClasses(t *testing.T) {
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
		{`^\S$`, "x", true},
		{`^\\s$`, `\s`, true},
		{`^\d+$`, "12", true},
	} {
		re := regexp.MustCompile(ecmaClasses(c.pattern))
		if got := re.MatchString(c.in); got != c.want {
			t.Errorf("%s (as %s) on %q = %v, want %v", c.pattern, ecmaClasses(c.pattern), c.in, got, c.want)
		}
	}
}
