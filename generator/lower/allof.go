package lower

import (
	"fmt"
	"regexp"
	"slices"

	"github.com/specgen/specgen/generator/document"
	"github.com/specgen/specgen/generator/emit/runtime"
	"github.com/specgen/specgen/generator/ir"
)

// needsMerge reports whether s is an allOf that lowering merges into one
// schema (anything but the single-schema wrapper that wrapped handles).
func needsMerge(s *document.Schema) bool {
	if len(s.AllOf) == 0 {
		return false
	}
	_, isWrapper := wrapped(s)
	return !isWrapper
}

// merged returns s with its allOf folded in: one schema whose properties
// are those of every member (in member order, then s's own), whose required
// list is their union, and whose other keywords come from whichever member
// sets them. It is what `allOf: [Base, {properties: …}]` means for a Go
// type: one struct with every field. The result keeps s's Key, so it
// dedupes with every other use of s. Members that both constrain a
// property, the items or the other properties make it the conjunction of
// the two; members that disagree on another keyword are reported, and the
// first definition wins.
func (l *lowerer) merged(s *document.Schema) *document.Schema {
	if m, ok := l.mergedCache[s.Key]; ok {
		return m
	}
	out := *s
	out.AllOf = nil
	out.Properties = nil
	out.PatternProperties = nil
	out.Required = nil
	out.DependentRequired = nil
	l.mergedCache[s.Key] = &out

	seen := map[*document.Schema]bool{s: true}
	var add func(m *document.Schema)
	add = func(m *document.Schema) {
		for m.Ref != nil && isBareRef(m) && !seen[m.Ref] {
			m = m.Ref
		}
		if seen[m] && m != s {
			return
		}
		seen[m] = true
		for _, sub := range m.AllOf {
			add(sub)
		}
		if m.Ref != nil && m != s {
			add(m.Ref)
		}
		l.mergeInto(&out, m, s)
	}
	for _, sub := range s.AllOf {
		add(sub)
	}
	own := *s
	own.AllOf = nil
	own.Ref = nil
	l.mergeInto(&out, &own, s)
	if l.schemaOnly {
		closeMergedProperties(&out, append(allOfMembers(s), &own))
	}
	if len(out.Types) == 0 && len(out.Properties) > 0 && !l.schemaOnly {
		// An OpenAPI document's allOf of properties is an object. In a
		// JSON Schema file, members that name no type take any value
		// (tslint's rules: allOf [{properties}, {properties}] given a
		// string); the struct keeps that (ir.Struct.AnyKind).
		out.Types = []string{"object"}
	}
	return &out
}

// closeMergedProperties makes each property of the merge out also satisfy
// the additionalProperties of every member that neither declares it nor
// names it by a pattern: to that member it is another property. JSON-LD's
// schema is `allOf: [{properties: {@context}}, {additionalProperties:
// {$ref: common}}]`, so @context must be a common too; the merge checked
// @context by its own schema alone. `additionalProperties: false` beside
// allOf members with properties of their own so forbids those properties,
// as the reference validator does. Only for JSON Schema files: an OpenAPI
// document's allOf is read as composition (the Go type of every member's
// fields), as the generators it replaces read it.
func closeMergedProperties(out *document.Schema, members []*document.Schema) {
	for _, m := range members {
		ap := m.AdditionalProperties
		if ap == nil || ap.Bool != nil && *ap.Bool || ap.Bool == nil && !asserts(ap) {
			continue
		}
		for i, p := range out.Properties {
			if propIndex(m.Properties, p.Name) >= 0 || namedByPattern(m.PatternProperties, p.Name) {
				continue
			}
			both := *p
			both.Schema = conjunction(p.Schema, ap)
			out.Properties = slices.Clone(out.Properties)
			out.Properties[i] = &both
		}
	}
}

// mergeOutgrowsStruct reports an allOf merge m that a struct cannot hold
// although wantsValue did not make s one: patterns, or other properties
// the schema constrains beside properties, gathered from several members
// (wantsValue does not look through a member that is a bare $ref). A struct keeps only its declared properties, so
// such a merge is a JSON value in JSON Schema files, as the same keywords
// written in one schema are; an OpenAPI document keeps its struct and the
// note that the other properties are not kept.
func mergeOutgrowsStruct(m *document.Schema) bool {
	return len(m.PatternProperties) > 0 && !patternMap(m) ||
		len(m.Properties) > 0 && m.AdditionalProperties != nil && m.AdditionalProperties.Bool == nil && asserts(m.AdditionalProperties)
}

