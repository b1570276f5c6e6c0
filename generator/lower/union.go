package lower

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/specgen/specgen/generator/document"
	"github.com/specgen/specgen/generator/ir"
	"github.com/specgen/specgen/generator/naming"
)

// isUnion reports whether s is a oneOf/anyOf that lowering makes a union
// (or, for constants only, an enum), rather than a nullable wrapper.
func isUnion(s *document.Schema) bool {
	if len(s.OneOf) == 0 && len(s.AnyOf) == 0 {
		return false
	}
	if len(s.Properties) > 0 && s.Base == nil {
		// An object with properties and a oneOf: the struct wins (noted).
		// A base its variants inherit from is their union: each variant
		// holds the base's properties (load/inherit.go).
		return false
	}
	_, isNullable := nullWrapper(s)
	return !isNullable
}

// unionOf lowers oneOf/anyOf. Variants that are all constants make an enum
// (the OpenAPI 3.1 idiom for documented enum values); otherwise the result
// is a Union whose variants are declared types.
func (l *lowerer) unionOf(s *document.Schema, name string) ir.Type {
	group, oneOf := s.OneOf, true
	if len(group) == 0 {
		group, oneOf = s.AnyOf, false
	}
	var variants []*document.Schema
	for _, v := range group {
		if isNullOnly(v) {
			continue // null is a nullable union, not a variant
		}
		variants = append(variants, v)
	}
	variants = l.typedVariants(s, variants, name)
	if allConst(variants) {
		return l.constEnum(s, variants, name)
	}
	if len(variants) == 0 {
		// Only null: a union of no variants would be a sum type nothing
		// implements; any holds the null (and Validate has nothing to add).
		l.noteAs(ir.NoteChoice, s.Source, "%s admits only null; it is typed any", name)
		return &ir.Any{}
	}
	if rejectsSome(s.AdditionalProperties) {
		// JSON Schema applies it to every property of the object, since
		// the union declares none itself: `additionalProperties: false`
		// beside the oneOf (Jira's CustomFieldContextDefaultValue)
		// refuses every variant's properties. Its authors meant the
		// variants' own; the union checks those as the variants say.
		l.reportKeyword(s, "additionalProperties", "", "additionalProperties beside oneOf/anyOf is not checked: the union declares no properties of its own, so as written it applies to every property of every variant")
	}
	l.noteInherit(s, variants, name)
	variants = l.dropUnnamedBase(s, variants)
	if isInheritBase(s) {
		// The base's own properties are named for it (CatalogType), as
		// they would be on its struct, not for the first variant that
		// merges them (PolarisCatalogType).
		for _, p := range s.Base.Properties {
			l.typeOf(p.Schema, name+naming.Exported(p.Name))
		}
	}
	u := &ir.Union{OneOf: oneOf, Kinds: l.besideKinds(s, variants)}
	u.ValueName, _ = l.scope.Claim(name + "Value")
	if s.Discriminator != nil {
		u.Discriminator = s.Discriminator.PropertyName
	}
	untagged := 0                     // the first variant without a discriminator value, plus one
	unselectable := 0                 // the first variant whose property allows none of its tags, plus one
	var allowed []any                 // the values that variant's property allows
	var deadTag string                // and the tag that cannot select it
	optional := 0                     // in a JSON Schema file, the first variant that does not require it, plus one
	taken := l.namedTags(s, variants) // discriminator value → the Key of the variant that claims it
	for i, v := range variants {
		target := v
		for target.Ref != nil && isBareRef(target) {
			target = target.Ref
		}
		hint := name + variantWord(target, i)
		if b := target.BaseOf; b != nil && b != s {
			// A descendant that is a base of its own, as itself (Shark's
			// own properties: SharkBase), load/inherit_mapped.go.
			if n, ok := l.specNames[b.Key]; ok {
				hint = naming.Exported(shortName(n)) + "Base"
			}
		}
		var t ir.Type
		if numberConstVariant(v) {
			// API descriptions write integer enums as oneOf of consts
			// with titles: each is a named Go number (LevelHigh), which
			// specgen diff follows, not a JSON value. The cost: an
			// integral float (1.0) for it does not decode, where JSON
			// Schema says it equals 1.
			t = l.constType(v)
			setRules(t, v, l)
		} else {
			t = l.typeOf(v, hint)
		}
		decl := l.variantDecl(s, i, t, hint)
		if target.BaseOf == s && decl.Origin != ir.OriginVariant {
			// The base among its descendants: what it holds is a value
			// that is none of them, not the union its schema names.
			// The schema's description stays after it.
			intro := fmt.Sprintf("%s holds a %s that is none of its named descendants: the properties of %s alone.", decl.Name, name, decl.SchemaName)
			if desc := strings.TrimSpace(decl.Doc); desc == "" {
				decl.Doc = intro
			} else if !strings.HasPrefix(desc, intro) {
				decl.Doc = intro + "\n\n" + desc
			}
		}
		variant := &ir.Variant{Decl: decl, JSONType: jsonType(l, target)}
		flat := target
		if needsMerge(flat) {
			flat = l.merged(flat)
		}
		variant.Required = append([]string(nil), flat.Required...)
		if u.Discriminator != "" && l.schemaOnly && optional == 0 && !slices.Contains(variant.Required, u.Discriminator) {
			optional = i + 1
		}
		if u.Discriminator != "" {
			if !unnamedBase(s, target) {
				variant.Tags = l.variantTags(s, target, taken)
			}
			for _, tag := range variant.Tags {
				if taken[tag] == "" {
					taken[tag] = target.Key
				}
			}
			if len(variant.Tags) == 0 && untagged == 0 && !unnamedBase(s, target) {
				untagged = i + 1
			}
			if pins := pinnedProperty(flat, u.Discriminator); pins != nil && len(variant.Tags) > 0 && !anyPinned(variant.Tags, pins) {
				if unselectable == 0 && mapped(s, target) {
					unselectable, allowed, deadTag = i+1, pins, variant.Tags[0]
				} else if !mapped(s, target) {
					// Its pin went to an earlier variant and its name is
					// refused by it: the others still decode by their tags.
					l.noteAs(ir.NoteChoice, v.Source, "variant %d of %s is named %q by default, which its property %q does not allow (%s, claimed by another variant): no value selects it (map it in discriminator.mapping)", i+1, name, variant.Tags[0], u.Discriminator, pinList(pins))
				}
			}
			if st, ok := decl.Underlying().Type.(*ir.Struct); ok {
				for _, f := range st.Fields {
					if f.JSONName == u.Discriminator && textField(f.Type) {
						variant.TagField = f
					}
				}
			}
		}
		if target == s.Base && u.Discriminator != "" && s.Discriminator != nil && !l.requiresTag(s) {
			// Encoding leaves its tag as the caller set it: absent is
			// what it decoded from.
			u.Untagged, variant.TagField = variant, nil
		}
		if same := sameDecl(u.Variants, decl); same != nil {
			// Go cannot tell two variants of one type apart (a duplicate
			// marker method, a duplicate type-switch case); decoding took
			// the first anyway, so the later one only adds its tags.
			l.noteAs(ir.NoteChoice, v.Source, "variant %d of %s is the same Go type as an earlier one (%s); it is merged into it", i+1, name, decl.Name)
			for _, tag := range variant.Tags {
				if !slices.Contains(same.Tags, tag) {
					same.Tags = append(same.Tags, tag)
				}
			}
			continue
		}
		u.Variants = append(u.Variants, variant)
	}
	switch {
	case unselectable > 0:
		// Revolut's Revolut-Pay maps "revolut_pay_account" to a variant
		// whose subtype is one of revolut_account and card: no answer
		// names it, and every one was refused as naming no variant.
		l.degrade(ir.NoteUnionByShape, variants[unselectable-1].Source, "the discriminator of %s selects variant %d by %q, which its property %q does not allow (%s): no value selects it; the union is decoded by the variants' shapes, as one without a discriminator (map the values the property allows)", name, unselectable, deadTag, u.Discriminator, pinList(allowed))
	case untagged > 0:
		// A value of that variant could never be decoded by its tag:
		// choose every variant by its shape instead, as without a
		// discriminator.
		l.degrade(ir.NoteUnionByShape, variants[untagged-1].Source, "variant %d of %s has no discriminator value (map it in discriminator.mapping or use a named schema); the union is decoded by the variants' shapes, as one without a discriminator", untagged, name)
	case optional > 0:
		// In a JSON Schema file discriminator is only an annotation: a
		// variant that does not require the property matches values
		// without it (FHIR's Parameters, the one of its 141 resources
		// that does not require resourceType, so `{}` is valid).
		l.noteAs(ir.NoteChoice, variants[optional-1].Source, "variant %d of %s does not require the discriminator property %q, so a value without it may be that variant; the union is decoded by the variants' shapes (discriminator is only an annotation in JSON Schema)", optional, name, u.Discriminator)
	default:
		return u
	}
	u.Discriminator, u.Untagged = "", nil
	for _, v := range u.Variants {
		v.Tags, v.TagField = nil, nil
	}
	return u
}

