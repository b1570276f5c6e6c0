package emit

import (
	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
	"github.com/specgen/specgen/generator/naming"
)

// pattern returns the package-level variable that holds the compiled
// pattern src, declaring it on first use with a name from the place that
// uses it (patternWorkspaceName). The same pattern shares one variable.
func (e *emitter) pattern(src, site string) string {
	if name, ok := e.patterns[src]; ok {
		return name
	}
	if e.patternNames == nil {
		e.patternNames = naming.NewScope()
	}
	name, _ := e.patternNames.Claim("pattern" + site)
	e.patterns[src] = name
	e.patternOrder = append(e.patternOrder, src)
	return name
}

// genPatterns declares the compiled patterns, so that a pattern is compiled
// once, when the package is initialised, and never per call.
//
//	var patternWorkspaceName = regexp.MustCompile("^[a-z][a-z0-9-]*$")
func (e *emitter) genPatterns(f *jen.File) {
	if len(e.patternOrder) == 0 {
		return
	}
	f.Line()
	f.Comment("// The schema's patterns, compiled once when the package is initialised.")
	f.Var().DefsFunc(func(g *jen.Group) {
		for _, src := range e.patternOrder {
			g.Id(e.patterns[src]).Op("=").Qual("regexp", "MustCompile").Call(jen.Lit(ecmaClasses(src)))
		}
	})
}

// elemEqual returns the function uniqueItems compares the elements of t
// with, or nil when Go's == compares them as JSON does (strings, numbers,
// booleans, enums, UUIDs). Anything else is compared with
// reflect.DeepEqual on the decoded values.
func (e *emitter) elemEqual(t *ir.Slice) jen.Code {
	ptr := t.ElemNullable && !ir.Nilable(t.Elem)
	if k, ok := scalarKind(resolved(t.Elem)); ok && !ptr && k != ir.KindTime && k != ir.KindBytes {
		return nil
	}
	et := e.elemType(t.Elem, t.ElemNullable)
	return jen.Func().Params(jen.List(jen.Id("a"), jen.Id("b")).Add(et)).Bool().Block(
		jen.Return(jen.Qual("reflect", "DeepEqual").Call(jen.Id("a"), jen.Id("b"))),
	)
}
