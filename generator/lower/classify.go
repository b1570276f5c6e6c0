package lower

import (
	"encoding/json"
	"strings"

	"github.com/specgen/specgen/generator/document"
	"github.com/specgen/specgen/generator/ir"
)

// wrapped reports whether s only refines another schema: a $ref (with
// sibling keywords, as 2020-12 allows), an allOf of exactly one schema, or
// a union of one schema with null (anyOf/oneOf [X, {type: null}]). It
// returns that schema.
func wrapped(s *document.Schema) (*document.Schema, bool) {
	if len(s.Properties) > 0 || s.Items != nil || len(s.PrefixItems) > 0 ||
		s.AdditionalProperties != nil || len(s.PatternProperties) > 0 {
		return nil, false
	}
	if t, ok := nullWrapper(s); ok {
		return t, true
	}
	if len(s.OneOf) > 0 || len(s.AnyOf) > 0 {
		return nil, false
	}
	switch {
	case s.Ref != nil && len(s.AllOf) == 0:
		return s.Ref, true
	case s.Ref == nil && len(s.AllOf) == 1 && throughBareRefs(s.AllOf[0]).BaseOf == nil && !s.Variant:
		return s.AllOf[0], true
	}
	// A child that inherits a base and adds nothing (Plain: allOf [{$ref:
	// Pet}], Pet listing Plain in its oneOf) is not Pet's base under
	// another name: the base has no type of its own, so the child is the
	// struct of its properties, as every other child is (merged as an
	// allOf), named for itself. So is a child of a base without oneOf
	// (cookiecuttershark: allOf [shark], Fish's discriminator telling
	// them apart), which load/inherit_mapped.go marks.
	return nil, false
}

// wrapNarrowsType reports whether s, a $ref (2019-09 and later, where its
// siblings apply) or a single allOf member, has a type list beside it
// that refuses a JSON type its target allows (`{$ref: a number, type:
// integer}`, `{$ref: a number, type: object}`): the target's Go type,
// which the wrapper would take, holds what the list refuses.
func wrapNarrowsType(s *document.Schema) bool {
	if s.TypeList == nil || len(s.OneOf)+len(s.AnyOf) > 0 {
		return false
	}
	target, ok := wrapped(s)
	if !ok {
		return false
	}
	if target = throughBareRefs(target); target.TypeList == nil {
		// A target of every type: the list narrows it, and a JSON value
		// target checks only its own keywords (items {$ref: {not: {type:
		// null}}, type: object} took false and "a"; randschemas seed
		// 520, 2019-09). So does a target that asserts nothing (an
		// empty schema, true), whose Go type is any: the list is all
		// there is to check ({$ref: {description: …}, type: string}
		// took 1). A struct or enum target keeps its Go type.
		return wantsValue(target) && target.Bool == nil || !rejectsSome(target)
	}
	// The type keywords as written, null included (a nullable target
	// beside `type: string`).
	for _, t := range target.TypeList {
		if !typeAllows(s.TypeList, ir.JSONType(t)) {
			return true
		}
	}
	return false
}

// nullWrapper is nullUnion where the schema wraps the non-null member: not
// where a type list beside the union allows a type the member could take
// and the list does not (type [array, null] over anyOf [a union of an
// object and an array, null]), which the union then checks
// (ir.Union.Kinds).
func nullWrapper(s *document.Schema) (*document.Schema, bool) {
	t, ok := nullUnion(s)
	if !ok || typeEscapes(s, t) {
		return nil, false
	}
	return t, true
}

// nullUnion recognises anyOf/oneOf of one schema and {type: null}, the
// OpenAPI 3.1 way of writing a nullable reference.
func nullUnion(s *document.Schema) (*document.Schema, bool) {
	for _, group := range [][]*document.Schema{s.AnyOf, s.OneOf} {
		if len(group) != 2 {
			continue
		}
		for i, g := range group {
			if isNullOnly(g) {
				return group[1-i], true
			}
		}
	}
	return nil, false
}

