package runtime

import (
	"strings"
	"testing"
	"time"

	"github.com/dlclark/regexp2"
)

// regexp2Match is the oracle: dlclark/regexp2 in ECMAScript mode, the engine
// the conformance oracle gives santhosh-tekuri/jsonschema v6.
// The second result is false when regexp2 gives no answer: it does not
// compile the pattern, or it panics (as v1.11.0 does on `((?!a|)?){2}` and
// a few other quantified lookaheads).
func regexp2Match(t testing.TB, pattern, s string) (match, ok bool) {
	t.Helper()
	defer func() {
		if recover() != nil {
			match, ok = false, false
		}
	}()
	re, err := regexp2.Compile(pattern, regexp2.ECMAScript)
	if err != nil {
		return false, false
	}
	re.MatchTimeout = time.Second
	match, err = re.MatchString(s)
	if err != nil {
		t.Fatalf("regexp2 %q on %q: %v", pattern, s, err)
	}
	return match, true
}

// ecmaCases are patterns of every construct the matcher reads, each with
// inputs that match and inputs that do not.
var ecmaCases = []struct {
	pattern string
	inputs  []string
}{
	{`abc`, []string{"abc", "xabcx", "ab", ""}},
	{`^abc$`, []string{"abc", "abcd", "\nabc", "abc\n"}},
	{`a|bc|`, []string{"", "x", "bc"}},
	{`^(a|ab)(c|bcd)(d*)$`, []string{"abcd", "abcdd", "acd", "abc"}},
	{`^a*?b+?c??$`, []string{"b", "aabbc", "c", "abcc"}},
	{`^a{2}b{1,}c{0,2}d{2,3}$`, []string{"aabdd", "aabbbccddd", "abdd", "aabcccdd", "aabdddd"}},
	{`^x{,2}$`, []string{"x{,2}", "xx"}},
	{`^a{2,3}?$`, []string{"aa", "aaa", "a"}},
	{`^[a-z0-9_-]+$`, []string{"a-b_9", "A", "a.b", "-"}},
	{`^[^a-c]$`, []string{"d", "a", "ab", "é"}},
	{`^[\w.]+@[\d]+$`, []string{"a.b@12", "a@b", "é@1"}},
	{`^\W\D\S$`, []string{"-a ", "!!!", " a "}},
	{`^\s+$`, []string{" \t\n\v\f\r", "\u00a0\u2028\ufeff", "a", "\u200b"}},
	{`^.$`, []string{"a", "\n", "\r", "é", "🐲"}},
	{`^🐲*$`, []string{"🐲🐲", "🐲a"}},
	{`\bfoo\b`, []string{"a foo b", "foobar", "foo"}},
	{`\Boo\B`, []string{"fooo", "oo"}},
	{`^(?=.*\d)(?=.*[a-z]).{6,}$`, []string{"abc123", "abcdef", "123456", "a1"}},
	{`^(?!foo)\w+$`, []string{"foobar", "barfoo", "foo"}},
	{`^(?!.*--)[a-z-]+$`, []string{"a-b", "a--b"}},
	{`(?<=\$)\d+`, []string{"$12", "12", "€12"}},
	{`(?<!\$)\b\d+`, []string{"$12", "12", "$1 2"}},
	{`^(a+)-\1$`, []string{"aa-aa", "aa-a", "a-aa"}},
	{`^(?<q>['"]).*\k<q>$`, []string{`"x"`, `'x'`, `'x"`}},
	{`^(a)?\1b$`, []string{"b", "aab", "ab"}},
	{`^(?:(a)|b)*\1$`, []string{"aa", "b"}},
	{`^(a*)*$`, []string{"", "aaa", "b"}},
	{`^(a*?)+?$`, []string{"", "aa"}},
	{`^(?:a|())*$`, []string{"aaa", "b"}},
	{`^\x41\u0042\u{43}\0$`, []string{"ABC\x00", "ABC"}},
	{`^\cJ\cj$`, []string{"\n\n", "cJcj"}},
	{`^[\b]$`, []string{"\b", "b"}},
	{`^\/\-\_\.$`, []string{"/-_.", "a-_."}},
	{`^[\w-z]+$`, []string{"a-z", "-", "!"}},
	{`^[^]$`, []string{"a", "\n", ""}},
	{`^[]$`, []string{"", "a"}},
	{`^a]}$`, []string{"a]}", "a"}},
	{`^\p{Lu}\P{Lu}$`, []string{"Ab", "AB", "ÉÉ", "Éé"}},
	{`^[\p{L}\d]+$`, []string{"été2", "a b"}},
	{`^\u00e9$`, []string{"é", "e"}},
	{`^(a)|b\1$`, []string{"a", "b", "ba"}},
	{`^(?:a(?=b)|a)b$`, []string{"ab", "a"}},
	{`((a)|b)+`, []string{"ab", "ba", "c"}},
	{`^\12$`, []string{"\n", "12"}},
	{`^\8$`, []string{"8", "\\8"}},
	{`^[\1-\3]$`, []string{"\x02", "1"}},
	{`^(?=(a+))a*b\1$`, []string{"baaabac", "aaab" + "aaa", "aaaba"}},
	{`^(.*?),(.*)$`, []string{"a,b,c", "abc"}},
}

