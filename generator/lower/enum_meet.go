package lower

import (
	"encoding/json"
	"math/big"
	"slices"
)

// enumMeet returns the values of a that b holds too, in a's order: the
// enum two allOf members make together, as a value must be in both. It
// compares as JSON does (1 and 1.0 are one number); ok is false when
// either holds a value that is no scalar, which it does not compare.
func enumMeet(a, b []any) (both []any, ok bool) {
	if slices.ContainsFunc(a, notScalar) || slices.ContainsFunc(b, notScalar) {
		return nil, false
	}
	both = []any{}
	for _, x := range a {
		if slices.ContainsFunc(b, func(y any) bool { return sameEnumValue(x, y) }) {
			both = append(both, x)
		}
	}
	return both, true
}

// sameEnumValue reports whether x and y, scalar enum values as the
// document holds them (string, json.Number, bool, nil), are one JSON value.
func sameEnumValue(x, y any) bool {
	if a, ok := x.(json.Number); ok {
		b, ok := y.(json.Number)
		if !ok {
			return false
		}
		ra, okA := new(big.Rat).SetString(string(a))
		rb, okB := new(big.Rat).SetString(string(b))
		return okA && okB && ra.Cmp(rb) == 0 || !okA && !okB && a == b
	}
	return x == y
}

func isScalar(v any) bool {
	switch v.(type) {
	case nil, string, bool, json.Number:
		return true
	}
	return false
}

func notScalar(v any) bool { return !isScalar(v) }
