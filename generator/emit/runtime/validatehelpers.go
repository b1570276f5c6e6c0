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