// textField reports whether a discriminator property's Go type holds text
// (a string, or a string enum or type named so), which encoding can fill
// in with the variant's tag. A variant may type the property otherwise (an
// object, in randspec seed 1796495028994167399): then its value is left as
// the caller sets it ("c.Type == \"\"" on a map did not compile).
func textField(t ir.Type) bool {
	if r, ok := t.(*ir.Ref); ok && r.Decl != nil {
		t = r.Decl.Underlying().Type
	}
	switch t := t.(type) {
	case *ir.Primitive:
		return t.Kind.IsText()
	case *ir.Enum:
		return t.Base != nil && t.Base.Kind == ir.KindString
	}
	return false
}

// numberConstVariant reports whether a union variant is a number const
// and nothing else that asserts (a title or description may stand beside).
func numberConstVariant(v *document.Schema) bool {
	return v.Ref == nil && len(v.Types) == 0 && v.HasConst && numberConst(v.Const) &&
		len(v.OneOf)+len(v.AnyOf)+len(v.AllOf) == 0 && v.Not == nil && v.If == nil && !v.HasEnum
}

// sameDecl returns the variant stored as decl, if any.
func sameDecl(vs []*ir.Variant, decl *ir.Decl) *ir.Variant {
	for _, v := range vs {
		if v.Decl == decl {
			return v
		}
	}
	return nil
}

