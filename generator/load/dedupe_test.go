package load

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
)

// dedupePairwise is dedupe as it was: each value compared with every one
// kept before it.
func dedupePairwise(list []any) []any {
	var out []any
	for _, v := range list {
		dup := false
		for _, w := range out {
			if reflect.DeepEqual(v, w) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, v)
		}
	}
	return out
}

// TestDedupeAsPairwise: dedupe keeps the same values, in the same order,
// as comparing every pair with reflect.DeepEqual, over random lists of
// the values decoded documents hold (strings, numbers of several Go
// types, ±0, booleans, null, objects and arrays, nested, nil and empty)
// and some they do not (NaN, a pointer), which dedupeKey leaves to
// DeepEqual.
func TestDedupeAsPairwise(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var value func(depth int) any
	value = func(depth int) any {
		switch n := r.IntN(12); {
		case n < 3:
			return fmt.Sprint("s", r.IntN(4))
		case n == 3:
			return float64(r.IntN(3))
		case n == 4:
			return []any{0.0, math.Copysign(0, -1), int64(1), 1.0, json.Number("1"), uint64(1)}[r.IntN(6)]
		case n == 5:
			return r.IntN(2) == 0
		case n == 6:
			return []any{nil, map[string]any(nil), []any(nil), map[string]any{}, []any{}, math.NaN(), float32(1), int(1), int32(-2), uint(3), uint32(3), &struct{}{}}[r.IntN(12)]
		case n < 9 && depth < 2:
			m := map[string]any{}
			for range r.IntN(3) {
				m[fmt.Sprint("k", r.IntN(2))] = value(depth + 1)
			}
			return m
		case depth < 2:
			var l []any
			for range r.IntN(3) {
				l = append(l, value(depth+1))
			}
			return l
		}
		return "leaf"
	}
	for i := range 3000 {
		var list []any
		for range r.IntN(12) {
			list = append(list, value(0))
		}
		want := dedupePairwise(list)
		got := dedupe(list)
		if len(got) != len(want) {
			t.Fatalf("list %d %#v: dedupe kept %d values %#v, pairwise %d %#v", i, list, len(got), got, len(want), want)
		}
		for j := range want {
			// Printed, as NaN is not DeepEqual to itself.
			if fmt.Sprintf("%T %#v", got[j], got[j]) != fmt.Sprintf("%T %#v", want[j], want[j]) {
				t.Fatalf("list %d %#v: value %d is %#v, pairwise %#v", i, list, j, got[j], want[j])
			}
		}
	}
}

// BenchmarkDedupeLongEnum: an enum of 20,000 names with a few repeats
// (the pairwise comparison took seconds).
func BenchmarkDedupeLongEnum(b *testing.B) {
	list := make([]any, 20_000)
	for i := range list {
		list[i] = fmt.Sprintf("v%05d", i%19_990)
	}
	for b.Loop() {
		if got := dedupe(list); len(got) != 19_990 {
			b.Fatalf("kept %d values, want 19990", len(got))
		}
	}
}
