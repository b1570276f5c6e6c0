package lower

import (
	"github.com/specgen/specgen/generator/document"
	"github.com/specgen/specgen/generator/ir"
)

// declFor returns the declaration for s, making it on first use. Named
// schemas keep the name nameDefinitions chose; any other schema is named
// from hint, the path that reached it ("WorkspaceLatestBuild").
func (l *lowerer) declFor(s *document.Schema, hint string) *ir.Decl {
	if d, ok := l.decls[s.Key]; ok {
		return d
	}
	name, named := l.names[s.Key]
	specName, origin := l.specNames[s.Key], ir.OriginNamed
	if !named {
		if hint == "" {
			hint = "Type"
		}
		var renamed bool
		name, renamed = l.scope.Claim(hint)
		if renamed {
			l.noteAs(ir.NoteRenamed, s.Source, "inline schema is named %s: %s is taken", name, hint)
		}
		specName, origin = s.Source.Pointer, ir.OriginInline
	}
	d := &ir.Decl{
		Name: name, Origin: origin, SchemaName: specName, Doc: docOf(s), Deprecated: isDeprecated(s),
		Source: s.Source,
	}
	// Register before lowering the body: recursive schemas refer back here.
	l.decls[s.Key] = d
	d.Type = l.shape(s, name)
	if l.roots[s.Key] {
		l.rootShape(d, s)
	}
	return d
}

// shape returns what a declaration stands for: a struct, an enum, or (for
// schemas that are neither) the type they describe.
func (l *lowerer) shape(s *document.Schema, name string) ir.Type {
	if l.wantsValue(s) || l.inDynamicScope(s) {
		l.noteInheritValue(s, name)
		return l.valueType(s, name)
	}
	l.checkKeywords(s)
	if len(s.Unsupported) > 0 {
		return rawJSON()
	}
	if needsMerge(s) {
		s = l.merged(s)
	}
	if len(s.Unsupported) > 0 {
		return rawJSON() // members that contradict each other
	}
	if target, ok := wrapped(s); ok {
		return l.wrap(s, target, name)
	}
	switch {
	case isUnion(s):
		return l.unionOf(s, name)
	case len(s.Types) > 1:
		if u := typeVariants(s); u != nil {
			return l.unionOf(u, name)
		}
		l.degrade(ir.NoteRawJSON, s.Source, "%s: its enum or const allows none of its types %v; it is typed json.RawMessage", name, s.Types)
		return rawJSON()
	case len(s.PrefixItems) > 0:
		t := l.tupleOf(s, name)
		for _, it := range t.Items {
			if ref, ok := it.Type.(*ir.Ref); ok && ref.Decl != nil && ref.Decl == l.decls[s.Key] {
				// A tuple holding itself by value has no Go type: a JSON
				// value, checked at run time.
				return l.valueType(s, name)
			}
		}
		return t
	case isObject(s) && len(s.Properties) > 0:
		if len(s.OneOf)+len(s.AnyOf) > 0 {
			l.noteAs(ir.NoteNotGenerated, s.Source, "oneOf/anyOf next to properties is not represented: %s is a struct of its properties", name)
		}
		return l.structOf(s, name)
	case s.HasEnum && enumBase(s) != "":
		return l.enumOf(s, name)
	}
	// Anything else (a map, a slice, a scalar; `type: object` with nothing
	// else is a free-form map, as a struct with no fields would drop what
	// the API sends) is declared as the type it describes.
	return l.anonType(s, name)
}

// typeOf returns the type of a use of s. Schemas that need a declaration
// (objects with properties, enums) are declared, named from hint.
func (l *lowerer) typeOf(s *document.Schema, hint string) ir.Type {
	if s == nil {
		return &ir.Any{}
	}
	if id, ok := l.overrides[s.Key]; ok {
		return &ir.Ref{External: id}
	}
	if id, ok := l.goType(s); ok {
		return &ir.Ref{External: id}
	}
	if _, named := l.names[s.Key]; named {
		return &ir.Ref{Decl: l.declFor(s, "")}
	}
	return l.anonType(s, hint)
}

