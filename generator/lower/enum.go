package lower

import (
	"fmt"
	"strconv"

	"github.com/specgen/specgen/generator/document"
	"github.com/specgen/specgen/generator/ir"
	"github.com/specgen/specgen/generator/naming"
)

// enumOf lowers an enum schema to a named type with one constant per value.
// Constant names are the type name followed by the value in Go case
// (WorkspaceStatusRunning, WorkspaceRoleEmpty for "", WorkspaceAppOpenInSlimWindow
// for "slim-window"), or by x-enum-varnames when the spec gives them.
func (l *lowerer) enumOf(s *document.Schema, typeName string) *ir.Enum {
	base := &ir.Primitive{Kind: ir.KindString, Format: s.Format}
	switch enumBase(s) {
	case "integer":
		base.Kind = ir.KindInt64
		if s.Format == "int32" {
			base.Kind = ir.KindInt32
		}
	case "number":
		base.Kind = ir.KindFloat64
	}
	e := &ir.Enum{Base: base}
	for i, v := range nonNull(s.Enum) {
		val := irValue(v)
		suffix := ""
		if i < len(s.EnumNames) && s.EnumNames[i] != "" {
			suffix = naming.Exported(s.EnumNames[i])
		}
		if suffix == "" {
			suffix = naming.EnumValue(enumText(val))
		}
		want := typeName + suffix
		name, renamed := l.scope.Claim(want)
		if renamed {
			l.note(s.Source, "enum value %s of %s is named %s: %s is taken", enumText(val), typeName, name, want)
		}
		ev := &ir.EnumValue{Name: name, Value: val}
		if i < len(s.EnumDescriptions) {
			ev.Doc = s.EnumDescriptions[i]
		}
		e.Values = append(e.Values, ev)
	}
	setRules(e, s, l)
	return e
}

// enumText renders an enum value the way its constant name is spelled from.
func enumText(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	}
	return fmt.Sprint(v)
}
