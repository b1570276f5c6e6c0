package lower

import (
	"slices"

	"github.com/specgen/specgen/generator/document"
	"github.com/specgen/specgen/generator/ir"
	"github.com/specgen/specgen/generator/naming"
)

// fieldReserved are names a struct field cannot take because generated
// methods of structs use them.
var fieldReserved = []string{"Validate", "MarshalJSON", "UnmarshalJSON", "Equal"}

// structOf lowers an object schema with properties to a struct, fields in
// the schema's property order.
func (l *lowerer) structOf(s *document.Schema, typeName string) *ir.Struct {
	st := &ir.Struct{AnyKind: len(s.Types) == 0, ExactKeys: l.schemaOnly}
	scope := naming.NewScope(fieldReserved...)
	required := map[string]bool{}
	for _, r := range s.Required {
		required[r] = true
	}
	declared := map[string]bool{}
	for _, p := range s.Properties {
		declared[p.Name] = true
		ps := p.Schema
		exported := naming.Exported(p.Name)
		want := ps.GoName
		if want == "" {
			want = exported
		}
		if want == "" {
			want = "Field"
		}
		name, renamed := scope.Claim(want)
		if renamed {
			l.noteAs(ir.NoteRenamed, ps.Source, "property %q of %s is field %s: %s is taken", p.Name, typeName, name, want)
		}
		// Whether null is a value of ps is asked once: typedNotNull asks
		// it first, and a oneOf that null matches twice refuses it.
		nullable, twice := isNullable(ps) || l.nullByUntypedVariant(ps), l.nullMatchesTwice(ps)
		f := &ir.Field{
			Name: name, JSONName: p.Name, Doc: fieldDoc(ps), Deprecated: fieldDeprecated(ps),
			Type:     l.typeOf(ps, typeName+exported),
			Required: required[p.Name], Nullable: nullable && !twice,
			ReadOnly: ps.ReadOnly, WriteOnly: ps.WriteOnly, Source: ps.Source,
		}
		if ps.HasDef {
			f.Default = irValue(ps.Default)
		}
		// A oneOf that null matches twice refuses it, required or not
		// (typedNotNull, for a schema that is not nullable).
		f.NullRejected = l.schemaOnly && (!f.Required && !nullable && typedNotNullUnlessNullable(ps, 0) || twice)
		applyNullPolicy(f)
		st.Fields = append(st.Fields, f)
	}
	for _, r := range s.Required {
		if !declared[r] && !slices.Contains(st.RequiredUndeclared, r) {
			// Kept as a struct (an allOf merge; wantsValue makes a JSON
			// value of a schema that declares properties itself): the
			// Decode function checks that the name is present.
			st.RequiredUndeclared = append(st.RequiredUndeclared, r)
			l.noteAs(ir.NoteSpecWarning, s.Source, "required property %q of %s is not declared in properties: the struct has no field for it; its Decode function checks that it is present", r, typeName)
		}
	}
	if len(s.PatternProperties) > 0 {
		l.uncheckedRule(s, "patternProperties")
	}
	if ap := s.AdditionalProperties; ap != nil {
		if ap.Bool != nil && !*ap.Bool {
			st.Extra.Forbidden = true
		} else if ap.Bool == nil {
			l.noteAs(ir.NoteNotGenerated, s.Source, "additional properties of %s are not kept: the struct has fields only for declared properties", typeName)
		}
	}
	setRules(st, s, l)
	return st
}

// applyNullPolicy decides the Go shape of a field (see README, "Optional
// and null"): required and non-nullable fields are values; optional or
// nullable fields are pointers, except slices, maps, any and external types,
// whose zero value already means absent; optional fields are left out when
// absent (omitzero).
func applyNullPolicy(f *ir.Field) {
	f.OmitZero = !f.Required
	f.Pointer = heldByPointer(f.Type, !f.Required || f.Nullable)
}

