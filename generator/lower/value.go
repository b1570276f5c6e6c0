package lower

import (
	"encoding/json"
	"slices"
	"strconv"

	"github.com/specgen/specgen/generator/document"
	"github.com/specgen/specgen/generator/ir"
	"github.com/specgen/specgen/generator/naming"
)

// A schema that gives no Go shape (no type, `not` alone, a boolean schema,
// a root that is `{}`) is typed ir.Value, the generated JSONValue, and all
// of its keywords are checked at run time by a function generated from an
// ir.ValueSchema. valueSchema builds those, once per schema.

// valueType returns the ir.Value of s, named from hint.
func (l *lowerer) valueType(s *document.Schema, hint string) *ir.Value {
	return &ir.Value{Schema: l.valueSchema(s, hint)}
}

// valueSchema returns the run-time check of s, making it and those of its
// subschemas on first use. A schema with a name (a $defs entry) names its
// check; any other is named from hint, the path that reached it.
func (l *lowerer) valueSchema(s *document.Schema, hint string) *ir.ValueSchema {
	return l.valueSchemaIn(&dynamicScope{}, s, hint)
}

// valueSchemaIn is valueSchema in a dynamic scope (see dynamic.go): one
// check per schema and scope.
func (l *lowerer) valueSchemaIn(sc *dynamicScope, s *document.Schema, hint string) *ir.ValueSchema {
	if s == nil {
		return nil
	}
	sc = l.enter(sc, s)
	key := s.Key + sc.key
	if v, ok := l.values[key]; ok {
		return v
	}
	if n, ok := l.names[s.Key]; ok {
		hint = n
	}
	v := &ir.ValueSchema{Name: l.claimValueName(hint), Source: s.Source}
	l.values[key] = v
	l.api.ValueSchemas = append(l.api.ValueSchemas, v)
	if s.Bool != nil {
		b := *s.Bool
		v.Bool = &b
		return v
	}
	sub := func(x *document.Schema, suffix string) *ir.ValueSchema {
		if x == nil {
			return nil // most keywords are absent: no name to join
		}
		return l.valueSchemaIn(sc, x, hint+suffix)
	}
	list := func(xs []*document.Schema, suffix string) []*ir.ValueSchema {
		var out []*ir.ValueSchema
		for i, x := range xs {
			out = append(out, sub(x, suffix+strconv.Itoa(i)))
		}
		return out
	}
	named := func(ps []*document.Property, suffix string) []ir.ValueProperty {
		var out []ir.ValueProperty
		for _, p := range ps {
			out = append(out, ir.ValueProperty{Name: p.Name, Schema: sub(p.Schema, suffix+naming.Exported(p.Name))})
		}
		return out
	}
	v.Ref = sub(dynamicTarget(sc, s), "Ref")
	allOf := s.AllOf
	if s.RefInAllOf {
		v.Ref, allOf = sub(allOf[0], "Ref"), allOf[1:]
	}
	v.Types = s.TypeList
	v.Null = s.NullableKeyword
	if s.HasEnum {
		v.HasEnum = true
		for _, e := range s.Enum {
			v.Enum = append(v.Enum, jsonText(e))
		}
	}
	if s.HasConst {
		v.HasConst, v.Const = true, jsonText(s.Const)
	}
	v.MinLength, v.MaxLength = s.MinLength, s.MaxLength
	if l.checkPattern(s, "pattern", s.Pattern) {
		v.Pattern = s.Pattern
	}
	if checkedFormat(s.Format) && (!s.FormatAnnotation || l.cfg.AssertFormat) {
		v.Format = s.Format
	}
	v.ContentEncoding, v.ContentMediaType = l.assertedContent(s)
	v.Minimum, v.Maximum = numberText(s.Minimum), numberText(s.Maximum)
	v.ExclusiveMinimum, v.ExclusiveMaximum = numberText(s.ExclusiveMinimum), numberText(s.ExclusiveMaximum)
	v.MultipleOf = numberText(s.MultipleOf)
	v.MinItems, v.MaxItems, v.UniqueItems = s.MinItems, s.MaxItems, s.UniqueItems
	v.PrefixItems = list(s.PrefixItems, "Item")
	v.Items = sub(s.Items, "Items")
	v.Contains = sub(s.Contains, "Contains")
	v.MinContains, v.MaxContains = s.MinContains, s.MaxContains
	v.Properties = named(s.Properties, "")
	unread := false
	for _, pp := range named(s.PatternProperties, "Pattern") {
		if l.checkPattern(s, "patternProperties", pp.Name) {
			v.PatternProperties = append(v.PatternProperties, pp)
		} else {
			unread = true
		}
	}
	if unread && s.AdditionalProperties != nil {
		// Which members are additional depends on what the pattern
		// matches: Validate accepts more than the schema, never less.
		l.reportKeyword(s, "additionalProperties", "", "additionalProperties depends on a pattern Validate cannot read: not checked")
	} else {
		v.AdditionalProperties = sub(s.AdditionalProperties, "Additional")
	}
	v.PropertyNames = sub(s.PropertyNames, "Name")
	v.Required = s.Required
	v.DependentRequired = dependencies(s.DependentRequired)
	v.DependentSchemas = named(s.DependentSchemas, "Dependent")
	v.MinProperties, v.MaxProperties = s.MinProperties, s.MaxProperties
	v.AllOf, v.AnyOf, v.OneOf = list(allOf, "AllOf"), list(s.AnyOf, "AnyOf"), list(s.OneOf, "OneOf")
	v.Not = sub(s.Not, "Not")
	v.If, v.Then, v.Else = sub(s.If, "If"), sub(s.Then, "Then"), sub(s.Else, "Else")
	v.UnevaluatedProperties = sub(s.UnevaluatedProperties, "Unevaluated")
	v.UnevaluatedItems = sub(s.UnevaluatedItems, "UnevaluatedItem")
	return v
}

