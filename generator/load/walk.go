package load

import (
	"encoding/json"
	"fmt"
	"maps"
	"math/big"
	"slices"
	"sort"
	"strings"

	"github.com/specgen/specgen/generator/document"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/specgen/specgen/generator/loc"
)

// walker converts compiled schemas into document.Schema values, once each.
type walker struct {
	files *fileSet
	memo  map[*jsonschema.Schema]*document.Schema
	byKey map[string]*document.Schema
	// ahead converts schemas beside the walk, while one runs (ahead.go).
	ahead *walkAhead
}

func newWalker(files *fileSet) *walker {
	return &walker{files: files, memo: map[*jsonschema.Schema]*document.Schema{}, byKey: map[string]*document.Schema{}}
}

// ignoredKeywords are validation keywords that do not change the Go shape
// and that Validate does not check; each occurrence is reported.
// additionalItems is not one: beside array-form items it is the tuple's
// rest (arrayKeywords makes it Items), which Validate checks; anywhere
// else its draft ignores it (and 2020-12 has no such keyword), so there
// is nothing to report. Reporting it made -strict refuse CycloneDX 1.4–1.6
// and flagd, whose tuples are checked whole.
var ignoredKeywords = []string{
	"if", "then", "else", "not", "contains", "minContains", "maxContains",
	"propertyNames", "dependentSchemas", "unevaluatedItems",
	"unevaluatedProperties", "contentSchema",
}

// unsupportedKeywords change what a value can be in ways the generator
// cannot express in Go types; lowering refuses them.
var unsupportedKeywords = []string{"$dynamicRef", "$recursiveRef"}

func (w *walker) schema(cs *jsonschema.Schema) *document.Schema {
	if cs == nil {
		return nil
	}
	if s, ok := w.memo[cs]; ok {
		return s
	}
	p, ok := w.ahead.take(cs)
	if !ok {
		p = w.local(cs)
	}
	if cs.Ref != nil && p.raw != nil && p.raw["$ref"] == nil {
		// A $ref the file has not: a resource of another draft, served
		// apart (dialects.go). The schema is its target.
		s := w.schema(cs.Ref)
		w.memo[cs] = s
		return s
	}
	if s, ok := w.byKey[p.s.Key]; ok {
		// The same place compiled twice (reached through its own root and
		// through a document compiled whole): one schema.
		w.memo[cs] = s
		return s
	}
	s := p.s
	w.byKey[s.Key] = s
	w.memo[cs] = s
	if cs.Always != nil {
		return s
	}

	s.Ref = w.schema(cs.Ref)
	if s.Ref == nil {
		// $dynamicRef and $recursiveRef are followed to where they first
		// resolve; the dynamic scope that can move them is not tracked
		// (lowering notes it).
		if cs.DynamicRef != nil {
			s.Ref = w.schema(cs.DynamicRef)
		} else if cs.RecursiveRef != nil {
			s.Ref = w.schema(cs.RecursiveRef)
		}
	}
	w.objectKeywords(s, cs, p.file, p.ptr)
	w.arrayKeywords(s, cs)
	w.combinators(s, cs)
	refAsMember(s)
	s.Discriminator = discriminator(p.raw, w.mappingTargets(cs).find)
	return s
}

// refAsMember makes a $ref beside members, items or combinators of its
// own (2019-09 on, where its siblings apply; before, the compiler drops
// them) the first member of the schema's allOf, which it means: `{$ref:
// Base, properties: {id}, required: [id]}` is Base's members and id, each
// checked. Lowering merges an allOf and follows a $ref with only value
// keywords beside it (wrapped), but took a $ref beside properties for
// the properties alone, and an allOf beside a $ref for the allOf alone
// (randschemas seed 1: Base's required name and its maxLength went
// unchecked). A dynamic reference stays one (lowering follows its scope),
// and so does a schema that refers to itself.
func refAsMember(s *document.Schema) {
	if s.Ref == nil || s.Dynamic != nil || s.Ref == s {
		return
	}
	if len(s.Properties)+len(s.PatternProperties)+len(s.PrefixItems)+len(s.AllOf)+len(s.AnyOf)+len(s.OneOf) == 0 &&
		s.Items == nil && s.AdditionalProperties == nil {
		return
	}
	s.AllOf = append([]*document.Schema{s.Ref}, s.AllOf...)
	s.Ref, s.RefInAllOf = nil, true
}