// variantDecl returns the declaration a variant is stored as: the declared
// type itself when it can carry a method (a struct, enum, union or named
// collection), else a wrapper declaration over the variant's type.
func (l *lowerer) variantDecl(s *document.Schema, i int, t ir.Type, hint string) *ir.Decl {
	if ref, ok := t.(*ir.Ref); ok && ref.Decl != nil && ref.Check.Empty() {
		switch ref.Decl.Type.(type) {
		case *ir.Struct, *ir.Enum, *ir.Union, *ir.Slice, *ir.Map:
			return ref.Decl
		}
	}
	key := s.Key + "/variant/" + strconv.Itoa(i)
	if d, ok := l.decls[key]; ok {
		return d
	}
	if admitsAnyJSON(t) {
		// A defined type made from an interface cannot have methods, so a
		// variant that is any JSON value holds it as its raw text.
		t = &ir.Ref{External: rawMessage, Check: *t.Rules()}
	}
	name, _ := l.scope.Claim(hint)
	d := &ir.Decl{Name: name, Origin: ir.OriginVariant, SchemaName: s.Source.Pointer, Type: t, Wrapper: true, Source: s.Source,
		Doc: name + " holds a variant of a union that is not a named object type."}
	l.decls[key] = d
	return d
}

// rawMessage is encoding/json.RawMessage.
var rawMessage = ir.Ident{ImportPath: "encoding/json", Name: "RawMessage"}

// admitsAnyJSON reports whether t is Go's any, directly or through
// aliases.
func admitsAnyJSON(t ir.Type) bool {
	if r, ok := t.(*ir.Ref); ok && r.Decl != nil {
		t = r.Decl.Underlying().Type
	}
	_, ok := t.(*ir.Any)
	return ok
}

