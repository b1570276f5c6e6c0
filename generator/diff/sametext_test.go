package diff

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestSameTextAsFields: sameText answers as comparing the texts' words
// joined by one space (strings.Fields), on texts made of words, ASCII and
// Unicode spaces and invalid UTF-8, and on each text against a reflowed
// copy and a copy with one word changed.
func TestSameTextAsFields(t *testing.T) {
	pieces := []string{"a", "b", "word", "Wörd", " ", "  ", "\n", "\t", "\r\n", "\v", "\f", "\u00a0", "\u0085", "\u2003", "\u200b", "\xff", "\xe2\x80", ".", ""}
	r := rand.New(rand.NewPCG(17, 1))
	text := func() string {
		var b strings.Builder
		for n := r.IntN(8); n > 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		return b.String()
	}
	want := func(a, b string) bool {
		return strings.Join(strings.Fields(a), " ") == strings.Join(strings.Fields(b), " ")
	}
	same, differ := 0, 0
	for range 50000 {
		a := text()
		for _, b := range []string{text(), strings.Join(strings.Fields(a), "\n  "), a + " x", " " + a + "\t"} {
			w := want(a, b)
			if got := sameText(a, b); got != w {
				t.Fatalf("sameText(%q, %q) = %v, want %v", a, b, got, w)
			}
			if w {
				same++
			} else {
				differ++
			}
		}
	}
	if same < 1000 || differ < 1000 {
		t.Errorf("%d same and %d different pairs: the cases do not cover both answers", same, differ)
	}
}