// localSchema is a schema converted as far as it goes without the schemas
// it refers to (walker.local); schema links it to them.
type localSchema struct {
	s    *document.Schema
	file *File
	ptr  string
	raw  map[string]any
}

// local converts what of cs is its own: its place, and every keyword
// that holds no schema. It only reads (the walk ahead runs it beside the
// walk, ahead.go).
func (w *walker) local(cs *jsonschema.Schema) localSchema {
	file, ptr := w.files.locate(cs.Location)
	s := &document.Schema{Key: canonicalKey(file, cs.Location, ptr)}
	if file != nil {
		s.Source = file.Source(file.unhidePointer(ptr))
	} else {
		s.Source = loc.Source{File: cs.Location, Pointer: normPointer(ptr)}
	}
	p := localSchema{s: s, file: file, ptr: ptr}
	if cs.Always != nil {
		b := *cs.Always
		s.Bool = &b
		return p
	}
	s.Draft4 = sameDraft(cs.Draft, jsonschema.Draft4)
	at, resource := rawAndResource(file, ptr, s.Key, s.Draft4)
	raw, _ := at.(map[string]any)
	p.raw = raw
	s.Resource = resource
	s.DynamicAnchor, s.RecursiveAnchor = cs.DynamicAnchor, cs.RecursiveAnchor
	s.Dynamic = dynamicRef(cs, raw)
	if _, ok := raw["type"]; ok && len(cs.Types) > 0 {
		// The compiler leaves Types empty where it ignores the keyword
		// (beside $ref before 2019-09): that is no type list, not an
		// empty one that allows nothing.
		s.TypeList = append([]string{}, cs.Types...)
	}
	for _, t := range cs.Types {
		if t == "null" {
			s.Nullable = true
			continue
		}
		s.Types = append(s.Types, t)
	}
	if b, _ := raw["nullable"].(bool); b {
		s.Nullable, s.NullableKeyword = true, true
	}
	s.Format = str(raw["format"])
	s.FormatAnnotation = (sameDraft(cs.Draft, jsonschema.Draft2019) || sameDraft(cs.Draft, jsonschema.Draft2020)) && !w.formatAssertion(file)
	// The compiler reads the content keywords in the drafts that have them.
	s.ContentEncoding, s.ContentMediaType = cs.ContentEncoding, cs.ContentMediaType
	s.Title = str(raw["title"])
	s.Description = str(raw["description"])
	s.Deprecated, _ = raw["deprecated"].(bool)
	s.ReadOnly, _ = raw["readOnly"].(bool)
	s.WriteOnly, _ = raw["writeOnly"].(bool)
	if cs.Enum != nil {
		s.HasEnum = true
		s.Enum = normValues(cs.Enum)
		for _, v := range s.Enum {
			if v == nil {
				s.Nullable = true
			}
		}
	}
	if len(cs.Constant) > 0 {
		s.HasConst = true
		s.Const = normValue(cs.Constant[0])
	}
	if d, ok := raw["default"]; ok {
		s.HasDef = true
		s.Default = d
	}

	s.MinLength = count(cs.MinLength)
	s.MaxLength = count(cs.MaxLength)
	if cs.Pattern != nil {
		// The file's text: the compiler may have compiled a placeholder
		// (compiler_doc.go).
		if p, ok := raw["pattern"].(string); ok {
			s.Pattern = p
		} else {
			s.Pattern = cs.Pattern.String()
		}
	} else if p, ok := raw[ecmaPatternKey].(string); ok {
		s.Pattern = p // hidden from the compiler (patterns.go)
	}
	s.Minimum = rat(cs.Minimum)
	s.Maximum = rat(cs.Maximum)
	s.ExclusiveMinimum = rat(cs.ExclusiveMinimum)
	s.ExclusiveMaximum = rat(cs.ExclusiveMaximum)
	s.MultipleOf = rat(cs.MultipleOf)
	s.MinItems = count(cs.MinItems)
	s.MaxItems = count(cs.MaxItems)
	s.UniqueItems = cs.UniqueItems
	s.MinProperties = count(cs.MinProperties)
	s.MaxProperties = count(cs.MaxProperties)

	for _, k := range ignoredKeywords {
		if _, ok := raw[k]; ok {
			s.Ignored = append(s.Ignored, k)
		}
	}
	for _, k := range unsupportedKeywords {
		if _, ok := raw[k]; ok {
			s.Unsupported = append(s.Unsupported, k)
		}
	}
	s.GoType, s.GoTypeImport = goTypeOf(raw)
	s.GoName = str(raw["x-go-name"])
	s.DiscriminatorValue = str(raw["x-ms-discriminator-value"])
	s.EnumNames = strs(raw["x-enum-varnames"])
	s.EnumDescriptions = strs(raw["x-enum-descriptions"])
	dropUntypedEnumValues(s)
	s.Required = append([]string(nil), cs.Required...)
	return p
}