// variantTags returns the discriminator values that select target: those
// the mapping lists for it; else those the variant pins its discriminator
// property to (a const or an enum of strings no other variant claims),
// since the variant accepts no other; else (OpenAPI's implicit mapping)
// its schema name, unless another variant took it. OpenAI's thread status
// variants are ActiveStatus with `type: {enum: [active]}`…, and its
// answers say "active": by the schema name alone no real answer decoded.
func (l *lowerer) variantTags(s, target *document.Schema, taken map[string]string) []string {
	var tags []string
	if s.Discriminator != nil {
		for _, m := range s.Discriminator.Mapping {
			if m.Schema != nil && m.Schema.Key == target.Key {
				tags = append(tags, m.Name)
			}
		}
		if len(tags) == 0 {
			tags = l.pinnedTags(target, s.Discriminator.PropertyName, taken)
		}
	}
	if len(tags) == 0 {
		if name, ok := l.specNames[target.Key]; ok && (taken[shortName(name)] == "" || taken[shortName(name)] == target.Key) {
			tags = append(tags, shortName(name))
		}
	}
	return tags
}

// namedTags is the discriminator values the mapping or (by default) the
// schema name gives each variant of s, to the Key of the first variant
// given it: a variant's enum may not claim another's name. A variant told
// by its own pin (takesPin) keeps no name, which another variant's pin
// may then hold (Cat pins "c", Dog pins "Cat").
func (l *lowerer) namedTags(s *document.Schema, variants []*document.Schema) map[string]string {
	owner := map[string]string{}
	if s.Discriminator == nil {
		return owner
	}
	takesPin := l.takesPin(s, variants)
	for _, v := range variants {
		target := v
		for target.Ref != nil && isBareRef(target) {
			target = target.Ref
		}
		named := false
		for _, m := range s.Discriminator.Mapping {
			if m.Schema != nil && m.Schema.Key == target.Key {
				named = true
				if owner[m.Name] == "" {
					owner[m.Name] = target.Key
				}
			}
		}
		if name, ok := l.specNames[target.Key]; ok && !named && !takesPin[target.Key] && owner[shortName(name)] == "" {
			owner[shortName(name)] = target.Key
		}
	}
	return owner
}

// takesPin reports, by Key, the unmapped variants of s whose
// discriminator property is pinned to strings that no other variant pins
// and the mapping gives no one: variantTags gives them those, not their
// names.
func (l *lowerer) takesPin(s *document.Schema, variants []*document.Schema) map[string]bool {
	pins := map[string][]string{}
	count := map[string]int{}
	for _, m := range s.Discriminator.Mapping {
		count[m.Name] += 2
	}
	for _, v := range variants {
		for v.Ref != nil && isBareRef(v) {
			v = v.Ref
		}
		if mapped(s, v) || pins[v.Key] != nil {
			continue
		}
		flat := v
		if needsMerge(flat) {
			flat = l.merged(flat)
		}
		var strs []string
		for _, p := range pinnedProperty(flat, s.Discriminator.PropertyName) {
			str, ok := p.(string)
			if !ok {
				strs = nil
				break
			}
			strs = append(strs, str)
			count[str]++
		}
		pins[v.Key] = strs
	}
	out := map[string]bool{}
	for key, strs := range pins {
		out[key] = len(strs) > 0 && !slices.ContainsFunc(strs, func(p string) bool { return count[p] > 1 })
	}
	return out
}

// pinnedTags returns the strings a variant's property prop is pinned to by
// const or enum, when no other variant claims one (taken); nil otherwise.
// Zaken API's GeoJSON Point pins type to all nine geometry names through
// a shared enum; taken by name, MultiPoint's was a duplicate case.
func (l *lowerer) pinnedTags(target *document.Schema, prop string, taken map[string]string) []string {
	flat := target
	if needsMerge(flat) {
		flat = l.merged(flat)
	}
	var tags []string
	for _, v := range pinnedProperty(flat, prop) {
		str, ok := v.(string)
		if !ok || taken[str] != "" && taken[str] != target.Key || slices.Contains(tags, str) {
			return nil
		}
		tags = append(tags, str)
	}
	return tags
}

// pinnedProperty returns the values flat's property prop is pinned to
// (pinned), nil when it has no such property or nothing pins it.
func pinnedProperty(flat *document.Schema, prop string) []any {
	for _, p := range flat.Properties {
		if p.Name == prop && p.Schema != nil {
			return pinned(p.Schema, 0)
		}
	}
	return nil
}