// heldByPointer reports whether a value of t that may be missing or null
// (mayBeNil) is held by pointer: not slices, maps, any, the JSON value
// (which tells null from absent itself), []byte or external types, whose
// zero value already means absent.
func heldByPointer(t ir.Type, mayBeNil bool) bool {
	switch t := t.(type) {
	case *ir.Slice, *ir.Map, *ir.Any, *ir.Value:
		return false
	case *ir.Primitive:
		return t.Kind != ir.KindBytes && mayBeNil
	case *ir.Ref:
		if t.Decl == nil || isNilable(t.Decl) {
			return false
		}
	}
	return mayBeNil
}

// isNilable reports whether a declared type's zero value is nil already
// (slices, maps, any), following aliases.
func isNilable(d *ir.Decl) bool {
	seen := map[*ir.Decl]bool{}
	for d != nil && !seen[d] {
		seen[d] = true
		switch t := d.Type.(type) {
		case *ir.Slice, *ir.Map, *ir.Any, *ir.Union:
			// A union's zero value (no variant) already means absent.
			return true
		case *ir.Ref:
			if t.Decl == nil {
				return false
			}
			d = t.Decl
		default:
			return false
		}
	}
	return false
}

// isNullable reports whether null is a valid value for a property schema,
// looking through the wrappers that refine another schema.
func isNullable(s *document.Schema) bool { return isNullableAt(s, 0) }

// isNullableAt is isNullable at a depth of unions (which can loop). Null
// is refused where a keyword beside the one that admits it refuses it
// (nullRefused), or where s names its values without null on the way
// (valuesNotNull: type [string, null] over a $ref to an enum of strings).
func isNullableAt(s *document.Schema, depth int) bool {
	if valuesNotNull(s) {
		return false
	}
	var seen schemaSeen
	for s != nil && seen.add(s) {
		if s.Nullable {
			return !nullRefused(s, depth)
		}
		if _, ok := nullUnion(s); ok || hasNullOnlyVariant(s) || nullableVariant(s, depth) {
			// A null variant admits null where nothing beside it refuses
			// it (type: object over anyOf [X, null] does).
			return !nullRefused(s, depth)
		}
		t, ok := wrapped(s)
		if !ok {
			return false
		}
		s = t
	}
	return false
}

// valuesNotNull reports whether s names its values (enum or const)
// without null, looking through the wrappers isNullable looks through:
// whatever its type list allows, null is no value of it (airlock's level:
// type [string, null], enum [basic, standard, strict]).
// A union with a null variant on the way admits null, whatever the other
// variant names (github-pages-jekyll's theme: oneOf [an enum, null]).
func valuesNotNull(s *document.Schema) bool {
	found := false
	throughWrappers(s, func(s *document.Schema) bool {
		if _, union := nullUnion(s); union || hasNullOnlyVariant(s) {
			return true
		}
		found = namesValuesNotNull(s)
		return found
	})
	return found
}

// namesValuesNotNull reports whether s itself has an enum or const
// without null.
func namesValuesNotNull(s *document.Schema) bool {
	return s.HasEnum && !slices.Contains(s.Enum, nil) || s.HasConst && s.Const != nil
}

// throughWrappers reports whether holds is true of s or of a schema s
// wraps (wrapped), stopping at a loop.
func throughWrappers(s *document.Schema, holds func(*document.Schema) bool) bool {
	var seen schemaSeen
	for s != nil && seen.add(s) {
		if holds(s) {
			return true
		}
		t, ok := wrapped(s)
		if !ok {
			return false
		}
		s = t
	}
	return false
}

// typedNotNull reports whether a property schema names its JSON types (or
// its values, by enum or const) and null is not among them (looking through the wrappers isNullable looks
// through). A schema without type (properties alone, a union of untyped
// variants) may accept null: it is not reported.
func typedNotNull(s *document.Schema) bool { return typedNotNullAt(s, 0) }

// typedNotNullAt is typedNotNull at a depth of unions (which can loop). A
// oneOf or anyOf of variants that each name their types without null
// (github-funding's custom: a string or a list of them) does not accept
// null either.
func typedNotNullAt(s *document.Schema, depth int) bool {
	if depth > 8 || isNullableAt(s, depth) {
		return false
	}
	return typedNotNullUnlessNullable(s, depth)
}

