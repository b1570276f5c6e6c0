package lower

import (
	"slices"

	"github.com/specgen/specgen/generator/document"
)

// kindsOf returns the JSON types (null aside) a value of s can have, as far
// as its type, enum, bare refs, allOf and unions tell; ok is false where
// they do not tell (any type). It is an upper bound: an allOf answers with
// the first member that tells.
func kindsOf(s *document.Schema, depth int) (kinds []string, ok bool) {
	if depth > 8 || s == nil || s.Bool != nil {
		return nil, false
	}
	switch {
	case len(s.TypeList) > 0:
		return s.Types, true
	case s.HasEnum && enumBase(s) != "":
		return []string{enumBase(s)}, true
	case s.Ref != nil && isBareRef(s):
		return kindsOf(s.Ref, depth+1)
	}
	for _, m := range s.AllOf {
		if k, ok := kindsOf(m, depth+1); ok {
			return k, true
		}
	}
	if len(s.OneOf)+len(s.AnyOf) == 0 || len(s.Properties) > 0 || s.Ref != nil {
		return nil, false
	}
	for _, group := range [][]*document.Schema{s.OneOf, s.AnyOf} {
		for _, v := range group {
			if isNullOnly(v) {
				continue
			}
			k, ok := kindsOf(v, depth+1)
			if !ok {
				return nil, false
			}
			for _, t := range k {
				if !slices.Contains(kinds, t) {
					kinds = append(kinds, t)
				}
			}
		}
	}
	return kinds, true
}

// typeEscapes reports whether a value of schema v could have a JSON type
// that the type list beside it (s) does not allow: the list is a check of
// its own then, not one v's shape already makes.
func typeEscapes(s, v *document.Schema) bool {
	if len(s.TypeList) == 0 || s.NullableKeyword {
		return false
	}
	kinds, ok := kindsOf(v, 0)
	if !ok {
		return true
	}
	for _, k := range kinds {
		if !slices.Contains(s.Types, k) && !(k == "integer" && slices.Contains(s.Types, "number")) {
			return true
		}
	}
	return false
}