// mapped reports whether the discriminator's mapping of s lists target:
// its tags are the author's word, not a schema name taken by default (a
// variant whose pin an earlier one took keeps a name it cannot hold, and
// is never selected, with a note: golden/union-discriminator-pinned-tags).
func mapped(s, target *document.Schema) bool {
	for _, m := range s.Discriminator.Mapping {
		if m.Schema != nil && m.Schema.Key == target.Key {
			return true
		}
	}
	return false
}

// anyPinned reports whether one of tags is among the pinned values.
func anyPinned(tags []string, pins []any) bool {
	for _, t := range tags {
		if slices.Contains(pins, any(t)) {
			return true
		}
	}
	return false
}

// pinList writes pinned values for a note: "revolut_account, card".
func pinList(pins []any) string {
	var out []string
	for _, p := range pins {
		out = append(out, fmt.Sprint(p))
	}
	return strings.Join(out, ", ")
}

// pinned returns the values a schema's const or enum allows, looking
// through bare $refs and into allOf (a merged property is the allOf of its
// declarations), whose first pin holds every value the schema accepts; nil
// when nothing pins it.
func pinned(s *document.Schema, depth int) []any {
	for s.Ref != nil && isBareRef(s) {
		s = s.Ref
	}
	switch {
	case s.HasConst:
		return []any{s.Const}
	case s.HasEnum:
		return s.Enum
	case depth > 8:
		return nil // a cycle of allOf
	}
	for _, m := range s.AllOf {
		if vs := pinned(m, depth+1); vs != nil {
			return vs
		}
	}
	return nil
}

// variantWord names an inline variant: its title, else its JSON type, else
// its position.
func variantWord(s *document.Schema, i int) string {
	if s.BaseOf != nil {
		return "Base" // the base itself, among its children (load/inherit_mapped.go)
	}
	if w := naming.Exported(s.Title); w != "" {
		return w
	}
	if len(s.Types) == 1 {
		switch s.Types[0] {
		case "array":
			return "List"
		case "object":
			return "Object"
		default:
			return naming.Exported(s.Types[0])
		}
	}
	return "Variant" + strconv.Itoa(i+1)
}

// jsonType returns the JSON type a variant accepts, for choosing by shape.
func jsonType(l *lowerer, s *document.Schema) ir.JSONType {
	if needsMerge(s) {
		s = l.merged(s)
	}
	if len(s.Types) == 1 {
		return ir.JSONType(s.Types[0])
	}
	switch {
	case len(s.Properties) > 0 || s.AdditionalProperties != nil:
		return ir.JSONObject
	case s.Items != nil:
		return ir.JSONArray
	case s.HasEnum && enumBase(s) != "":
		return ir.JSONType(enumBase(s))
	}
	return ""
}

// allConst reports whether every variant is a bare `const`.
func allConst(vs []*document.Schema) bool {
	if len(vs) == 0 {
		return false
	}
	for _, v := range vs {
		if !v.HasConst || v.Ref != nil || len(v.Properties) > 0 {
			return false
		}
		if _, isString := v.Const.(string); !isString {
			return false
		}
	}
	return true
}

// constEnum makes an enum of oneOf/anyOf constants, naming each value from
// its title and documenting it with its description.
func (l *lowerer) constEnum(s *document.Schema, vs []*document.Schema, name string) ir.Type {
	e := &ir.Enum{Base: &ir.Primitive{Kind: ir.KindString}}
	p := pendingEnum{enum: e, typeName: name, source: s.Source}
	for _, v := range vs {
		val := v.Const.(string)
		suffix := naming.Exported(v.Title)
		if suffix == "" {
			suffix = naming.EnumValue(val)
		}
		p.want = append(p.want, name+suffix)
		e.Values = append(e.Values, &ir.EnumValue{Value: val, Doc: v.Description})
	}
	l.pendingEnums = append(l.pendingEnums, p)
	return e
}

