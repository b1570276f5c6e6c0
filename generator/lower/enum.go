package lower

import (
	"fmt"
	"sort"
	"strconv"

	"github.com/specgen/specgen/generator/document"
	"github.com/specgen/specgen/generator/ir"
	"github.com/specgen/specgen/generator/naming"
)

// enumOf lowers an enum schema to a named type with one constant per value.
// Constant names are the type name followed by the value in Go case
// (WorkspaceStatusRunning, WorkspaceRoleEmpty for "", WorkspaceAppOpenInSlimWindow
// for "slim-window"), or by x-enum-varnames when the spec gives them. They
// are claimed later, by nameEnumConstants.
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
	p := pendingEnum{enum: e, typeName: typeName, source: s.Source}
	for i, v := range nonNull(s.Enum) {
		val := irValue(v)
		suffix := ""
		if i < len(s.EnumNames) && s.EnumNames[i] != "" {
			suffix = naming.Exported(s.EnumNames[i])
		}
		if suffix == "" {
			suffix = naming.EnumValue(enumText(val))
		}
		p.want = append(p.want, typeName+suffix)
		ev := &ir.EnumValue{Value: val}
		if i < len(s.EnumDescriptions) {
			ev.Doc = s.EnumDescriptions[i]
		}
		e.Values = append(e.Values, ev)
	}
	l.pendingEnums = append(l.pendingEnums, p)
	setRules(e, s, l)
	return e
}

// pendingEnum is an enum whose constants are not named yet.
type pendingEnum struct {
	enum     *ir.Enum
	typeName string
	want     []string // the constant name each value wants
	source   ir.Source
}

// nameEnumConstants names the constants of every enum, once every type has
// its name: a constant never takes a type's name (adding an enum property
// would otherwise rename an existing inline type that wanted the same
// name, depending on which was lowered first). Enums are taken in order of
// type name, values in schema order.
func (l *lowerer) nameEnumConstants() {
	sort.SliceStable(l.pendingEnums, func(i, j int) bool {
		return l.pendingEnums[i].typeName < l.pendingEnums[j].typeName
	})
	for _, p := range l.pendingEnums {
		for i, ev := range p.enum.Values {
			name, _ := l.scope.Claim(l.enumWant(p, i, ev))
			if name != p.want[i] {
				l.noteAs(ir.NoteRenamed, p.source, "enum value %s of %s is named %s: %s is taken", enumText(ev.Value), p.typeName, name, p.want[i])
			}
			ev.Name = name
		}
	}
	l.pendingEnums = nil
}

// enumWant is the constant name value i of p asks for: the one it wants,
// or, when another took that and the value has signs its name leaves out,
// the name with them spelled (Sentry's timezones list Etc/GMT+1 and
// Etc/GMT-1).
func (l *lowerer) enumWant(p pendingEnum, i int, ev *ir.EnumValue) string {
	want := p.want[i]
	text, isText := ev.Value.(string)
	if !isText || !l.scope.Taken(want) || want != p.typeName+naming.EnumValue(text) {
		return want
	}
	if signed := p.typeName + naming.EnumValueSigned(text); signed != want && !l.scope.Taken(signed) {
		return signed
	}
	return want
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
