package runtime

import (
	"regexp"
	"testing"
)

// BenchmarkPatternMatch compares, on one value, the ECMA-262 matcher on a
// lookahead pattern, the same matcher on a pattern Go's regexp can take,
// and Go's regexp on that pattern's Go form (what generated code uses).
func BenchmarkPatternMatch(b *testing.B) {
	const value = "12.345.6789"
	lookahead := mustCompileECMARegexp(`^(?!0\.)\d+\.\d+\.\d+$`)
	plain := mustCompileECMARegexp(`^\d+\.\d+\.\d+$`)
	re2, err := ECMARegexpForGo(`^\d+\.\d+\.\d+$`)
	if err != nil {
		b.Fatal(err)
	}
	goRE := regexp.MustCompile(re2)
	for _, c := range []struct {
		name  string
		match func(string) bool
	}{
		{"ECMALookahead", lookahead.MatchString},
		{"ECMAPlain", plain.MatchString},
		{"GoForm", goRE.MatchString},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if !c.match(value) {
					b.Fatal("no match")
				}
			}
		})
	}
}