// typedVariants leaves out the variants that `type` beside the union
// rules out: every keyword holds, so a variant of another JSON type can
// never match (renovate's autodiscoverFilter, type [array, null] over
// oneOf [array, string]); kept, it would take a string the schema
// refuses. Where the type rules out every variant they are all kept, as
// before: a union needs one.
func (l *lowerer) typedVariants(s *document.Schema, variants []*document.Schema, name string) []*document.Schema {
	var kept []*document.Schema
	for _, v := range variants {
		if !l.typeExcludes(s, v) {
			kept = append(kept, v)
		}
	}
	if len(kept) == len(variants) || len(kept) == 0 {
		return variants
	}
	for _, v := range variants {
		if slices.Contains(kept, v) {
			continue
		}
		if l.schemaOnly {
			l.noteAs(ir.NoteChoice, v.Source, "a variant of %s is left out: its JSON type is not one the type beside the union allows (%s)", name, strings.Join(s.TypeList, ", "))
		} else {
			l.noteAs(ir.NoteChoice, v.Source, "a variant of %s is kept though the type beside the union (%s) does not allow its JSON type: API descriptions write `type: object` beside a union of an object and a string for both", name, strings.Join(s.TypeList, ", "))
		}
	}
	if !l.schemaOnly {
		// OpenAI's TranscriptionChunkingStrategy: `type: object` beside
		// oneOf ["auto", VadConfig], and the API takes "auto". A client
		// that cannot send it is worse than a check the authors did not
		// mean.
		return variants
	}
	return kept
}

// typeExcludes reports whether the type list beside a union (s) rules out
// its variant v: v has one JSON type, and the list names neither it nor,
// for an integer, number (nor, for a number, integer, which the variant
// holds). A variant of no one type is kept.
func (l *lowerer) typeExcludes(s, v *document.Schema) bool {
	if len(s.TypeList) == 0 || s.NullableKeyword {
		return false
	}
	t := l.variantJSONType(v)
	// A variant of numbers beside integer holds the integers: it stays.
	return t != "" && !typeAllows(s.Types, t) && !(t == ir.JSONNumber && slices.Contains(s.Types, "integer"))
}

// typeAllows reports whether a type list (null aside) allows JSON type t:
// it names t, or number for an integer.
func typeAllows(types []string, t ir.JSONType) bool {
	return slices.Contains(types, string(t)) || t == ir.JSONInteger && slices.Contains(types, "number")
}

// variantJSONType is the one JSON type a variant takes, through bare refs,
// or "".
func (l *lowerer) variantJSONType(v *document.Schema) ir.JSONType {
	return jsonType(l, throughBareRefs(v))
}

// besideKinds returns ir.Union.Kinds for a union s of variants (those
// typedVariants kept): the types of the list beside it where a variant
// could take a value of a type the list does not allow (a nested union, an
// untyped variant; type [null] beside an anyOf of objects in a random
// schema), else nil.
func (l *lowerer) besideKinds(s *document.Schema, variants []*document.Schema) []ir.JSONType {
	if len(s.TypeList) == 0 || s.NullableKeyword || !l.schemaOnly {
		// An API description's type beside a union is read as its
		// authors mean it (typedVariants): the variants decide.
		return nil
	}
	open := false
	for _, v := range variants {
		// A variant the list rules out is here only where it rules out
		// all (typedVariants): decoding refuses every kind then.
		open = open || typeEscapes(s, v) || l.typeExcludes(s, v)
	}
	if !open {
		return nil
	}
	kinds := []ir.JSONType{}
	for _, t := range s.Types {
		kinds = append(kinds, ir.JSONType(t))
	}
	return kinds
}

// markAnyKindVariants sets ir.Variant.AnyKind on the shape unions of JSON
// Schema files, once every declaration is lowered (a variant that is the
// root, or a definition still being lowered, has no struct before).
// JSON Schema's reading: an object schema without a type takes 5 or "x"
// too. OpenAPI descriptions omit `type: object` as a matter of course, and
// their unions are read as their authors mean them: objects only.
func (l *lowerer) markAnyKindVariants() {
	if !l.schemaOnly {
		return
	}
	for _, d := range l.api.Decls {
		u, ok := d.Type.(*ir.Union)
		if !ok || u.Discriminator != "" {
			continue
		}
		for _, v := range u.Variants {
			if st, ok := v.Decl.Underlying().Type.(*ir.Struct); ok && st.AnyKind {
				v.AnyKind = true
			}
		}
	}
}
