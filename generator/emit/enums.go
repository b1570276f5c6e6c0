package emit

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// enumUnits are enums.gen.go's pieces: every enum declaration.
func (e *emitter) enumUnits() ([]unit, bool) {
	us := e.declUnits(isEnum, func(d *ir.Decl) unit {
		return unit{weight: 2 * declWeight(d), write: func(e *emitter, f *jen.File) { e.genEnum(f, d, d.Type.(*ir.Enum)) }}
	})
	return us, len(us) > 0
}

func isEnum(d *ir.Decl) bool {
	_, ok := d.Type.(*ir.Enum)
	return ok
}

// genEnum writes a named type, a constant per value and the methods that
// list and check values.
//
//	type WorkspaceTransition string
//
//	const (
//		WorkspaceTransitionStart WorkspaceTransition = "start"
//		…
//	)
//
//	func (WorkspaceTransition) Values() []WorkspaceTransition
//	func (v WorkspaceTransition) IsKnown() bool
//	func (v WorkspaceTransition) Validate() error
func (e *emitter) genEnum(f *jen.File, d *ir.Decl, en *ir.Enum) {
	f.Line()
	f.Add(typeDoc(d))
	f.Type().Id(d.Name).Add(kindType(en.Base.Kind))

	if len(en.Values) > 0 {
		f.Line()
		f.Comment(fmt.Sprintf("// The values of %s that the schema lists.", d.Name))
		f.Const().DefsFunc(func(g *jen.Group) {
			for _, v := range en.Values {
				g.Add(docComment(v.Doc, false))
				if str, ok := v.Value.(string); ok {
					// The usual line as its text (compact.go).
					g.Id(v.Name + " " + d.Name + " = " + strconv.Quote(str))
					continue
				}
				g.Id(v.Name).Id(d.Name).Op("=").Lit(enumLit(en.Base.Kind, v.Value))
			}
		})
	}

	f.Line()
	f.Comment(fmt.Sprintf("// Values returns every value of %s that the schema lists, in its order.", d.Name))
	// The methods' headers as their text (compact.go).
	f.Id("func (" + d.Name + ") Values() []" + d.Name).Block(
		jen.Return(jen.Id("[]" + d.Name).ValuesFunc(func(g *jen.Group) {
			for _, v := range en.Values {
				g.Id(v.Name)
			}
		})),
	)

	f.Line()
	f.Comment(fmt.Sprintf("// IsKnown reports whether v is one of the values the schema lists. Decoding\n// accepts any %s, as a newer server may send values this package\n// does not know; Validate reports them.", kindName(en.Base.Kind)))
	sorted, table := enumTable(en)
	if table {
		f.Id("func (v " + d.Name + ") IsKnown() bool").Block(
			jen.Id("return knownString(sortedValues" + d.Name + ", string(v))"),
		)
		f.Line()
		// A table, not a switch: a string switch is code the compiler built
		// again wherever IsKnown was inlined and in its pointer wrapper.
		f.Comment(fmt.Sprintf("// sortedValues%s is %s's values in byte order, for IsKnown (knownString).", d.Name, d.Name))
		f.Var().Id("sortedValues" + d.Name).Op("=").Index().String().ValuesFunc(func(g *jen.Group) {
			for _, v := range sorted {
				g.Add(quoted(v))
			}
		})
	} else {
		f.Id("func (v " + d.Name + ") IsKnown() bool").BlockFunc(func(g *jen.Group) {
			if len(en.Values) == 0 {
				g.Return(jen.False())
				return
			}
			g.Switch(jen.Id("v")).Block(
				jen.CaseFunc(func(c *jen.Group) {
					for _, v := range en.Values {
						c.Id(v.Name)
					}
				}).Block(jen.Return(jen.True())),
			)
			g.Return(jen.False())
		})
	}

	f.Line()
	f.Comment("// Validate returns a *ValueError when v is not one of the values the\n// schema lists.")
	f.Id("func (v "+d.Name+") Validate() error").Block(
		jen.Id("if v.IsKnown()").Block(jen.Id("return nil")),
		jen.Return(jen.Op("&").Id("ValueError").Values(jen.Dict{
			jen.Id("Message"): notOneOf(en.Base.Kind, jen.Id("v"), enumValues(en.Values)),
		})),
	)
}

// enumSwitchMax is the most values an enum's IsKnown checks with a switch:
// a switch of a few strings is little code, and inlined into validate it
// is what keeps Validate fast; a longer one is code the compiler built
// again wherever IsKnown was inlined and in its pointer wrapper.
const enumSwitchMax = 4

// enumTable returns a string enum's distinct values in byte order, and
// whether IsKnown looks them up there (string enums of more than
// enumSwitchMax values; the others, and other kinds, keep a switch).
func enumTable(en *ir.Enum) ([]string, bool) {
	if en.Base.Kind != ir.KindString || len(en.Values) <= enumSwitchMax {
		return nil, false
	}
	var out []string
	for _, v := range en.Values {
		s, ok := v.Value.(string)
		if !ok {
			return nil, false
		}
		out = append(out, s)
	}
	slices.Sort(out)
	return slices.Compact(out), true
}

// enumValues returns the values of an enum in the IR's value form.
func enumValues(vs []*ir.EnumValue) []any {
	out := make([]any, len(vs))
	for i, v := range vs {
		out[i] = v.Value
	}
	return out
}

// enumLit converts an enum value to a literal of the base kind.
func enumLit(k ir.Kind, v any) any {
	switch x := v.(type) {
	case int64:
		if k == ir.KindFloat64 || k == ir.KindFloat32 {
			return float64(x)
		}
		return int(x)
	}
	return v
}

// allowedText renders a value list as the message shows it, computed once
// at generation time: "start", "stop", "delete".
func allowedText(vs []any) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		switch x := v.(type) {
		case string:
			parts[i] = strconv.Quote(x)
		case float64:
			parts[i] = strconv.FormatFloat(x, 'g', -1, 64)
		default:
			parts[i] = fmt.Sprint(x)
		}
	}
	return strings.Join(parts, ", ")
}

// notOneOf builds the message for a value outside an allowed set:
// `"bogus" is not one of "start", "stop", "delete"`.
func notOneOf(k ir.Kind, val jen.Code, allowed []any) jen.Code {
	if k == ir.KindString {
		// One call, where strconv.Quote was inlined into every check.
		return jen.Id("quoteNotOneOf").Call(jen.String().Call(val), quoted(" is not one of "+allowedText(allowed)))
	}
	return jen.Add(quoteValue(k, val)).Op("+").Add(quoted(" is not one of " + allowedText(allowed)))
}

// quoteValue renders a value of kind k for a message, at run time.
func quoteValue(k ir.Kind, val jen.Code) *jen.Statement {
	switch {
	case k == ir.KindString:
		return jen.Qual("strconv", "Quote").Call(jen.String().Call(val))
	case k.IsInteger():
		return jen.Qual("strconv", "FormatInt").Call(jen.Int64().Call(val), jen.Lit(10))
	case k == ir.KindFloat32 || k == ir.KindFloat64:
		return jen.Qual("strconv", "FormatFloat").Call(jen.Float64().Call(val), jen.LitByte('g'), jen.Lit(-1), jen.Lit(64))
	case k == ir.KindBool:
		return jen.Qual("strconv", "FormatBool").Call(jen.Bool().Call(val))
	}
	return jen.Qual("fmt", "Sprint").Call(val)
}
