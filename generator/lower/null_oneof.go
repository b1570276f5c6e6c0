package lower

import (
	"slices"

	"github.com/specgen/specgen/generator/document"
)

// nullMatchesTwice reports whether, in a JSON Schema file, null matches
// more than one variant of s's oneOf, which then refuses it: a variant
// that admits null ({type: null}, a type list naming null) and an untyped
// object schema, or two untyped object schemas. An object schema without
// a type matches every value that is no object, null included
// (ir.Variant.AnyKind), so oneOf [{type: null}, {properties: …}] takes no
// null, where isNullable, which reads the null variant alone, says it
// does. OpenAPI descriptions read such a variant as objects only
// (markAnyKindVariants), so there the null variant's null stands.
func (l *lowerer) nullMatchesTwice(s *document.Schema) bool {
	if !l.schemaOnly || s == nil {
		return false
	}
	s = throughBareRefs(s)
	if len(s.OneOf) < 2 {
		return false
	}
	n := 0
	for _, v := range s.OneOf {
		if matchesNull(v) {
			n++
		}
	}
	return n >= 2
}

// matchesNull reports whether a oneOf's variant v surely matches null: it
// admits null (isNullable, isNullOnly), is true, or is an untyped object
// schema (untypedObject). A variant this cannot tell about counts as not.
func matchesNull(v *document.Schema) bool {
	v = throughBareRefs(v)
	if v.Bool != nil {
		return *v.Bool
	}
	return isNullOnly(v) || isNullable(v) || v.TypeList == nil && untypedObject(v)
}

// untypedObject reports whether s gives no type and only object keywords,
// which apply to objects alone: it matches every value that is no object.
// A keyword that may refuse other values (enum, const, a combinator, not,
// if) makes it no such schema.
func untypedObject(s *document.Schema) bool {
	if len(s.Types) > 0 || s.HasEnum || s.HasConst || s.Ref != nil ||
		len(s.AllOf)+len(s.AnyOf)+len(s.OneOf) > 0 || s.Not != nil || s.If != nil {
		return false
	}
	return len(s.Properties) > 0 || s.AdditionalProperties != nil || len(s.PatternProperties) > 0 ||
		len(s.Required) > 0 || s.MinProperties != nil || s.MaxProperties != nil || s.PropertyNames != nil ||
		len(s.DependentRequired) > 0
}

// unionTakesNull reports whether null surely matches a union root s: no
// keyword beside its anyOf or oneOf can refuse it, and an anyOf variant
// matches null, or exactly one oneOf variant does while every other
// names types without null.
func unionTakesNull(s *document.Schema) bool {
	s = throughBareRefs(s)
	if s.TypeList != nil || s.HasEnum || s.HasConst || s.Not != nil || s.If != nil || len(s.AllOf) > 0 ||
		len(s.AnyOf) > 0 == (len(s.OneOf) > 0) {
		return false
	}
	if len(s.AnyOf) > 0 {
		return slices.ContainsFunc(s.AnyOf, matchesNull)
	}
	n := 0
	for _, v := range s.OneOf {
		switch {
		case matchesNull(v):
			n++
		case !typedNotNull(v):
			return false
		}
	}
	return n == 1
}

// nullByUntypedVariant reports whether, in a JSON Schema file, null is a
// value of s because a variant of its anyOf is an object schema of no type
// (untypedObject, through references: {$ref: "#"} to such a root), which
// matches every value that is no object. isNullable, which reads types
// and nullable alone, says no: {kind: null} was refused where kind is
// anyOf [{$ref: "#"}, an array] (randschema seed 29287, draft 4). A oneOf
// is left to nullMatchesTwice and isNullable: whether null matches its
// other variants too is not always known. A keyword beside the anyOf that
// refuses null (a type list without it, an allOf member typed without it:
// nullRefused) wins, as every keyword must hold.
func (l *lowerer) nullByUntypedVariant(s *document.Schema) bool {
	if !l.schemaOnly || s == nil {
		return false
	}
	s = throughBareRefs(s)
	if nullRefused(s, 0) {
		return false
	}
	for _, v := range s.AnyOf {
		v = throughBareRefs(v)
		if v.Bool == nil && v.TypeList == nil && untypedObject(v) {
			return true
		}
	}
	return false
}

// nullWrapsValue reports whether s is oneOf/anyOf [X, {type: null}]
// (nullWrapper) whose X is a JSON value (wantsValue). The wrapper would
// take X's Go type, JSONValue, which holds null as it holds any value, and
// X's check, which refuses the null the union admits (github-workflow's
// on.push: oneOf [null, allOf [an object, not: required […]]] refused
// push: null). The union's own check keeps the null variant: whether null
// passes is then the union's to say, as written (a oneOf whose X admits
// null too refuses it).
func nullWrapsValue(s *document.Schema, depth int) bool {
	t, ok := nullWrapper(s)
	return ok && wantsValueAt(t, depth+1)
}