// isNullOnly reports whether s accepts only null, through bare $refs
// (intlayer's contentValue: anyOf [… {$ref: nullValue}], nullValue
// {type: null}).
func isNullOnly(s *document.Schema) bool {
	s = throughBareRefs(s)
	if s.Ref != nil || len(s.Types) > 0 || len(s.Properties) > 0 || len(s.AllOf)+len(s.AnyOf)+len(s.OneOf) > 0 {
		return false
	}
	if s.HasEnum {
		for _, v := range s.Enum {
			if v != nil {
				return false
			}
		}
		return true
	}
	return s.Nullable
}

// isObject reports whether s describes a JSON object.
func isObject(s *document.Schema) bool {
	if len(s.Types) == 1 {
		return s.Types[0] == "object"
	}
	return len(s.Types) == 0 && (len(s.Properties) > 0 || s.AdditionalProperties != nil || len(s.PatternProperties) > 0)
}

// isArray reports whether s describes a JSON array.
func isArray(s *document.Schema) bool {
	if len(s.Types) == 1 {
		return s.Types[0] == "array"
	}
	return len(s.Types) == 0 && (s.Items != nil || len(s.PrefixItems) > 0)
}

// enumBase returns the JSON type an enum's values share ("string",
// "integer", "number" or "boolean"), or "" when they are mixed or absent.
func enumBase(s *document.Schema) string {
	base := ""
	for _, v := range s.Enum {
		var t string
		switch x := v.(type) {
		case nil:
			continue
		case string:
			t = "string"
		case bool:
			t = "boolean"
		case json.Number:
			if strings.ContainsAny(string(x), ".eE") {
				t = "number"
			} else {
				t = "integer"
			}
		default:
			return ""
		}
		switch {
		case base == "":
			base = t
		case base == t:
		case (base == "integer" && t == "number") || (base == "number" && t == "integer"):
			base = "number"
		default:
			return ""
		}
	}
	if len(s.Types) == 1 && s.Types[0] == "number" && base == "integer" {
		base = "number"
	}
	if base == "boolean" {
		// A boolean enum narrows a bool; it is a rule, not a type.
		return ""
	}
	return base
}

// nonNull returns vs without null.
func nonNull(vs []any) []any {
	out := make([]any, 0, len(vs))
	for _, v := range vs {
		if v != nil {
			out = append(out, v)
		}
	}
	return out
}

// isDeprecated reports the deprecated keyword, or a description that says
// "Deprecated:" at the start of a line (Go's convention, which Coder's
// descriptions carry over).
func isDeprecated(s *document.Schema) bool {
	if s.Deprecated {
		return true
	}
	if !strings.Contains(s.Description, "Deprecated:") {
		return false // nearly every description: no lines to split
	}
	for _, line := range strings.Split(s.Description, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "Deprecated:") {
			return true
		}
	}
	return false
}

// docOf returns the documentation of a schema: its description, else its
// title.
func docOf(s *document.Schema) string {
	if s.Description != "" {
		return s.Description
	}
	return s.Title
}

// enumOutsideTypes reports a typed enum none of whose values (null aside)
// its type allows: `{type: [string, null], enum: [{k: v}]}` admits null
// at most. Load drops the values a type rules out only where some are
// left (dropUntypedEnumValues); here the Go type of the type keyword
// would take every value of it, and the enum, of no Go kind, went
// unchecked (randschemas seed 108, draft-04: any string passed). The JSON
// value checks both as written.
func enumOutsideTypes(s *document.Schema) bool {
	if !s.HasEnum || len(s.Types) == 0 {
		return false
	}
	for _, v := range s.Enum {
		if v != nil && typeAllows(s.Types, valueJSONType(v)) {
			return false
		}
	}
	return true
}

// valueJSONType is the JSON type of a loaded value (integer for a number
// written without fraction or exponent).
func valueJSONType(v any) ir.JSONType {
	switch x := v.(type) {
	case string:
		return ir.JSONString
	case bool:
		return ir.JSONBoolean
	case json.Number:
		if strings.ContainsAny(string(x), ".eE") {
			return ir.JSONNumber
		}
		return ir.JSONInteger
	case []any:
		return ir.JSONArray
	case map[string]any:
		return ir.JSONObject
	}
	return ir.JSONNull
}