// jsonText writes a schema value (string, json.Number, bool, nil, and
// arrays and objects of them) as JSON.
func jsonText(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return "null"
	}
	return string(b)
}

// numberText is the shortest decimal text of a bound; "" when absent.
func numberText(f *float64) string {
	if f == nil {
		return ""
	}
	return strconv.FormatFloat(*f, 'g', -1, 64)
}

// rootShape makes the declaration of a schema file's root a type with a
// Validate of its own: a root with no Go shape becomes a JSON value, and a
// scalar root a defined type (`type Name string`), not an alias.
func (l *lowerer) rootShape(d *ir.Decl, s *document.Schema) {
	// Two variants of a oneOf that match null refuse it, whatever the
	// root's type (nullMatchesTwice).
	twice := l.nullMatchesTwice(s)
	nullable, reject := isNullable(s) && !twice, false
	switch t := d.Type.(type) {
	case *ir.Any:
		d.Type = l.valueType(s, d.Name)
	case *ir.Primitive:
		// oneOf [number, null] is a nullable number as type [number,
		// null] is (randschemas seed 1000).
		d.Wrapper = true
		reject = !nullable
	case *ir.Ref:
		// A root that is only a $ref to a scalar (`$ref: #/$defs/Port`)
		// was an alias of an alias with no Validate: the scalar's rules
		// are checked where it is used, and a root has no user.
		if _, scalar := shapeOf(d.Type).(*ir.Primitive); scalar {
			d.Wrapper = true
			reject = !nullable
		} else if typedNotNull(s) {
			// An alias of an object, list or union the root's $ref
			// names: its Decode function rejects null (the target's own
			// decoding, shared with its other uses, is left alone).
			// vhwdebugger-binding-schema's invalid document is null.
			reject = true
		}
	case *ir.Union:
		// encoding/json leaves a nil union for null, which Validate
		// cannot tell from a value left out; but a union of variants
		// that give no type takes null where one of them surely does
		// (cfn-lint's update_policy_delete: anyOf of property-only
		// schemas).
		reject = !nullable && !unionTakesNull(s)
	case *ir.Slice, *ir.Map:
		// encoding/json leaves a nil slice or map for null, which
		// Validate cannot tell from a value left out.
		reject = !nullable
	case *ir.Struct:
		// A typed object root given null was left at its zero value,
		// which Validate passes (metricshub-connector's invalid
		// document is `null`). A struct without type (AnyKind) takes
		// every other JSON value itself.
		reject = !nullable && !t.AnyKind
		// Nor does a struct without type refuse null: it is no object,
		// so no property keyword applies (randschemas seeds 400 and
		// 5028: a draft-04 root of required properties given null).
		nullable = nullable || t.AnyKind && !nullRefused(s, 0) && !twice
	}
	// A JSON value, and a union, hold null themselves (a union's null
	// variant), and Validate judges it.
	switch d.Type.(type) {
	case *ir.Value, *ir.Union:
	default:
		if nullable {
			d.Null = ir.NullValid
		}
	}
	if reject || twice {
		// Never beside nullable: typedNotNull and a reject set from
		// !nullable both mean isNullable was false.
		d.Null = ir.NullRejected
	}
}

