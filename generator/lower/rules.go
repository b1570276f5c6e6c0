package lower

import (
	"encoding/json"

	"github.com/specgen/specgen/generator/document"
	"github.com/specgen/specgen/generator/ir"
)

// checkedFormat reports whether Validate checks format on a string (on a
// uuid.UUID or time.Time the Go type holds it instead, typedFormat);
// ir.FormatCheck is the one table of checkable formats.
func checkedFormat(format string) bool { return ir.FormatCheck(format) != "" }

// formatAsserted reports whether a typed field checks s's format rather
// than only annotating with it. JSON Schema 2019-09 and 2020-12 only
// annotate unless the user asks (-assert-format) or the metaschema's
// vocabulary does (document.Schema.FormatAnnotation), and the reference
// validator then accepts any string; generating from an OpenAPI document
// keeps typed fields' formats checked in every version (the JSON Schema
// files it uses included), as OpenAPI's format registry makes format part
// of the type. Where format chose uuid.UUID or time.Time (an OpenAPI
// document, -typed-formats) decoding rejects what they cannot hold; a JSON
// Schema file's UUIDString and DateTimeString are strings, checked by this
// rule like any other (formatKind, docs/formats.md).
func (l *lowerer) formatAsserted(s *document.Schema) bool {
	return !s.FormatAnnotation || !l.schemaOnly || l.cfg.AssertFormat
}

// typeHintFormats only choose a Go type; there is nothing to check.
// int8, int16, uint8 and uint16 are the widths Rust's schemars writes
// beside minimum/maximum (Tauri's, Deno's and Biome's schemas): no format
// of JSON Schema, which the reference validator passes as unknown, so
// noting them made -strict refuse schemas Validate checks exactly.
var typeHintFormats = map[string]bool{
	"int32": true, "int64": true, "int": true, "uint": true, "uint32": true,
	"uint64": true, "float": true, "double": true, "byte": true,
	"binary": true, "password": true, "number": true, "integer": true,
	"int8": true, "int16": true, "uint8": true, "uint16": true,
}

// setRules copies the validation keywords of s onto the use-site rules of
// t (merging with what t already has).
func setRules(t ir.Type, s *document.Schema, l *lowerer) {
	r := t.Rules()
	if s.MinLength != nil {
		r.MinLength = s.MinLength
	}
	if s.MaxLength != nil {
		r.MaxLength = s.MaxLength
	}
	if l.checkPattern(s, "pattern", s.Pattern) {
		r.Pattern = s.Pattern
	}
	if s.Minimum != nil {
		r.Minimum = s.Minimum
	}
	if s.Maximum != nil {
		r.Maximum = s.Maximum
	}
	if s.ExclusiveMinimum != nil {
		r.ExclusiveMinimum = s.ExclusiveMinimum
	}
	if s.ExclusiveMaximum != nil {
		r.ExclusiveMaximum = s.ExclusiveMaximum
	}
	if s.MultipleOf != nil {
		r.MultipleOf = s.MultipleOf
	}
	if s.MinItems != nil {
		r.MinItems = s.MinItems
	}
	if s.MaxItems != nil {
		r.MaxItems = s.MaxItems
	}
	if s.UniqueItems {
		r.UniqueItems = true
	}
	if s.MinProperties != nil {
		r.MinProperties = s.MinProperties
	}
	if s.MaxProperties != nil {
		r.MaxProperties = s.MaxProperties
	}
	if len(s.DependentRequired) > 0 {
		r.DependentRequired = dependencies(s.DependentRequired)
	}
	if s.HasConst {
		r.Const, r.HasConst = irValue(s.Const), true
	}
	if p, ok := t.(*ir.Primitive); ok {
		if s.HasEnum && p.Kind == ir.KindBool {
			r.Enum = irValues(nonNull(s.Enum))
		}
		if s.Format != "" && p.Kind.IsText() && checkedFormat(s.Format) && l.formatAsserted(s) {
			r.Format = s.Format
		}
		if p.Kind.IsText() {
			r.ContentEncoding, r.ContentMediaType = l.assertedContent(s)
		}
	}
	l.checkRulesApply(t, s)
}

// checkKeywords reports keywords that lowering cannot honour: a schema
// with an unsupported one is raw JSON (see rawJSON), ignored ones are not
// checked; each is a note (an error under Strict).
func (l *lowerer) checkKeywords(s *document.Schema) {
	// One store, the set's length telling whether the key was new: a
	// schema's key is a JSON pointer, long in a large schema, and a
	// lookup before the store hashed it twice.
	n := len(l.checked)
	if l.checked[s.Key] = true; len(l.checked) == n {
		return
	}
	for _, k := range s.Unsupported {
		l.degrade(ir.NoteRawJSON, s.Source, "%s: specgen cannot follow it; the value is typed json.RawMessage, its JSON kept byte for byte", k)
	}
	for _, k := range s.Ignored {
		l.degrade(ir.NoteUnchecked, s.Source, "keyword %q is not checked by Validate", k)
	}
	if s.Format != "" && !checkedFormat(s.Format) && !typeHintFormats[s.Format] && l.formatAsserted(s) {
		l.degrade(ir.NoteUnchecked, s.Source, "format %q is not checked by Validate", s.Format)
	}
}

// irValue converts a loaded JSON value to the IR's forms: json.Number
// becomes int64 when integral, else float64.
func irValue(v any) any {
	switch x := v.(type) {
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return i
		}
		f, _ := x.Float64()
		return f
	case []any:
		return irValues(x)
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = irValue(e)
		}
		return out
	}
	return v
}

func irValues(vs []any) []any {
	out := make([]any, len(vs))
	for i, v := range vs {
		out[i] = irValue(v)
	}
	return out
}

// dependencies carries dependentRequired into the IR.
func dependencies(ds []document.Dependency) []ir.Dependency {
	if ds == nil {
		return nil
	}
	out := make([]ir.Dependency, len(ds))
	for i, d := range ds {
		out[i] = ir.Dependency{Property: d.Property, Requires: d.Requires}
	}
	return out
}

// assertedContent returns the content keywords of s that Validate checks:
// both as written when the user asked (AssertContent) and ir.ContentCheck
// has a check for the pair, else none.
func (l *lowerer) assertedContent(s *document.Schema) (encoding, mediaType string) {
	if !l.cfg.AssertContent {
		return "", ""
	}
	if fn, _ := ir.ContentCheck(s.ContentEncoding, s.ContentMediaType); fn == "" {
		return "", ""
	}
	return s.ContentEncoding, s.ContentMediaType
}

// assertsContent reports whether Validate checks content keywords of s.
func (l *lowerer) assertsContent(s *document.Schema) bool {
	enc, mt := l.assertedContent(s)
	return enc != "" || mt != ""
}
