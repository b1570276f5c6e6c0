package runtime

import (
	"math"
	"math/big"
)

// firstDuplicate returns the indexes of the first two equal items of s, for
// uniqueItems.
func firstDuplicate[T comparable](s []T) (int, int, bool) {
	for j := 1; j < len(s); j++ {
		for i := 0; i < j; i++ {
			if s[i] == s[j] {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}

// firstDuplicateFunc is firstDuplicate for items that == cannot compare.
func firstDuplicateFunc[T any](s []T, equal func(a, b T) bool) (int, int, bool) {
	for j := 1; j < len(s); j++ {
		for i := 0; i < j; i++ {
			if equal(s[i], s[j]) {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}

// firstDuplicateJSON is firstDuplicate for items that == cannot compare as
// JSON does (structs, arrays, maps, tuples, unions, times, pointers): two
// items are equal when enc, the generated encoder of their type, writes
// the same text for both. For values of one Go type that is JSON equality:
// struct members are written in field order, map keys sorted, numbers in
// one notation (1.0 is 1), strings escaped one way; false and 0 differ.
// The buffers come from the encoders' pool, so a valid value costs no
// allocation (save a map of more than 8 members, whose keys are sorted in
// a slice of their own). An item enc cannot write equals nothing.
func firstDuplicateJSON[T any](s []T, enc func(*T, *jsonWriter)) (int, int, bool) {
	if len(s) < 2 {
		return 0, 0, false
	}
	a, b := jwBuffers.Get().(*jsonWriter), jwBuffers.Get().(*jsonWriter)
	defer func() {
		for _, w := range []*jsonWriter{a, b} {
			if cap(w.b) <= 1<<24 {
				w.b, w.err = w.b[:0], nil
				jwBuffers.Put(w)
			}
		}
	}()
	for j := 1; j < len(s); j++ {
		b.b, b.err = b.b[:0], nil
		enc(&s[j], b)
		if b.err != nil {
			continue
		}
		for i := 0; i < j; i++ {
			a.b, a.err = a.b[:0], nil
			enc(&s[i], a)
			if a.err == nil && string(a.b) == string(b.b) {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}

// isMultipleOf reports whether v is a whole multiple of k×10^-d, scale being
// 10^d. It works on v's decimal form, as JSON Schema's arbitrary-precision
// arithmetic does (0.3 is a multiple of 0.1): v×10^d must round to a whole
// number n that converts back to v, and n must be a multiple of k.
func isMultipleOf(v, k, scale float64) bool {
	if math.IsInf(v*scale, 0) {
		// Too large for v×10^d: v is a whole number; divide exactly.
		q := new(big.Rat).SetFloat64(v)
		return q.Quo(q, big.NewRat(int64(k), int64(scale))).IsInt()
	}
	n := math.Round(v * scale)
	return n/scale == v && math.Mod(n, k) == 0
}