// asserts reports whether s has a keyword that can reject a value.
func asserts(s *document.Schema) bool {
	return s.Ref != nil || assertsBesideRef(s)
}

// assertsBesideRef is asserts without $ref: whether s is more than a
// bare reference (isBareRef, which copied the schema to ask).
func assertsBesideRef(s *document.Schema) bool {
	return s.TypeList != nil || s.HasEnum || s.HasConst ||
		s.MinLength != nil || s.MaxLength != nil || s.Pattern != "" || checkedFormat(s.Format) ||
		s.Minimum != nil || s.Maximum != nil || s.ExclusiveMinimum != nil || s.ExclusiveMaximum != nil || s.MultipleOf != nil ||
		s.MinItems != nil || s.MaxItems != nil || s.UniqueItems || len(s.PrefixItems) > 0 || s.Items != nil || s.Contains != nil ||
		len(s.Properties) > 0 || len(s.PatternProperties) > 0 || s.AdditionalProperties != nil || s.PropertyNames != nil ||
		len(s.Required) > 0 || len(s.DependentRequired) > 0 || len(s.DependentSchemas) > 0 ||
		s.MinProperties != nil || s.MaxProperties != nil ||
		len(s.AllOf) > 0 || len(s.AnyOf) > 0 || len(s.OneOf) > 0 || s.Not != nil || s.If != nil ||
		s.UnevaluatedProperties != nil || s.UnevaluatedItems != nil
}

// wantsValue reports whether s has keywords that no Go struct, map or
// slice can check (not, if, contains, propertyNames, dependent schemas,
// pattern properties, a oneOf/anyOf beside properties): it is a JSON value
// checked at run time, the nearest Go that keeps every keyword.
//
// So is a schema whose values no one Go type holds: a oneOf/anyOf with a
// variant that has no Go shape, an enum or const of numbers or mixed values
// with no type (1 and 1.0 are the same value). A type list stays a union
// with a variant per type (golden/type-list-unions).
func wantsValue(s *document.Schema) bool { return wantsValueAt(s, 0) }

// wantsValue reports whether the lowerer makes s a JSON value checked at
// run time (the package's wantsValue); in a JSON Schema document
// (schemaOnly) also a schema whose type a wrapper narrows, an
// additionalProperties beside a union, or a merge a struct cannot hold or
// whose members contradict each other. A tuple whose positions hold objects keeps its
// Go shape in JSON Schema documents too: tuples decode in one pass with the
// reader (runtime/jsonread_tuple.go), which records what an object at a
// position lacks or has too many of, so DecodeT sees it
// (golden/schema-tuple-objects holds CycloneDX's licence choice to the
// reference validator).
func (l *lowerer) wantsValue(s *document.Schema) bool {
	// shape and anonType ask of the same schema, and the answer reads the
	// document through references and allOf: kept once per schema.
	if w, ok := l.wantsCache[s]; ok {
		return w
	}
	w := l.wantsValueUncached(s)
	l.wantsCache[s] = w
	return w
}

// wantsValueUncached is wantsValue without the cache.
func (l *lowerer) wantsValueUncached(s *document.Schema) bool {
	if !l.schemaOnly {
		return wantsValue(s)
	}
	if wantsValue(s) || wrapNarrowsType(s) || additionalBesideUnion(s) {
		return true
	}
	if !needsMerge(s) {
		return false
	}
	// A merge a struct cannot hold, or one whose members contradict each
	// other (no value is both a number and an object): the JSON value
	// checks every member as written.
	m := l.merged(s)
	return mergeOutgrowsStruct(m) || len(m.Unsupported) > 0
}

// additionalBesideUnion reports additionalProperties beside a oneOf or
// anyOf, which applies to every property of every variant since the union
// declares none of its own (Bedrock's ui_texture_definition: false beside
// anyOf of two closed objects admits only {}). An API description's union
// notes it and checks the variants' own (union.go); a JSON Schema file is
// judged by the reference validator, so its JSON value checks it as written.
func additionalBesideUnion(s *document.Schema) bool {
	return rejectsSome(s.AdditionalProperties) && len(s.OneOf)+len(s.AnyOf) > 0
}

