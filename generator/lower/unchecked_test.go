package lower

import (
	"slices"
	"testing"

	"github.com/specgen/specgen/generator/ir"
)

// TestUncheckedAgreesWithApply holds lowering's notes to what emit checks:
// for every Go shape and every keyword, a keyword that could constrain a
// value of the shape's JSON type is either checked (ir.Rules.Apply, which
// emit's checks follow, or ir.Rules.Counted, which decoding's record
// counts) or noted as unchecked (uncheckedKeywords), never
// both and never neither; one that cannot (minimum on a string) is
// neither. A union use's minLength was neither until this test.
func TestUncheckedAgreesWithApply(t *testing.T) {
	one, two := int64(1), 2.0
	keywords := map[string]struct {
		json string // the JSON type the keyword constrains; "" for any
		set  func(*ir.Rules)
	}{
		"minLength":        {"string", func(r *ir.Rules) { r.MinLength = &one }},
		"maxLength":        {"string", func(r *ir.Rules) { r.MaxLength = &one }},
		"pattern":          {"string", func(r *ir.Rules) { r.Pattern = "^a" }},
		"minimum":          {"number", func(r *ir.Rules) { r.Minimum = &two }},
		"maximum":          {"number", func(r *ir.Rules) { r.Maximum = &two }},
		"exclusiveMinimum": {"number", func(r *ir.Rules) { r.ExclusiveMinimum = &two }},
		"exclusiveMaximum": {"number", func(r *ir.Rules) { r.ExclusiveMaximum = &two }},
		"multipleOf":       {"number", func(r *ir.Rules) { r.MultipleOf = &two }},
		"minItems":         {"array", func(r *ir.Rules) { r.MinItems = &one }},
		"maxItems":         {"array", func(r *ir.Rules) { r.MaxItems = &one }},
		"uniqueItems":      {"array", func(r *ir.Rules) { r.UniqueItems = true }},
		"minProperties":    {"object", func(r *ir.Rules) { r.MinProperties = &one }},
		"maxProperties":    {"object", func(r *ir.Rules) { r.MaxProperties = &one }},
		"dependentRequired": {"object", func(r *ir.Rules) {
			r.DependentRequired = []ir.Dependency{{Property: "a", Requires: []string{"b"}}}
		}},
		"enum":  {"", func(r *ir.Rules) { r.Enum = []any{"a"} }},
		"const": {"", func(r *ir.Rules) { r.Const, r.HasConst = "a", true }},
	}
	prim := func(k ir.Kind) ir.Type { return &ir.Primitive{Kind: k} }
	union := &ir.Decl{Name: "U", Type: &ir.Union{}}
	object := &ir.Decl{Name: "O", Type: &ir.Struct{}}
	all := []string{"string", "number", "boolean", "array", "object"}
	shapes := []struct {
		name string
		use  ir.Type
		json []string
	}{
		{"string", prim(ir.KindString), []string{"string"}},
		{"uuid", prim(ir.KindUUID), []string{"string"}},
		{"date-time", prim(ir.KindTime), []string{"string"}},
		{"bytes", prim(ir.KindBytes), []string{"string"}},
		{"bool", prim(ir.KindBool), []string{"boolean"}},
		{"int64", prim(ir.KindInt64), []string{"number"}},
		{"float64", prim(ir.KindFloat64), []string{"number"}},
		{"string enum", &ir.Enum{Base: &ir.Primitive{Kind: ir.KindString}}, []string{"string"}},
		{"integer enum", &ir.Enum{Base: &ir.Primitive{Kind: ir.KindInt64}}, []string{"number"}},
		{"array", &ir.Slice{Elem: prim(ir.KindString)}, []string{"array"}},
		{"map", &ir.Map{Elem: prim(ir.KindString)}, []string{"object"}},
		{"use of a struct", &ir.Ref{Decl: object}, []string{"object"}},
		{"any", &ir.Any{}, all},
		{"use of a union", &ir.Ref{Decl: union}, all},
	}
	for _, sh := range shapes {
		for name, kw := range keywords {
			r := &ir.Rules{}
			kw.set(r)
			checked := r.Apply(shapeOf(sh.use)) || r.Counted(shapeOf(sh.use))
			noted := slices.Contains(uncheckedKeywords(sh.use, map[string]bool{name: true}), name)
			constrains := kw.json == "" || slices.Contains(sh.json, kw.json)
			switch {
			case checked && noted:
				t.Errorf("%s on %s: checked and noted as unchecked", name, sh.name)
			case constrains && !checked && !noted:
				t.Errorf("%s on %s: neither checked nor noted", name, sh.name)
			case !constrains && (checked || noted):
				t.Errorf("%s on %s holds trivially, but checked=%v noted=%v", name, sh.name, checked, noted)
			}
		}
	}
}
