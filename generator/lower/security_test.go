package lower

import (
	"strings"
	"testing"
)

// TestImpliesAnother: a requirement naming every scheme another does, and
// more, is dropped, as is a repeat of an earlier one; the first of two
// equal requirements, and requirements that overlap without containing
// one another, stay.
func TestImpliesAnother(t *testing.T) {
	set := func(names string) map[string]bool {
		out := map[string]bool{}
		for _, n := range strings.Split(names, "+") {
			out[n] = true
		}
		return out
	}
	for _, c := range []struct {
		reqs []string
		kept string // the requirements kept, by index
	}{
		{[]string{"A+B", "C"}, "01"},
		{[]string{"A+B", "A"}, "1"},
		{[]string{"A", "A+B"}, "0"},
		{[]string{"A+B", "B+A"}, "0"},
		{[]string{"A+B", "B+C"}, "01"},
		{[]string{"A+B+C", "C", "A+B"}, "12"},
	} {
		reqs := make([]map[string]bool, len(c.reqs))
		for i, r := range c.reqs {
			reqs[i] = set(r)
		}
		var kept strings.Builder
		for i := range reqs {
			if !impliesAnother(reqs, i) {
				kept.WriteByte(byte('0' + i))
			}
		}
		if kept.String() != c.kept {
			t.Errorf("%v: kept %q, want %q", c.reqs, kept.String(), c.kept)
		}
	}
}