// rejectsSome reports whether s, when present, can reject a value: not
// true or {}, which change no verdict.
func rejectsSome(s *document.Schema) bool {
	return s != nil && (s.Bool != nil && !*s.Bool || asserts(s))
}

// wantsValueAt is wantsValue at a depth of references (which can loop).
func wantsValueAt(s *document.Schema, depth int) bool {
	if s.Bool != nil {
		return !*s.Bool
	}
	switch {
	case s.UnevaluatedProperties != nil || s.UnevaluatedItems != nil || len(s.Unsupported) > 0:
		return true
	case len(s.PrefixItems) > 0 && (len(s.Types) == 0 || s.UniqueItems):
		// A tuple with no type also accepts non-arrays; a Go tuple does
		// not compare its items for uniqueness.
		return true
	case s.Not != nil || s.If != nil || s.Contains != nil || s.PropertyNames != nil ||
		len(s.DependentSchemas) > 0 || len(s.PatternProperties) > 0 && !patternMap(s) ||
		len(s.Properties) > 0 && len(s.OneOf)+len(s.AnyOf) > 0 && s.Base == nil,
		len(s.OneOf)+len(s.AnyOf) > 0 && checksBesideUnion(s) && s.Base == nil:
		// A base its variants inherit from (load/inherit.go) is their
		// union: what it says beside the oneOf each variant holds.
		return true
	case allOfWantsValue(s, depth) || mergeDrops(s):
		// Merging allOf into one schema keeps what a struct can check;
		// a member that is a JSON value has more (if, not, a union
		// without a Go shape…), which only the JSON value's allOf keeps.
		return true
	case dependsOnUndeclared(s) || mergeNamesUndeclared(s):
		// A struct sees only its declared properties: whether another
		// member is present is the JSON value's to tell.
		return true
	case untypedBeyondStruct(s):
		return true
	case nullWrapsValue(s, depth):
		return true
	case mergesValue(s) || mergeMeetsUnion(s) && !wrapsBase(s) || allOfNullOnly(s):
		return true
	case len(s.Properties) == 0 && len(s.Required)+len(s.DependentRequired) > 0 && (len(s.Types) == 0 || isObject(s)) && !mergeDeclaresRequired(s):
		// A map (or any value) has no field to be present: the names
		// are looked up at run time.
		return true
	case len(s.Properties) > 0 && s.AdditionalProperties != nil && s.AdditionalProperties.Bool == nil && asserts(s.AdditionalProperties):
		// A struct has no room for the other properties, whose values
		// the schema constrains.
		return true
	case len(s.Types) == 0 && s.HasEnum && !textEnum(s):
		return true
	case len(s.Types) == 0 && s.HasConst && !textConst(s.Const):
		return true
	case wholeValues(s) || enumOutsideTypes(s):
		return true
	case isUnion(s):
		variants := 0
		for _, v := range append(append([]*document.Schema{}, s.OneOf...), s.AnyOf...) {
			if isNullOnly(v) {
				continue
			}
			if !hasGoShape(v, depth+1) {
				return true
			}
			variants++
		}
		// Only null: no variant to make a union of.
		return variants == 0
	}
	return false
}

// allOfWantsValue reports whether a member of s's allOf is a JSON value.
func allOfWantsValue(s *document.Schema, depth int) bool {
	if depth > 8 {
		return false // a loop of references: what is below is seen elsewhere
	}
	for _, m := range s.AllOf {
		if wantsValueAt(m, depth+1) {
			return true
		}
	}
	return false
}

// mergeDrops reports whether a member of s's allOf, reached through $refs
// and nested allOfs as the merge reaches it (allOfMembers), has a keyword
// the merge does not fold in (if, not, contains, propertyNames,
// dependentSchemas, unevaluated keywords, false). allOfWantsValue sees
// those on a member written in place; one named by a bare $ref was merged
// without them (CMake's snippet: allOf [{$ref: snippetConditionals}],
// whose if/then conditions went unchecked).
func mergeDrops(s *document.Schema) bool {
	if len(s.AllOf) == 0 {
		return false
	}
	for _, m := range allOfMembers(s) {
		if m.Bool != nil && !*m.Bool || m.Not != nil || m.If != nil || m.Contains != nil || m.PropertyNames != nil ||
			len(m.DependentSchemas) > 0 || evaluatesAlone(m) || len(m.Unsupported) > 0 {
			return true
		}
	}
	return false
}