// namedByPattern reports whether one of the patterns matches name, or
// whether one cannot be read in Go (then the property is left as it was:
// what cannot be decided is not made stricter).
func namedByPattern(patterns []*document.Property, name string) bool {
	for _, pp := range patterns {
		re2, err := runtime.ECMARegexpForGo(pp.Name)
		if err != nil || re2 == "" {
			return true
		}
		if re, err := regexp.Compile(re2); err != nil || re.MatchString(name) {
			return true
		}
	}
	return false
}

// mergeInto folds member m into out (the merge of owner's allOf).
func (l *lowerer) mergeInto(out, m, owner *document.Schema) {
	conflict := func(what string) {
		l.noteAs(ir.NoteChoice, m.Source, "allOf of %s: %s differs between members; the first is kept", describe(owner), what)
	}
	if len(m.Types) > 0 {
		if len(out.Types) == 0 {
			out.Types = m.Types
		} else if both := commonTypes(out.Types, m.Types); len(both) > 0 {
			out.Types = both
		} else if len(out.Unsupported) == 0 {
			if l.schemaOnly {
				// No value is both: the JSON value checks the members
				// as written (lowerer.wantsValue), and refuses any value.
				l.noteAs(ir.NoteChoice, m.Source, "members of %s have incompatible types %v and %v: no value is valid there", describe(owner), out.Types, m.Types)
			} else {
				// No value is both: nothing to type, but the API may
				// send something all the same; keep its bytes.
				l.degrade(ir.NoteRawJSON, m.Source, "members of %s have incompatible types %v and %v; the value is typed json.RawMessage", describe(owner), out.Types, m.Types)
			}
			out.Unsupported = append(slices.Clone(out.Unsupported), "allOf")
		}
	}
	if m.TypeList != nil {
		// The type keyword as written is the members' conjunction too: a
		// union beside it (`allOf: [anyOf [object, string], {type:
		// array}]`) keeps only the variants it allows (besideKinds,
		// typedVariants), as one written beside the union does
		// (randschemas seed 5006 took an object there).
		if out.TypeList == nil {
			out.TypeList = m.TypeList
		} else {
			out.TypeList = append([]string{}, commonTypes(out.TypeList, m.TypeList)...)
		}
	}
	out.Properties = mergeProperties(out.Properties, m.Properties)
	// Every member's patterns hold for the merge: a member's
	// patternProperties beside another's properties make a struct too
	// small (mergeOutgrowsStruct), which dropping them hid (web-types'
	// html: `allOf: [{$ref: host}]`, host's patterns unchecked).
	out.PatternProperties = mergeProperties(out.PatternProperties, m.PatternProperties)
	for _, r := range m.Required {
		if !contains(out.Required, r) {
			out.Required = append(out.Required, r)
		}
	}
	if out.Description == "" {
		out.Description = m.Description
	}
	if out.Title == "" {
		out.Title = m.Title
	}
	out.Deprecated = out.Deprecated || m.Deprecated
	if m.HasEnum {
		if out.HasEnum && fmt.Sprint(out.Enum) != fmt.Sprint(m.Enum) {
			if both, ok := enumMeet(out.Enum, m.Enum); ok && l.schemaOnly {
				// Both enums hold: a value is in each (rush's parameter
				// kinds: allOf [a base's enum of all kinds, {enum:
				// [integer]}] made every kind match every variant).
				out.Enum = both
				if len(both) == 0 && len(out.Unsupported) == 0 {
					l.noteAs(ir.NoteChoice, m.Source, "members of %s have enums with no value in common: no value is valid there", describe(owner))
					out.Unsupported = append(slices.Clone(out.Unsupported), "allOf")
				}
			} else {
				conflict("enum")
			}
		} else if !out.HasEnum {
			out.HasEnum, out.Enum = true, m.Enum
		}
	}
	if out.Format == "" {
		out.Format = m.Format
	}
	out.AdditionalProperties = conjunction(out.AdditionalProperties, m.AdditionalProperties)
	out.Items = conjunction(out.Items, m.Items)
	if len(out.OneOf) == 0 {
		out.OneOf = m.OneOf
	}
	if len(out.AnyOf) == 0 {
		out.AnyOf = m.AnyOf
	}
	if out.Discriminator == nil {
		out.Discriminator = m.Discriminator
	}
	mergeBounds(out, m)
}

