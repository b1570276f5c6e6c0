package runtime

import (
	"math"
	"slices"
	"testing"
)

func TestFirstDuplicate(t *testing.T) {
	for _, c := range []struct {
		s    []int
		i, j int
		dup  bool
	}{
		{nil, 0, 0, false},
		{[]int{1, 2, 3}, 0, 0, false},
		{[]int{1, 2, 1}, 0, 2, true},
		{[]int{5, 7, 7, 5}, 1, 2, true},
	} {
		i, j, dup := firstDuplicate(c.s)
		if i != c.i || j != c.j || dup != c.dup {
			t.Errorf("firstDuplicate(%v) = %d, %d, %v; want %d, %d, %v", c.s, i, j, dup, c.i, c.j, c.dup)
		}
		i, j, dup = firstDuplicateFunc(c.s, func(a, b int) bool { return a == b })
		if i != c.i || j != c.j || dup != c.dup {
			t.Errorf("firstDuplicateFunc(%v) = %d, %d, %v; want %d, %d, %v", c.s, i, j, dup, c.i, c.j, c.dup)
		}
	}
	if _, _, dup := firstDuplicateFunc([][]int{{1}, {1}}, slices.Equal[[]int]); !dup {
		t.Error("firstDuplicateFunc missed equal slices")
	}
}

// TestIsMultipleOf: decimal multiples as JSON Schema's arbitrary precision
// has them, and exact division for values too large to scale.
func TestIsMultipleOf(t *testing.T) {
	for _, c := range []struct {
		v, k, scale float64
		want        bool
	}{
		{0.3, 1, 10, true},     // 0.3 is a multiple of 0.1
		{0.35, 1, 10, false},   // 0.35 is not
		{7.5, 25, 10, true},    // 2.5
		{10, 3, 1, false},      // 3
		{1e308, 1, 1e10, true}, // v×scale overflows: v is whole
		{1e308, 3, 1e10, false},
		{math.MaxFloat64, 2, 1e300, true},
	} {
		if got := isMultipleOf(c.v, c.k, c.scale); got != c.want {
			t.Errorf("isMultipleOf(%v, %v, %v) = %v, want %v", c.v, c.k, c.scale, got, c.want)
		}
	}
}