// dependsOnUndeclared reports whether a dependentRequired (or draft-7
// dependencies) entry, or the required list, of an object schema with
// properties names a property it does not declare. An allOf is left to
// its merge, which gathers the members' properties.
func dependsOnUndeclared(s *document.Schema) bool {
	if len(s.AllOf) > 0 || len(s.Properties) == 0 || len(s.Required)+len(s.DependentRequired) == 0 {
		return false
	}
	// Asked of every object schema, more than once: a short list is
	// searched in place rather than put in a map first.
	declared := func(name string) bool {
		for _, p := range s.Properties {
			if p.Name == name {
				return true
			}
		}
		return false
	}
	if len(s.Properties) > 16 {
		m := make(map[string]bool, len(s.Properties))
		for _, p := range s.Properties {
			m[p.Name] = true
		}
		declared = func(name string) bool { return m[name] }
	}
	for _, r := range s.Required {
		if !declared(r) {
			return true
		}
	}
	for _, d := range s.DependentRequired {
		if !declared(d.Property) {
			return true
		}
		for _, r := range d.Requires {
			if !declared(r) {
				return true
			}
		}
	}
	return false
}

// wholeValues reports an enum or const that names an array or an object
// where the schema's type allows one (uxp-manifest's `{type: array,
// const: ["all"]}`): a Go slice, map or struct has no equality with a
// JSON value, so Validate could not tell ["all"] from ["dark"]. The JSON
// value compares it whole (jvEqual). Without a type, the cases above
// decide.
func wholeValues(s *document.Schema) bool {
	if len(s.Types) == 0 || !slices.Contains(s.Types, "array") && !slices.Contains(s.Types, "object") {
		return false
	}
	whole := func(v any) bool {
		switch v.(type) {
		case []any, map[string]any:
			return true
		}
		return false
	}
	if s.HasConst && whole(s.Const) {
		return true
	}
	return s.HasEnum && slices.ContainsFunc(s.Enum, whole)
}

// textEnum reports whether an enum's values share a type Go compares
// exactly (strings or booleans, null aside).
func textEnum(s *document.Schema) bool {
	b := enumBase(s)
	return b == "string" || b == "boolean"
}

// numberConst reports whether a const is a number.
func numberConst(c any) bool {
	switch c.(type) {
	case json.Number, float64:
		return true
	}
	return false
}

// textConst reports whether a const is a string or a boolean.
func textConst(c any) bool {
	switch c.(type) {
	case string, bool:
		return true
	}
	return false
}

// hasGoShape reports whether a union variant has a static Go type: a
// single type, properties or items, a string enum, a union of such, or a
// reference to one.
func hasGoShape(s *document.Schema, depth int) bool {
	if depth > 32 || s.Bool != nil {
		return depth > 32
	}
	if s.Ref != nil && isBareRef(s) {
		return hasGoShape(s.Ref, depth+1)
	}
	if numberConstVariant(s) {
		return true // lowered as a Go number by unionOf
	}
	if wantsValueAt(s, depth+1) {
		return false
	}
	switch {
	case len(s.Types) == 1, isObject(s), isArray(s):
		return true
	case len(s.AllOf) > 0:
		// A merge has a Go shape when a member gives one and none needs a
		// JSON value.
		shaped := false
		for _, m := range s.AllOf {
			if wantsValueAt(m, depth+1) {
				return false
			}
			shaped = shaped || hasGoShape(m, depth+1)
		}
		return shaped
	case s.HasEnum:
		return textEnum(s)
	case s.HasConst:
		return textConst(s.Const)
	case isUnion(s):
		for _, v := range append(append([]*document.Schema{}, s.OneOf...), s.AnyOf...) {
			if !isNullOnly(v) && !hasGoShape(v, depth+1) {
				return false
			}
		}
		return true
	}
	return false
}

