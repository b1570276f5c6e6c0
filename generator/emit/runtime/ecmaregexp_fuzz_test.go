package runtime

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// ecmaPatternGen draws a pattern from a small grammar, steered by the
// fuzzer's bytes: alternation, groups of every kind, quantifiers, classes,
// escapes, anchors, lookarounds and backreferences over the letters a and
// b, so that random inputs over the same letters often match.
type ecmaPatternGen struct {
	data   []byte
	groups int
	// quantified is set when a capture group sits under a quantifier and
	// backref when the pattern refers back to a group: together, regexp2
	// (as .NET) keeps the last iteration's capture where ECMA-262 resets
	// it, so such patterns are not compared.
	quantified, backref bool
	noCapture           bool
}

func (g *ecmaPatternGen) next(n int) int {
	if len(g.data) == 0 {
		return 0
	}
	b := g.data[0]
	g.data = g.data[1:]
	return int(b) % n
}

func (g *ecmaPatternGen) disjunction(depth int) string {
	s := g.alternative(depth)
	for g.next(4) == 1 { // not 0: the bytes running out ends the loop
		s += "|" + g.alternative(depth)
	}
	return s
}

func (g *ecmaPatternGen) alternative(depth int) string {
	var b strings.Builder
	for n := g.next(4); n >= 0; n-- {
		b.WriteString(g.term(depth))
	}
	return b.String()
}

func (g *ecmaPatternGen) term(depth int) string {
	switch g.next(12) {
	case 0:
		return "^"
	case 1:
		return "$"
	case 2:
		return []string{`\b`, `\B`}[g.next(2)]
	case 3:
		if depth > 2 {
			return "a"
		}
		look := []string{"(?=", "(?!", "(?<=", "(?<!"}[g.next(4)]
		// No capture group inside a lookaround: its groups' values
		// depend on the direction of the match.
		inner := &ecmaPatternGen{data: g.data, noCapture: true}
		body := inner.disjunction(depth + 1)
		g.data = inner.data
		return look + body + ")"
	case 4:
		if g.groups > 0 {
			g.backref = true
			return `\` + strconv.Itoa(1+g.next(g.groups))
		}
	}
	before := g.groups
	a, q := g.atom(depth), g.quantifier()
	g.quantified = g.quantified || q != "" && g.groups > before
	return a + q
}

func (g *ecmaPatternGen) atom(depth int) string {
	switch g.next(8) {
	case 0:
		return "."
	case 1:
		return []string{`[ab]`, `[^a]`, `[a-c]`, `[\w-]`, `[^\s]`}[g.next(5)]
	case 2:
		return []string{`\w`, `\W`, `\d`, `\s`, `\S`, `\x61`, `\u0062`, `\-`}[g.next(8)]
	case 3, 4:
		if depth < 3 {
			open := "(?:"
			if g.next(2) == 0 && !g.noCapture {
				g.groups++
				open = "("
			}
			return open + g.disjunction(depth+1) + ")"
		}
	}
	return []string{"a", "b", "a", "b", "-", " "}[g.next(6)]
}

func (g *ecmaPatternGen) quantifier() string {
	q := []string{"", "", "", "*", "+", "?", "{2}", "{1,2}", "{0,}"}[g.next(9)]
	if q != "" && g.next(3) == 0 {
		q += "?"
	}
	return q
}

// FuzzECMARegexp matches random patterns of the grammar on random inputs
// and compares with regexp2 in ECMAScript mode, and with Go's regexp on the
// pattern's Go form where it has one.
func FuzzECMARegexp(f *testing.F) {
	f.Add([]byte{3, 0, 5, 1, 2, 7}, "aab")
	f.Add([]byte{4, 3, 1, 0, 9, 4, 4, 2}, "ab ab")
	f.Add([]byte{11, 3, 2, 0, 1, 4, 8, 6, 3}, "b-a\na")
	f.Fuzz(func(t *testing.T, steer []byte, input string) {
		if len(input) > 24 || !utf8.ValidString(input) {
			// Values decoded from JSON are UTF-8; regexp2 reads other
			// bytes as U+FFFD.
			return
		}
		g := &ecmaPatternGen{data: steer}
		pattern := g.disjunction(0)
		re, err := compileECMARegexp(pattern)
		if err != nil {
			t.Fatalf("%q from the grammar does not parse: %v", pattern, err)
		}
		got := re.MatchString(input)
		if re2, err := ECMARegexpForGo(pattern); err != nil {
			t.Fatal(err)
		} else if re2 != "" && regexp.MustCompile(re2).MatchString(input) != got {
			t.Errorf("%q as Go's %q on %q: Go %v, ECMA-262 %v", pattern, re2, input, !got, got)
		}
		want, ok := regexp2Match(t, pattern, input)
		if !ok || g.quantified && g.backref || ecmaRegexp2Differs(pattern, input) {
			return
		}
		if got != want {
			t.Errorf("%q on %q: got %v, regexp2 %v", pattern, input, got, want)
		}
	})
}

// TestECMARegexpGrammar runs the fuzz grammar on fixed seeds, so that
// `go test` compares a few thousand patterns without -fuzz.
func TestECMARegexpGrammar(t *testing.T) {
	inputs := []string{"", "a", "ab", "ba", "aab", "a b", "b-a", "abab", "aa\nb", "bbb a"}
	compared := 0
	for seed := 0; seed < ecmaGrammarSeeds; seed++ {
		if testing.Verbose() {
			t.Logf("seed %d", seed)
		}
		steer := ecmaSteer(seed)
		g := &ecmaPatternGen{data: steer}
		pattern := g.disjunction(0)
		re, err := compileECMARegexp(pattern)
		if err != nil {
			t.Fatalf("%q from the grammar does not parse: %v", pattern, err)
		}
		if g.quantified && g.backref {
			continue
		}
		for _, s := range inputs {
			want, ok := regexp2Match(t, pattern, s)
			if !ok {
				break
			}
			compared++
			if got := re.MatchString(s); got != want {
				t.Errorf("%q on %q: got %v, regexp2 %v", pattern, s, got, want)
			}
		}
	}
	if compared < 10000 {
		t.Errorf("only %d comparisons: the grammar draws too few patterns regexp2 reads", compared)
	}
}

var ecmaGrammarSeeds = 3000

// ecmaSteer is a fixed pseudo-random steer for the grammar (xorshift).
func ecmaSteer(seed int) []byte {
	steer := make([]byte, 24)
	x := uint32(seed)*2654435761 + 1
	for i := range steer {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		steer[i] = byte(x)
	}
	return steer
}