func (w *walker) objectKeywords(s *document.Schema, cs *jsonschema.Schema, file *File, ptr string) {
	if len(cs.Properties) > 0 {
		for _, name := range orderedKeys(file, child(ptr, "properties"), cs.Properties) {
			s.Properties = append(s.Properties, &document.Property{Name: name, Schema: w.schema(cs.Properties[name])})
		}
	}
	switch ap := cs.AdditionalProperties.(type) {
	case bool:
		s.AdditionalProperties = w.boolSchema(s, "additionalProperties", ap)
	case *jsonschema.Schema:
		s.AdditionalProperties = w.schema(ap)
	}
	if len(cs.PatternProperties) > 0 {
		byPattern := make(map[string]*jsonschema.Schema, len(cs.PatternProperties))
		for re, sub := range cs.PatternProperties {
			byPattern[file.patternName(re.String())] = sub
		}
		for _, p := range orderedKeys(file, child(ptr, "patternProperties"), byPattern) {
			s.PatternProperties = append(s.PatternProperties, &document.Property{Name: p, Schema: w.schema(byPattern[p])})
		}
	}
	if len(cs.DependentRequired) > 0 {
		for _, k := range orderedKeys(file, child(ptr, "dependentRequired"), cs.DependentRequired) {
			s.DependentRequired = append(s.DependentRequired, document.Dependency{Property: k, Requires: cs.DependentRequired[k]})
		}
	}
	// The pointers are made only where there is something to order:
	// most schemas have neither keyword, and these two pointers per
	// schema were two thirds of what the walk's pointer strings cost.
	if len(cs.DependentSchemas) > 0 {
		for _, k := range orderedKeys(file, child(ptr, "dependentSchemas"), cs.DependentSchemas) {
			s.DependentSchemas = append(s.DependentSchemas, &document.Property{Name: k, Schema: w.schema(cs.DependentSchemas[k])})
		}
	}
	// Draft 4–7 dependencies: a list of names is dependentRequired, a
	// schema is dependentSchemas.
	if len(cs.Dependencies) > 0 {
		for _, k := range orderedKeys(file, child(ptr, "dependencies"), cs.Dependencies) {
			switch dep := cs.Dependencies[k].(type) {
			case []string:
				s.DependentRequired = append(s.DependentRequired, document.Dependency{Property: k, Requires: dep})
			case *jsonschema.Schema:
				s.DependentSchemas = append(s.DependentSchemas, &document.Property{Name: k, Schema: w.schema(dep)})
			}
		}
	}
	s.PropertyNames = w.schema(cs.PropertyNames)
}

// boolSchema is the schema true or false written as the value of a keyword
// of s that also takes a boolean (additionalProperties, additionalItems).
func (w *walker) boolSchema(s *document.Schema, keyword string, b bool) *document.Schema {
	return &document.Schema{Key: s.Key + "/" + keyword, Source: s.Source, Bool: &b}
}

