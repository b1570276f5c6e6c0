package load

import (
	"encoding/json"
	"slices"

	"github.com/specgen/specgen/generator/document"
)

// dropUntypedEnumValues leaves out of s's enum the values its type keyword
// rules out: no document can be such a value, since it must also be of
// the type. Stylelint's rules write `{type: string, enum: ["always",
// "never", {}]}`; with the object there the enum was no string enum, and
// went unchecked. null is kept (it has rules of its own: nullable, a type
// list with null), and so is every value when none would be left. The
// x-enum-varnames and x-enum-descriptions parallel to the enum are cut to
// match.
func dropUntypedEnumValues(s *document.Schema) {
	if len(s.Types) == 0 || len(s.Enum) == 0 {
		return
	}
	keep := make([]bool, len(s.Enum))
	kept := 0
	for i, v := range s.Enum {
		keep[i] = v == nil || typeAllows(s.Types, v)
		if keep[i] && v != nil {
			kept++
		}
	}
	if kept == 0 || !slices.Contains(keep, false) {
		return
	}
	s.Enum = keepOnly(s.Enum, keep)
	if len(s.EnumNames) == len(keep) {
		s.EnumNames = keepOnly(s.EnumNames, keep)
	}
	if len(s.EnumDescriptions) == len(keep) {
		s.EnumDescriptions = keepOnly(s.EnumDescriptions, keep)
	}
}

// typeAllows reports whether a value of v's JSON type can satisfy a type
// keyword listing types (null aside). Every number is kept for integer:
// whether 1.0 is one depends on the draft.
func typeAllows(types []string, v any) bool {
	var want []string
	switch v.(type) {
	case string:
		want = []string{"string"}
	case bool:
		want = []string{"boolean"}
	case json.Number, float64:
		want = []string{"number", "integer"}
	case []any:
		want = []string{"array"}
	case map[string]any:
		want = []string{"object"}
	default:
		return true
	}
	for _, t := range want {
		if slices.Contains(types, t) {
			return true
		}
	}
	return false
}

// keepOnly returns the items of vs whose keep is true.
func keepOnly[T any](vs []T, keep []bool) []T {
	out := make([]T, 0, len(vs))
	for i, v := range vs {
		if keep[i] {
			out = append(out, v)
		}
	}
	return out
}