// anonType is typeOf for a schema that is not used by name: the schema
// itself, described in place (a declaration's own shape, or an inline use).
func (l *lowerer) anonType(s *document.Schema, hint string) ir.Type {
	if s.Bool != nil {
		// true accepts anything: any. false accepts nothing: a JSON value
		// whose check always fails (a property that must be absent).
		if !*s.Bool {
			return l.valueType(s, hint)
		}
		return &ir.Any{}
	}
	if l.wantsValue(s) {
		return l.valueType(s, hint)
	}
	l.checkKeywords(s)
	if len(s.Unsupported) > 0 {
		return rawJSON()
	}
	if target, ok := wrapped(s); ok {
		return l.wrap(s, target, hint)
	}
	if needsMerge(s) {
		m := l.merged(s)
		if len(m.Unsupported) > 0 {
			return rawJSON()
		}
		if isObject(m) && len(m.Properties) > 0 || m.HasEnum && enumBase(m) != "" {
			return &ir.Ref{Decl: l.declFor(s, hint)}
		}
		s = m
	}
	if isUnion(s) || len(s.Properties) > 0 && len(s.OneOf)+len(s.AnyOf) > 0 {
		return &ir.Ref{Decl: l.declFor(s, hint)}
	}
	if len(s.Types) > 1 {
		return &ir.Ref{Decl: l.declFor(s, hint)} // a union, one variant per type
	}
	if len(s.PrefixItems) > 0 {
		return &ir.Ref{Decl: l.declFor(s, hint)}
	}

	var t ir.Type
	switch {
	case s.HasEnum && enumBase(s) != "" && !(len(s.Enum) == 0):
		// The declaration carries the schema's rules; the use adds none.
		return &ir.Ref{Decl: l.declFor(s, hint)}
	case isObject(s) && len(s.Properties) > 0:
		return &ir.Ref{Decl: l.declFor(s, hint)}
	case isObject(s):
		t = l.mapOf(s, hint)
	case isArray(s):
		sl := &ir.Slice{Elem: l.elem(s.Items, hint+"Item"), ElemNullable: s.Items != nil && isNullable(s.Items) && !l.nullMatchesTwice(s.Items)}
		sl.ElemPointer = elemPointer(sl.ElemNullable, sl.Elem)
		sl.NullRejected = l.schemaOnly && s.Items != nil && !sl.ElemNullable && (typedNotNull(s.Items) || l.nullMatchesTwice(s.Items))
		t = sl
	case len(s.Types) == 1:
		t = l.primitive(s)
	case s.HasConst:
		t = l.constType(s)
	case asserts(s) || l.assertsContent(s):
		// No Go shape, but keywords to check: a JSON value checked at run
		// time.
		return l.valueType(s, hint)
	default:
		t = &ir.Any{}
	}
	setRules(t, s, l)
	return t
}

// mapOf lowers an object without declared properties.
func (l *lowerer) mapOf(s *document.Schema, hint string) ir.Type {
	if patternMap(s) {
		pp := s.PatternProperties[0]
		l.checkPattern(s, "patternProperties", pp.Name)
		m := &ir.Map{Elem: l.elem(pp.Schema, hint+"Value"), ElemNullable: isNullable(pp.Schema)}
		m.ElemPointer = elemPointer(m.ElemNullable, m.Elem)
		m.Check.KeyPattern = pp.Name
		return m
	}
	ap := s.AdditionalProperties
	if len(s.PatternProperties) > 0 {
		// Keys are not matched against the patterns: with one pattern and
		// no additionalProperties every value gets the pattern's type,
		// otherwise the patterns are not checked at all.
		l.uncheckedRule(s, "patternProperties")
	}
	if ap == nil && len(s.PatternProperties) == 1 {
		// One pattern: a map whose keys Validate could check; the values
		// have the pattern's type.
		ap = s.PatternProperties[0].Schema
	}
	if ap == nil || (ap.Bool != nil && *ap.Bool) {
		return &ir.Map{Elem: &ir.Any{}}
	}
	m := &ir.Map{Elem: l.elem(ap, hint+"Value"), ElemNullable: isNullable(ap) && !l.nullMatchesTwice(ap)}
	m.ElemPointer = elemPointer(m.ElemNullable, m.Elem)
	m.NullRejected = l.schemaOnly && !m.ElemNullable && (typedNotNull(ap) || l.nullMatchesTwice(ap))
	return m
}

// elem lowers the schema of array items or map values.
func (l *lowerer) elem(s *document.Schema, hint string) ir.Type {
	if s == nil {
		return &ir.Any{}
	}
	return l.typeOf(s, hint)
}