// conjunction returns the schema a value must satisfy to satisfy both a
// and b, either of which may be nil (absent): the other, one of them when
// they are the same, else an allOf of the two. Two members of an allOf
// that both constrain a property (or the items, or the other properties)
// both hold there: `allOf: [{properties: {source: {type: string}}},
// {properties: {source: false}}]` forbids source. The allOf is a schema
// of its own, keyed by its members, so every use of the same pair shares
// one type; lowering merges it in turn, or makes it a JSON value where a
// merge cannot keep both (false, a not…). A boolean schema decides alone:
// false and anything is false, true and anything is the other. Two
// members that each allow only their pattern's names (`patternProperties:
// {P: …}, additionalProperties: false`, flagd's flag variants) so merge
// into a pattern map, not a JSON value.
func conjunction(a, b *document.Schema) *document.Schema {
	switch {
	case a == nil:
		return b
	case b == nil || sameSchema(a, b):
		return a
	case a.Bool != nil:
		if *a.Bool {
			return b
		}
		return a
	case b.Bool != nil:
		if *b.Bool {
			return a
		}
		return b
	}
	return &document.Schema{Key: a.Key + "&" + b.Key, Source: b.Source, AllOf: []*document.Schema{a, b}}
}

// mergeBounds takes each validation keyword from m when out lacks it.
func mergeBounds(out, m *document.Schema) {
	pick := func(a, b *int64) *int64 {
		if a != nil {
			return a
		}
		return b
	}
	pickf := func(a, b *float64) *float64 {
		if a != nil {
			return a
		}
		return b
	}
	out.MinLength, out.MaxLength = pick(out.MinLength, m.MinLength), pick(out.MaxLength, m.MaxLength)
	out.MinItems, out.MaxItems = pick(out.MinItems, m.MinItems), pick(out.MaxItems, m.MaxItems)
	out.MinProperties, out.MaxProperties = pick(out.MinProperties, m.MinProperties), pick(out.MaxProperties, m.MaxProperties)
	out.Minimum, out.Maximum = pickf(out.Minimum, m.Minimum), pickf(out.Maximum, m.Maximum)
	out.ExclusiveMinimum = pickf(out.ExclusiveMinimum, m.ExclusiveMinimum)
	out.ExclusiveMaximum = pickf(out.ExclusiveMaximum, m.ExclusiveMaximum)
	out.MultipleOf = pickf(out.MultipleOf, m.MultipleOf)
	if out.Pattern == "" {
		out.Pattern = m.Pattern
	}
	out.UniqueItems = out.UniqueItems || m.UniqueItems
	// Every member's dependencies hold: keep them all, not the first's.
	out.DependentRequired = append(slices.Clip(out.DependentRequired), m.DependentRequired...)
	if !out.HasConst && m.HasConst {
		out.HasConst, out.Const = true, m.Const
	}
}

// sameSchema reports whether a and b are one schema, through bare $refs.
func sameSchema(a, b *document.Schema) bool {
	for a.Ref != nil && isBareRef(a) {
		a = a.Ref
	}
	for b.Ref != nil && isBareRef(b) {
		b = b.Ref
	}
	return a == b || a.Key == b.Key
}

// isBareRef reports whether s is only a $ref (annotations aside): no
// keyword beside it asserts anything (asserts). A 2019-09 `{$ref: base,
// required: [a]}` is not bare: its required holds beside the target's
// keywords, and an allOf merge that went straight to the target dropped it.
func isBareRef(s *document.Schema) bool {
	if s.Ref == nil {
		return false
	}
	return !assertsBesideRef(s) && len(s.Unsupported) == 0
}

// throughBareRefs follows s's bare $refs to the schema they name, at most
// 16 of them (bare refs can loop).
func throughBareRefs(s *document.Schema) *document.Schema {
	for i := 0; s.Ref != nil && isBareRef(s) && i < 16; i++ {
		s = s.Ref
	}
	return s
}

// mergeProperties adds a member's properties (or patternProperties) to
// the merge's: one named in both must satisfy both schemas.
func mergeProperties(out, add []*document.Property) []*document.Property {
	for _, p := range add {
		if i := propIndex(out, p.Name); i >= 0 {
			if prev := out[i]; !sameSchema(prev.Schema, p.Schema) {
				both := *prev
				both.Schema = conjunction(prev.Schema, p.Schema)
				out = slices.Clone(out)
				out[i] = &both
			}
			continue
		}
		out = append(out, p)
	}
	return out
}

func propIndex(ps []*document.Property, name string) int {
	for i, p := range ps {
		if p.Name == name {
			return i
		}
	}
	return -1
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// describe names a schema in messages.
func describe(s *document.Schema) string {
	return s.Source.Pointer
}

// commonTypes returns the JSON types both lists admit, in a's order; an
// integer is a number.
func commonTypes(a, b []string) []string {
	var out []string
	for _, t := range a {
		switch {
		case slices.Contains(b, t):
			out = append(out, t)
		case t == "integer" && slices.Contains(b, "number"):
			out = append(out, t)
		case t == "number" && slices.Contains(b, "integer"):
			out = append(out, "integer")
		}
	}
	return slices.Compact(out)
}