// TestECMARegexpAgreesWithRegexp2 matches every case as regexp2 does.
func TestECMARegexpAgreesWithRegexp2(t *testing.T) {
	for _, c := range ecmaCases {
		re, err := compileECMARegexp(c.pattern)
		if err != nil {
			t.Errorf("%q: %v", c.pattern, err)
			continue
		}
		for _, s := range c.inputs {
			want, ok := regexp2Match(t, c.pattern, s)
			if !ok {
				t.Fatalf("regexp2 does not compile %q", c.pattern)
			}
			if ecmaRegexp2Differs(c.pattern, s) {
				continue
			}
			if got := re.MatchString(s); got != want {
				t.Errorf("%q on %q: got %v, regexp2 %v", c.pattern, s, got, want)
			}
		}
	}
}

// ecmaRegexp2Differs names where regexp2 departs from ECMA-262, which the
// matcher follows: regexp2's '.' matches U+2028 and U+2029 (line
// terminators in ECMA-262), its \b takes Unicode letters and digits for
// word characters (ECMA-262's are \w's, ASCII), and it cannot read \u{…},
// [^] or [].
func ecmaRegexp2Differs(pattern, s string) bool {
	return strings.Contains(pattern, ".") && strings.ContainsAny(s, "\u2028\u2029") ||
		strings.Contains(strings.ToLower(pattern), `\b`) && !ecmaASCII(s) ||
		strings.Contains(pattern, `\u{`) || strings.Contains(pattern, "[^]") || strings.Contains(pattern, "[]")
}

func ecmaASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// TestECMARegexpStandard pins what ECMA-262 says where regexp2 differs.
func TestECMARegexpStandard(t *testing.T) {
	for _, c := range []struct {
		pattern, s string
		want       bool
	}{
		{`^.$`, "\u2028", false},
		{`^\u{1F432}$`, "🐲", true},
		{`^[^]$`, "\n", true},
		{`\bé`, "é", false},
		{`^[]$`, "", false},
		{`^[]?$`, "", true},
		{`^\p{Letter}+$`, "Hello", true},
		{`^\p{Letter}+$`, "123", false},
		{`^\p{digit}+$`, "৪২", true},
		{`^\p{digit}+$`, "-%#", false},
		{`^\p{White_Space}$`, "\u3000", true},
		{`^\P{gc=Uppercase_Letter}$`, "a", true},
		{`^a{3}$`, "aaa", true},
		// A surrogate pair is the character it encodes (regexp2 reads
		// runes and sees two characters).
		{`^\ud83d\ude00$`, "😀", true},
		// Each iteration of a quantifier starts with its groups unset
		// (regexp2 keeps the last iteration's, as .NET does).
		{`^(?:(a)|b)*\1$`, "ab", true},
		{`^(?:(a)|b)*\1$`, "aba", false},
	} {
		re, err := compileECMARegexp(c.pattern)
		if err != nil {
			t.Fatalf("%q: %v", c.pattern, err)
		}
		if got := re.MatchString(c.s); got != c.want {
			t.Errorf("%q on %q: got %v, want %v", c.pattern, c.s, got, c.want)
		}
	}
}

// TestECMARegexpSyntax checks which patterns are ECMA-262 (the "regex"
// format), with the suite's cases of other dialects.
func TestECMARegexpSyntax(t *testing.T) {
	valid := []string{``, `a|`, `(?:)`, `[a-]`, `[-a]`, `\{`, `a{`, `}`, `]`, `(?<n>x)\k<n>`, `\1(a)`,
		`(?=a)*`, `[\s-]`, `\u12`, `\x4`, `\p{Script=Greek}`, `\/`}
	invalid := []string{`(`, `)`, `[`, `[z-a]`, `a**`, `*a`, `+`, `?`, `{1}`, `a{2,1}`, `\a`, `\e`, `\z`, `(?P<name>x)`,
		`(?P=name)`, `(?#comment)`, `(?i)a`, `(?ims)a`, `^(abc]`, `(?<n>a)(?<n>b)`, `(?<1>a)`, `\k<m>(?<n>a)`,
		`\c1`, `\k`, `\u{110000}`, `\p{Nope}`, `\p`, `^*`, `\b+`, `(?<=a)+`, `a\`, "\xff"}
	for _, p := range valid {
		if !isFormatRegex(p) {
			_, _, err := parseECMARegexp(p)
			t.Errorf("%q: %v, want valid", p, err)
		}
	}
	for _, p := range invalid {
		if isFormatRegex(p) {
			t.Errorf("%q: valid, want an error", p)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("mustCompileECMARegexp did not panic on an invalid pattern")
		}
	}()
	mustCompileECMARegexp(`(`)
}

// TestECMARegexpBudget shows that catastrophic backtracking stops at the
// step budget, reporting no match, in bounded time.
func TestECMARegexpBudget(t *testing.T) {
	re := mustCompileECMARegexp(`^(a+)+$`)
	s := strings.Repeat("a", 40) + "b"
	if re.MatchString(s) {
		t.Fatal("matched")
	}
	m := &ecmaMatcher{in: s, caps: make([]int, 4)}
	if m.node(re.root, 0, func(int) bool { return true }) || !m.over {
		t.Errorf("budget not reached: over=%v steps=%d", m.over, m.steps)
	}
	if !re.MatchString(strings.Repeat("a", 40)) {
		t.Error("a matching value did not match")
	}
}