// untypedBeyondStruct reports a schema with no type that a Go struct,
// slice or map would hold only in part. With no type, each keyword applies
// to its own kind of value and every other kind is valid: a struct keeps
// that (it marks a decoded value that is not an object, ir.Struct.AnyKind),
// but not beside keywords for strings, numbers or arrays; a slice or a map
// has no room for the mark at all. Those are JSON values.
func untypedBeyondStruct(s *document.Schema) bool {
	if len(s.Types) > 0 || s.Bool != nil {
		return false
	}
	arrays := s.Items != nil || len(s.PrefixItems) > 0 || s.Contains != nil ||
		s.MinItems != nil || s.MaxItems != nil || s.UniqueItems
	scalars := s.MinLength != nil || s.MaxLength != nil || s.Pattern != "" || checkedFormat(s.Format) ||
		s.Minimum != nil || s.Maximum != nil || s.ExclusiveMinimum != nil || s.ExclusiveMaximum != nil || s.MultipleOf != nil
	objects := len(s.Properties) > 0 || s.AdditionalProperties != nil || len(s.PatternProperties) > 0 ||
		len(s.Required) > 0 || s.MinProperties != nil || s.MaxProperties != nil
	switch {
	case arrays:
		return true
	case len(s.Properties) > 0:
		return scalars
	}
	return objects && s.AdditionalProperties != nil
}

// mergesValue reports a schema that a merge would make a struct of (allOf
// members, or a $ref beside other keywords) while a member's keywords only
// hold apart: an unevaluatedProperties/unevaluatedItems of a member sees
// only that member's properties, not its cousins', which a merged struct
// cannot keep apart.
func mergesValue(s *document.Schema) bool {
	for _, m := range s.AllOf {
		if evaluatesAlone(m) {
			return true
		}
	}
	// A merge reads its $ref's target one level deep: a target that is
	// itself a reference is checked at run time.
	return s.Ref != nil && !isBareRef(s) && (s.Ref.Ref != nil || evaluatesAlone(s.Ref))
}

// mergeMeetsUnion reports a schema whose allOf merge (walked as merged
// walks it) would put a oneOf or anyOf beside properties, or two of them
// together: the merged struct keeps its properties and drops the union (a
// struct of its properties accepts what no variant does), and of two
// unions keeps the first. Vega's stream is `allOf: [{properties},
// {oneOf: [{required: [type]}, {required: [stream]}, …]}]`.
func mergeMeetsUnion(s *document.Schema) bool {
	if s.Ref != nil && !isBareRef(s) {
		// A $ref beside keywords of its own (2019-09 on) to a union: the
		// merge keeps the union and drops the siblings (a type: object
		// beside a $ref to anyOf [array, object] let arrays through).
		t := s.Ref
		for depth := 0; t.Ref != nil && isBareRef(t) && depth < 8; depth++ {
			t = t.Ref
		}
		if unionsOf(t) > 0 {
			return true
		}
	}
	if len(s.AllOf) == 0 {
		return false
	}
	props, unions := len(s.Properties), unionsOf(s)
	beside := checksBesideUnion(s)
	for _, m := range allOfMembers(s) {
		props += len(m.Properties)
		unions += unionsOf(m)
		beside = beside || checksBesideUnion(m)
	}
	return unions > 0 && (props > 0 || beside) || unions > 1
}

// checksBesideUnion reports whether s has a keyword that checks a value
// of one JSON type (items, minItems, minLength, minimum…), which a union
// beside it does not carry to its variants: `allOf: [anyOf [object,
// anyOf [string, array]], {type: array, items: integer}]` took [1, "a"]
// (randschemas seed 5006's schema), as a union written beside items did.
// Such a schema is a JSON value, checked whole at run time. A type list
// beside a union is the union's own (ir.Union.Kinds).
func checksBesideUnion(s *document.Schema) bool {
	return s.Items != nil || s.MinItems != nil || s.MaxItems != nil || s.UniqueItems ||
		s.MinLength != nil || s.MaxLength != nil || s.Pattern != "" ||
		s.Minimum != nil || s.Maximum != nil || s.ExclusiveMinimum != nil || s.ExclusiveMaximum != nil || s.MultipleOf != nil ||
		s.MinProperties != nil || s.MaxProperties != nil
}

// allOfMembers returns the schemas an allOf merge of s folds in, walked
// as merged walks them (bare $refs followed, a member's own allOf and $ref
// before it, each once), s itself left out.
func allOfMembers(s *document.Schema) []*document.Schema {
	var out []*document.Schema
	seen := map[*document.Schema]bool{s: true}
	var add func(m *document.Schema)
	add = func(m *document.Schema) {
		for m.Ref != nil && isBareRef(m) && !seen[m.Ref] {
			m = m.Ref
		}
		if seen[m] {
			return
		}
		seen[m] = true
		for _, sub := range m.AllOf {
			add(sub)
		}
		if m.Ref != nil {
			add(m.Ref)
		}
		out = append(out, m)
	}
	for _, sub := range s.AllOf {
		add(sub)
	}
	return out
}