// typedNotNullUnlessNullable is typedNotNullAt for a schema that
// isNullableAt(s, depth) has found does not admit null.
func typedNotNullUnlessNullable(s *document.Schema, depth int) bool {
	var seen schemaSeen
	for s != nil && seen.add(s) {
		if len(s.Types) > 0 {
			return !slices.Contains(s.Types, "null")
		}
		if namesValuesNotNull(s) {
			// An untyped enum or const names its values: null is not one
			// (csslintrc's rule: enum [2, true, false]).
			return true
		}
		for _, m := range s.AllOf {
			// Every member must hold: one that does not take null is
			// enough (jreleaser's jlink: allOf [a map, type [object,
			// null]]).
			if typedNotNullAt(m, depth+1) {
				return true
			}
		}
		t, ok := wrapped(s)
		if !ok {
			return unionNotNull(s, depth)
		}
		s = t
	}
	return false
}

// nullRefused reports whether a keyword of s refuses the null that another
// admits: every keyword must hold, so `type: [array, null]` beside a oneOf
// of an array and a string (renovate's autodiscoverFilter) takes no null,
// nor does `type: string` beside an enum listing null. OpenAPI 3.0's
// `nullable: true` admits null before any other keyword is looked at.
func nullRefused(s *document.Schema, depth int) bool {
	switch {
	case s.NullableKeyword || depth > 8:
		return false
	case s.TypeList != nil && !slices.Contains(s.TypeList, "null"),
		s.HasEnum && !slices.Contains(s.Enum, nil),
		s.HasConst && s.Const != nil:
		return true
	}
	for _, m := range s.AllOf {
		if typedNotNullAt(m, depth+1) {
			return true
		}
	}
	return unionNotNull(s, depth)
}

// unionNotNull reports whether s is a oneOf or anyOf none of whose variants
// accepts null.
func unionNotNull(s *document.Schema, depth int) bool {
	if len(s.OneOf)+len(s.AnyOf) == 0 {
		return false
	}
	for _, group := range [][]*document.Schema{s.OneOf, s.AnyOf} {
		for _, v := range group {
			if !typedNotNullAt(v, depth+1) {
				return false
			}
		}
	}
	return true
}

// hasNullOnlyVariant reports whether an anyOf or oneOf of s has a member
// that accepts only null (gadget.yaml's default value: boolean, number,
// null or string): null is then a value of the union, held as no variant.
func hasNullOnlyVariant(s *document.Schema) bool {
	for _, group := range [][]*document.Schema{s.AnyOf, s.OneOf} {
		for _, g := range group {
			if isNullOnly(g) {
				return true
			}
		}
	}
	return false
}

// nullableVariant reports whether a variant of s's union admits null: a
// union itself (oneOf [X, oneOf [Y, null]], randschemas seed 5000) or a
// schema whose type list has null (anyOf [an enum of strings, type
// [string, null]], randschemas seed 328: null was refused), where for a
// oneOf every other variant refuses it.
func nullableVariant(s *document.Schema, depth int) bool {
	if depth > 8 {
		return false
	}
	for gi, group := range [][]*document.Schema{s.AnyOf, s.OneOf} {
		for i, g := range group {
			if len(g.AnyOf)+len(g.OneOf) == 0 && !g.Nullable || !isNullableAt(g, depth+1) {
				continue
			}
			others := true
			for j, o := range group {
				if j != i && gi == 1 && !typedNotNullAt(o, depth+1) {
					others = false
				}
			}
			if others {
				return true
			}
		}
	}
	return false
}

// fieldDoc is the property's description, else its target's.
func fieldDoc(s *document.Schema) string {
	if d := docOf(s); d != "" {
		return d
	}
	return ""
}

func fieldDeprecated(s *document.Schema) bool {
	return isDeprecated(s)
}