func (w *walker) arrayKeywords(s *document.Schema, cs *jsonschema.Schema) {
	switch it := cs.Items.(type) {
	case *jsonschema.Schema:
		s.Items = w.schema(it)
	case []*jsonschema.Schema:
		// Draft 4–2019 tuple form: the same thing as 2020-12 prefixItems.
		for _, sub := range it {
			s.PrefixItems = append(s.PrefixItems, w.schema(sub))
		}
		switch ai := cs.AdditionalItems.(type) {
		case *jsonschema.Schema:
			s.Items = w.schema(ai)
		case bool:
			s.Items = w.boolSchema(s, "additionalItems", ai)
		}
	}
	s.Contains = w.schema(cs.Contains)
	if cs.Contains != nil {
		s.MinContains = count(cs.MinContains)
		s.MaxContains = count(cs.MaxContains)
	}
	if cs.Items2020 != nil {
		s.Items = w.schema(cs.Items2020)
	}
	for _, sub := range cs.PrefixItems {
		s.PrefixItems = append(s.PrefixItems, w.schema(sub))
	}
}

func (w *walker) combinators(s *document.Schema, cs *jsonschema.Schema) {
	for _, sub := range cs.AllOf {
		s.AllOf = append(s.AllOf, w.schema(sub))
	}
	for _, sub := range cs.AnyOf {
		s.AnyOf = append(s.AnyOf, w.schema(sub))
	}
	for _, sub := range cs.OneOf {
		s.OneOf = append(s.OneOf, w.schema(sub))
	}
	s.Not = w.schema(cs.Not)
	s.If, s.Then, s.Else = w.schema(cs.If), w.schema(cs.Then), w.schema(cs.Else)
	s.UnevaluatedProperties = w.schema(cs.UnevaluatedProperties)
	s.UnevaluatedItems = w.schema(cs.UnevaluatedItems)
}

// mappingTargets finds the compiled schemas a discriminator mapping of cs
// names (find). The mapping is either a $ref or a bare schema name;
// compiled subschemas that match are reused, so the target dedupes with
// every other reference.
//
// The variants' locations are worked out once, on the first lookup, not
// once per mapping entry: FHIR R4's root maps 141 names onto its 141
// variants, which made 20,000 locations of the same 141 schemas.
func (w *walker) mappingTargets(cs *jsonschema.Schema) *mappingTargets {
	return &mappingTargets{w: w, cs: cs}
}

type mappingTargets struct {
	w  *walker
	cs *jsonschema.Schema
	// file is the file cs is in (nil if unknown); variants are cs's oneOf
	// then anyOf, each with the canonical key of what it is or refers to,
	// made by the first find.
	file     *File
	variants []mappingVariant
	listed   bool
}

type mappingVariant struct {
	target *jsonschema.Schema
	key    string
}

// find returns the schema ref names among cs's variants, or nil.
func (t *mappingTargets) find(ref string) *document.Schema {
	if !t.listed {
		t.listed = true
		t.file, _ = t.w.files.locate(t.cs.Location)
		for _, group := range [][]*jsonschema.Schema{t.cs.OneOf, t.cs.AnyOf} {
			for _, sub := range group {
				target := sub
				if sub.Ref != nil {
					target = sub.Ref
				}
				file, ptr := t.w.files.locate(target.Location)
				t.variants = append(t.variants, mappingVariant{target, canonicalKey(file, target.Location, ptr)})
			}
		}
	}
	// A $ref in another file ("./ext.yml#/schemas/Foo") is compared as
	// the location it resolves to from the schema's own file.
	// Locations are compared by their canonical keys (file URL and
	// normal pointer), which do not depend on how the compiler was served
	// the schemas or on percent-encoding.
	abs := ""
	if t.file != nil && strings.Contains(ref, "#") {
		if target, frag, err := t.w.files.refs.resolve(t.file.URL, ref); err == nil {
			abs = target + normPointer("#"+frag)
		}
	}
	escaped := "/" + escapeToken(ref)
	for _, v := range t.variants {
		if abs != "" && v.key == abs || strings.HasSuffix(v.key, ref) || strings.HasSuffix(v.key, escaped) {
			return t.w.schema(v.target)
		}
	}
	return nil
}