// wrap lowers a schema that only refines another one (`$ref` with sibling
// keywords, or `allOf` of a single schema): the type is the target's, and
// the wrapper's validation keywords (an enum narrowed to a subset, a
// format, bounds) become rules of this use.
func (l *lowerer) wrap(s, target *document.Schema, hint string) ir.Type {
	t := l.typeOf(target, hint)
	if s.HasEnum && !sameEnum(t, s.Enum) {
		t.Rules().Enum = irValues(nonNull(s.Enum))
	}
	setRules(t, s, l)
	return t
}

// primitive lowers a scalar type, choosing the Go kind from the format.
func (l *lowerer) primitive(s *document.Schema) ir.Type {
	p := &ir.Primitive{Format: s.Format}
	format := s.Format
	if l.schemaOnly && typeHintFormats[format] {
		// OpenAPI's type hints (int32, uint64, float, byte…) are no
		// format of JSON Schema: a validator reading the file accepts
		// 1e12, -1, 1.5 or "not base64" where the type allows it, so
		// the Go type is the type's own (Kubernetes' schemas, derived
		// from its OpenAPI document, write int32 and byte throughout).
		format = ""
	}
	switch s.Types[0] {
	case "string":
		switch format {
		case "uuid", "date-time":
			p.Kind = l.formatKind(format)
		case "byte":
			p.Kind = ir.KindBytes
		default:
			p.Kind = ir.KindString
		}
	case "integer":
		switch format {
		case "int32":
			p.Kind = ir.KindInt32
		case "uint32":
			p.Kind = ir.KindUint32
		case "uint64", "uint":
			p.Kind = ir.KindUint64
		case "int":
			p.Kind = ir.KindInt
		default:
			p.Kind = ir.KindInt64
		}
	case "number":
		switch format {
		case "float":
			p.Kind = ir.KindFloat32
		case "int32":
			p.Kind = ir.KindInt32
		case "int64":
			p.Kind = ir.KindInt64
		default:
			p.Kind = ir.KindFloat64
		}
	case "boolean":
		p.Kind = ir.KindBool
	case "null":
		return &ir.Any{}
	}
	return p
}

// formatKind is the Go kind of a string of format uuid or date-time. In
// OpenAPI documents (and the JSON Schema files they use) format is part of
// the type, and the Go types are uuid.UUID and time.Time. In JSON Schema
// files they are the runtime's string types, which decode any string: a
// validator reading the file accepts text time.Time cannot hold (a leap
// second, a lower-case t) and, where format only annotates, any string,
// and rejects forms uuid.UUID would read ("{…}"); Validate checks the text
// where the draft asserts the format, as on any string (docs/formats.md).
// -typed-formats asks for the OpenAPI types there too.
func (l *lowerer) formatKind(format string) ir.Kind {
	typed := !l.schemaOnly || l.cfg.TypedFormats
	switch {
	case format == "uuid" && typed:
		return ir.KindUUID
	case format == "uuid":
		return ir.KindUUIDString
	case typed:
		return ir.KindTime
	}
	return ir.KindDateTimeString
}

// sameEnum reports whether values lists exactly the values of the enum t
// refers to, so that "narrowing" to the full set is not a rule.
func sameEnum(t ir.Type, values []any) bool {
	ref, ok := t.(*ir.Ref)
	if !ok || ref.Decl == nil {
		return false
	}
	en, ok := ref.Decl.Type.(*ir.Enum)
	if !ok {
		return false
	}
	vs := irValues(nonNull(values))
	if len(vs) != len(en.Values) {
		return false
	}
	for _, v := range vs {
		found := false
		for _, ev := range en.Values {
			if ev.Value == v {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// constType types a schema with only `const`: the constant's JSON type.
func (l *lowerer) constType(s *document.Schema) ir.Type {
	switch s.Const.(type) {
	case string:
		return &ir.Primitive{Kind: ir.KindString}
	case bool:
		return &ir.Primitive{Kind: ir.KindBool}
	}
	switch irValue(s.Const).(type) {
	case int64:
		return &ir.Primitive{Kind: ir.KindInt64}
	case float64:
		return &ir.Primitive{Kind: ir.KindFloat64}
	}
	return &ir.Any{}
}