// mergeNamesUndeclared reports an allOf whose merge has a dependentRequired
// entry naming a property no member declares: the merged struct has no
// field to see it by. A member reached through a $ref (a definition, or
// another file such as the suite's 2019-09 dependentRequired.json under a
// draft-07 root) counts as one written in place. A required name no member
// declares keeps the struct, with a note that it is not checked: real
// APIs write it (three variants of OpenAI's BetaResponsesServerEvent
// require a response_id none declares), and a JSON value there would take
// the Go types of the whole union.
func mergeNamesUndeclared(s *document.Schema) bool {
	if len(s.AllOf) == 0 {
		return false
	}
	members := append(allOfMembers(s), s)
	declared := map[string]bool{}
	for _, m := range members {
		for _, p := range m.Properties {
			declared[p.Name] = true
		}
	}
	for _, m := range members {
		for _, d := range m.DependentRequired {
			for _, r := range append([]string{d.Property}, d.Requires...) {
				if !declared[r] {
					return true
				}
			}
		}
	}
	return false
}

// mergeDeclaresRequired reports whether the allOf merge of s, a struct,
// declares every name s requires beside it (Adyen's PayToPaymentMethod:
// {allOf: [ShopperIdPaymentMethod, {…}], required: [type]}, type declared
// by the first member), so the struct's fields hold them. A single member
// s only wraps (wrapped) would drop the required list.
func mergeDeclaresRequired(s *document.Schema) bool {
	if len(s.AllOf) == 0 {
		return false
	}
	if _, ok := wrapped(s); ok {
		return false
	}
	declared := map[string]bool{}
	for _, m := range allOfMembers(s) {
		for _, p := range m.Properties {
			declared[p.Name] = true
		}
	}
	for _, r := range s.Required {
		if !declared[r] {
			return false
		}
	}
	for _, d := range s.DependentRequired {
		for _, r := range append([]string{d.Property}, d.Requires...) {
			if !declared[r] {
				return false
			}
		}
	}
	return true
}

// allOfNullOnly reports an allOf with a member that allows only null
// (`{type: null}`): the merge reads it as "nullable" and keeps the other
// members' type, where every member must hold (allOf [integer, null]
// allows nothing but what is both). The JSON value checks each member.
func allOfNullOnly(s *document.Schema) bool {
	if len(s.AllOf) < 2 {
		return false
	}
	for _, m := range s.AllOf {
		for depth := 0; m.Ref != nil && isBareRef(m) && depth < 8; depth++ {
			m = m.Ref
		}
		if isNullOnly(m) {
			return true
		}
	}
	return false
}

// unionsOf counts s's own oneOf and anyOf.
func unionsOf(s *document.Schema) int {
	n := 0
	if len(s.OneOf) > 0 {
		n++
	}
	if len(s.AnyOf) > 0 {
		n++
	}
	return n
}

// evaluatesAlone reports whether s has unevaluated keywords of its own.
func evaluatesAlone(s *document.Schema) bool {
	return s.UnevaluatedProperties != nil || s.UnevaluatedItems != nil
}

// claimValueName claims the name of a value check, check<Hint>, over the
// fixed names, with check<Hint>Own taken along: emit names the check's
// annotation functions annot<Hint> and annot<Hint>Own after it (for
// unevaluated keywords), so a check named checkConfigOwn (a property
// "own" of Config) would declare annotConfigOwn a second time.
func (l *lowerer) claimValueName(hint string) string {
	if l.valueNames == nil {
		l.valueNames = naming.NewScopeOver(fixedReserved)
	}
	// The name and its Own are built in one buffer: a value schema's hint
	// is the path that reached it, long in a large schema, and there is
	// one per value schema.
	buf := naming.AppendExported(append(make([]byte, 0, 96), "check"...), hint)
	n := len(buf)
	for i := 1; ; i++ {
		b := buf[:n]
		if i > 1 {
			b = strconv.AppendInt(b, int64(i), 10)
		}
		m := len(b)
		b = append(b, "Own"...)
		name, own := string(b[:m]), string(b)
		if !l.valueNames.Taken(name) && !l.valueNames.Taken(own) {
			l.valueNames.Take(name)
			l.valueNames.Take(own)
			return name
		}
	}
}