func discriminator(raw map[string]any, resolve func(string) *document.Schema) *document.Discriminator {
	d, ok := raw["discriminator"].(map[string]any)
	if !ok {
		return nil
	}
	out := &document.Discriminator{PropertyName: str(d["propertyName"])}
	if m, ok := d["mapping"].(map[string]any); ok {
		for _, k := range slices.Sorted(maps.Keys(m)) {
			out.Mapping = append(out.Mapping, document.Property{Name: k, Schema: resolve(str(m[k]))})
			out.Refs = append(out.Refs, str(m[k]))
		}
	}
	return out
}

// orderedKeys returns the keys of m in the order the document lists them
// under pointer, falling back to sorted order for keys it cannot place.
func orderedKeys[V any](file *File, pointer string, m map[string]V) []string {
	if len(m) == 0 {
		return nil // most schemas: no need to find the pointer in the file
	}
	var keys []string
	seen := map[string]bool{}
	if file != nil {
		for _, k := range file.Keys(pointer) {
			if _, ok := m[k]; ok && !seen[k] {
				keys = append(keys, k)
				seen[k] = true
			}
		}
	}
	var rest []string
	for k := range m {
		if !seen[k] {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	return append(keys, rest...)
}

func rawAt(file *File, ptr string) any {
	if file == nil {
		return nil
	}
	v := file.Value
	for tok := range pointerTokenSeq(ptr) {
		switch x := v.(type) {
		case map[string]any:
			v = x[tok]
		case []any:
			i, ok := digitsIndex(tok)
			if !ok {
				if _, err := fmt.Sscanf(tok, "%d", &i); err != nil {
					return nil
				}
			}
			if i < 0 || i >= len(x) {
				return nil
			}
			v = x[i]
		default:
			return nil
		}
	}
	return v
}

// digitsIndex reads an array index written in decimal digits only (what
// Sscanf's %d reads it as, without its cost: rawAt runs for every schema);
// false for anything else, which rawAt leaves to Sscanf.
func digitsIndex(tok string) (int, bool) {
	if tok == "" || len(tok) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

func count(n int) *int64 {
	if n < 0 {
		return nil
	}
	v := int64(n)
	return &v
}

func rat(r *big.Rat) *float64 {
	if r == nil {
		return nil
	}
	f, _ := r.Float64()
	return &f
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

func strs(v any) []string {
	list, ok := v.([]any)
	if !ok {
		return nil
	}
	out := make([]string, 0, len(list))
	for _, x := range list {
		out = append(out, fmt.Sprint(x))
	}
	return out
}

// normValues converts decoded JSON values to the forms the IR uses: strings,
// bools, nil, json.Number for numbers, and nested []any / map[string]any.
func normValues(vs []any) []any {
	out := make([]any, len(vs))
	for i, v := range vs {
		out[i] = normValue(v)
	}
	return out
}

func normValue(v any) any {
	switch x := v.(type) {
	case float64:
		return json.Number(fmt.Sprint(x))
	case int:
		return json.Number(fmt.Sprint(x))
	}
	return v
}

// goTypeOf reads the x-go-type extension in its two forms: oapi-codegen's
// string, with the package in x-go-type-import {path}, and go-swagger's
// object {type, import: {package}} (Moby's `Addr` of net/netip).
func goTypeOf(raw map[string]any) (typ, importPath string) {
	switch x := raw["x-go-type"].(type) {
	case string:
		imp, _ := raw["x-go-type-import"].(map[string]any)
		return x, str(imp["path"])
	case map[string]any:
		imp, _ := x["import"].(map[string]any)
		return str(x["type"]), str(imp["package"])
	}
	return "", ""
}

// formatAssertion reports whether the metaschema the $schema of file's
// root names declares the format-assertion vocabulary (required or not:
// an implementation that knows the vocabulary asserts format either way):
// then format asserts in 2019-09 and 2020-12 as in the drafts before.
func (w *walker) formatAssertion(file *File) bool {
	if file == nil {
		return false
	}
	root, _ := file.Value.(map[string]any)
	u, _ := root["$schema"].(string)
	meta, ok := w.files.known(strings.TrimSuffix(u, "#"))
	if u == "" || !ok {
		return false
	}
	m, _ := meta.Value.(map[string]any)
	vocabulary, _ := m["$vocabulary"].(map[string]any)
	for v := range vocabulary {
		if strings.HasSuffix(v, "/vocab/format-assertion") {
			return true
		}
	}
	return false
}
