package main

import "testing"

// TestGCPercent: a small live heap may grow by the whole budget up to
// gcMaxPercent, a large one never collects more often than gcMinPercent.
func TestGCPercent(t *testing.T) {
	for _, c := range []struct {
		live uint64
		want int
	}{
		{0, gcMaxPercent},
		{1 << 20, gcMaxPercent},
		{gcBudget / 10, gcMaxPercent},
		{gcBudget / 5, 500},
		{gcBudget / 2, gcMinPercent},
		{400 << 20, gcMinPercent},
		{8 << 30, gcMinPercent},
	} {
		if got := gcPercent(c.live); got != c.want {
			t.Errorf("gcPercent(%d) = %d, want %d", c.live, got, c.want)
		}
	}
}
