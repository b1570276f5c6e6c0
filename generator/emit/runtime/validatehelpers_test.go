package runtime

import (
	"encoding/json"
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

// TestFirstDuplicateJSON: items are equal when their encoder writes the
// same text (JSON equality for values of one Go type), and a valid value
// (no duplicate) costs no allocation once the encoders' buffers are warm.
func TestFirstDuplicateJSON(t *testing.T) {
	rows := func(v *[]float64, w *jsonWriter) { jwSlice(w, *v, jwF64[float64]) }
	if i, j, dup := firstDuplicateJSON([][]float64{{1, 2}, {2, 1}, {1.0, 2.0}}, rows); !dup || i != 0 || j != 2 {
		t.Errorf("[[1 2] [2 1] [1 2]]: %d, %d, %v; want 0, 2, true", i, j, dup)
	}
	if _, _, dup := firstDuplicateJSON([][]float64{{1}, {1, 1}, {}, nil}, rows); dup {
		t.Error("[[1] [1 1] [] null]: a duplicate")
	}
	counts := func(v *map[string]int64, w *jsonWriter) { jwMap(w, *v, jwInt[int64]) }
	if _, _, dup := firstDuplicateJSON([]map[string]int64{{"a": 1, "b": 2}, {"b": 2, "a": 1}}, counts); !dup {
		t.Error(`[{"a":1,"b":2} {"b":2,"a":1}]: no duplicate`)
	}
	valid := [][]float64{{1, 2}, {2, 1}, {3}, {}}
	if n := testing.AllocsPerRun(100, func() { firstDuplicateJSON(valid, rows) }); n != 0 {
		t.Errorf("firstDuplicateJSON on unique items: %v allocations, want 0", n)
	}
}

// TestJVEqualNumbers: jvEqual compares the float64 of jsonAny without
// allocating, and numbers by value across notations.
func TestJVEqualNumbers(t *testing.T) {
	for _, c := range []struct {
		a, b any
		want bool
	}{
		{1.0, 1.0, true}, {1.0, 2.0, false}, {json.Number("1"), 1.0, true}, {json.Number("1.0"), json.Number("1"), true},
		{false, 0.0, false}, {nil, 0.0, false}, {[]any{1.0, map[string]any{"a": 1.0}}, []any{json.Number("1e0"), map[string]any{"a": json.Number("1")}}, true},
	} {
		if got := jvEqual(c.a, c.b); got != c.want {
			t.Errorf("jvEqual(%#v, %#v) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	items := []any{1.0, 2.0, "1", true, nil, []any{1.0}, map[string]any{"a": 1.0}}
	if n := testing.AllocsPerRun(100, func() { firstDuplicateFunc(items, jvEqual) }); n != 0 {
		t.Errorf("firstDuplicateFunc(jvEqual) on unique items: %v allocations, want 0", n)
	}
}
