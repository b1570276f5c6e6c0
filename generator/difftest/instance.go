package difftest

import (
	"encoding/json"
	"maps"
	"math/big"
	"slices"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// Instance builds a document from the oracle's schema alone, for schemas
// that come without example documents (the golden cases): every property
// present, with a value that meets the keywords where that is easy (the
// first enum value, a sample of each format, numbers within bounds, a
// string that matches a pattern from a few candidates). It need not be
// valid: its mutants are what the differential tests compare, and the
// oracle judges each.
func Instance(o *Oracle) any {
	return instance(expand([]*jsonschema.Schema{o.Schema}), 0)
}

// maxDepth stops recursive schemas.
const maxDepth = 4

func instance(set []*jsonschema.Schema, depth int) any {
	for _, s := range set {
		if len(s.Constant) > 0 {
			return s.Constant[0]
		}
	}
	for _, s := range set {
		if len(s.Enum) > 0 {
			return s.Enum[0]
		}
	}
	switch firstType(set) {
	case "object":
		return objectInstance(set, depth)
	case "array":
		if depth >= maxDepth {
			return []any{}
		}
		if tuple := tupleOf(set); len(tuple) > 0 {
			out := make([]any, len(tuple))
			for i, p := range tuple {
				out[i] = instance(expand([]*jsonschema.Schema{p}), depth+1)
			}
			return out
		}
		var items []*jsonschema.Schema
		for _, s := range set {
			if s.Items2020 != nil {
				items = append(items, s.Items2020)
			} else if it, ok := s.Items.(*jsonschema.Schema); ok {
				items = append(items, it)
			}
		}
		return []any{instance(expand(items), depth+1)}
	case "integer", "number":
		return numberInstance(set)
	case "boolean":
		return true
	case "string":
		return stringInstance(set)
	}
	return "any"
}

// tupleOf returns the positional item schemas of the first schema of set
// that has them: 2020-12's prefixItems, or the list form of items of the
// drafts before it.
func tupleOf(set []*jsonschema.Schema) []*jsonschema.Schema {
	for _, s := range set {
		if len(s.PrefixItems) > 0 {
			return s.PrefixItems
		}
		if list, ok := s.Items.([]*jsonschema.Schema); ok && len(list) > 0 {
			return list
		}
	}
	return nil
}

// firstType returns the first JSON type (other than null) the schemas
// name, or what their keywords imply.
func firstType(set []*jsonschema.Schema) string {
	for _, s := range set {
		for _, t := range s.Types {
			if t != "null" {
				return t
			}
		}
	}
	for _, s := range set {
		if len(s.Properties) > 0 || s.AdditionalProperties != nil {
			return "object"
		}
	}
	return ""
}

func objectInstance(set []*jsonschema.Schema, depth int) any {
	obj := map[string]any{}
	if depth >= maxDepth {
		return obj
	}
	// Required properties first, then the others by name, up to
	// maxProperties.
	limit := -1
	var names []string
	props := map[string]*jsonschema.Schema{}
	for _, s := range set {
		names = append(names, s.Required...)
		if s.MaxProperties >= 0 && (limit < 0 || s.MaxProperties < limit) {
			limit = s.MaxProperties
		}
		for name, p := range s.Properties {
			props[name] = p
		}
		if ap, ok := s.AdditionalProperties.(*jsonschema.Schema); ok && len(s.Properties) == 0 {
			props["key"] = ap
		}
	}
	names = append(names, slices.Sorted(maps.Keys(props))...)
	for _, name := range names {
		p, ok := props[name]
		if _, done := obj[name]; done || !ok || limit >= 0 && len(obj) >= limit {
			continue
		}
		obj[name] = instance(expand([]*jsonschema.Schema{p}), depth+1)
	}
	return obj
}

func numberInstance(set []*jsonschema.Schema) any {
	v := big.NewRat(1, 1)
	for _, s := range set {
		if s.Minimum != nil && v.Cmp(s.Minimum) < 0 {
			v.Set(s.Minimum)
		}
		if s.ExclusiveMinimum != nil && v.Cmp(s.ExclusiveMinimum) <= 0 {
			v.Add(s.ExclusiveMinimum, big.NewRat(1, 2))
		}
		if s.Maximum != nil && v.Cmp(s.Maximum) > 0 {
			v.Set(s.Maximum)
		}
		if s.ExclusiveMaximum != nil && v.Cmp(s.ExclusiveMaximum) >= 0 {
			v.Sub(s.ExclusiveMaximum, big.NewRat(1, 2))
		}
		if s.MultipleOf != nil {
			v.Set(s.MultipleOf)
		}
	}
	return ratNumber(v)
}

// formatSamples are valid values of each format.
var formatSamples = map[string]string{
	"uuid": "3f4e5c6d-7a8b-9c0d-1e2f-3a4b5c6d7e8f", "date-time": "2025-06-01T08:45:00Z",
	"date": "2025-06-01", "email": "dev@example.com", "hostname": "example.com",
	"ipv4": "192.0.2.1", "ipv6": "2001:db8::1", "uri": "https://example.com/a",
	"byte": "c3BlY2dlbg==", "time": "08:45:00Z", "duration": "P1DT2H",
	"iri": "https://example.com/ä", "iri-reference": "a/ä", "uri-template": "https://example.com/{id}",
	"json-pointer": "/a/0", "relative-json-pointer": "1/a",
}

func stringInstance(set []*jsonschema.Schema) any {
	for _, s := range set {
		if v, ok := formatSamples[s.Format]; ok {
			return v
		}
	}
	candidates := []string{"abc", "ABC", "Abc1", "a-b", "x"}
	for _, c := range candidates {
		if stringFits(set, c) {
			return c
		}
	}
	for _, s := range set {
		if s.MinLength > 0 {
			return strings.Repeat("a", s.MinLength)
		}
	}
	return json.Number("0") // no candidate fits: a wrong type is a mutant too
}

// stringFits reports whether c meets the string keywords of set.
func stringFits(set []*jsonschema.Schema, c string) bool {
	for _, s := range set {
		if s.Pattern != nil && !s.Pattern.MatchString(c) ||
			s.MinLength >= 0 && len(c) < s.MinLength || s.MaxLength >= 0 && len(c) > s.MaxLength {
			return false
		}
	}
	return true
}
