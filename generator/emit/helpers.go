package emit

import (
	"fmt"
	"sort"

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
// once, when the package is initialised, and never per call: with Go's
// regexp in the Go form lowering wrote, else with the runtime's ECMA-262
// matcher (which has the same MatchString).
//
//	var (
//		patternWorkspaceName = regexp.MustCompile("^[a-z][a-z0-9\\-]*$")
//		patternCode          = mustCompileECMARegexp("^(?!x-)\\w+$")
//	)
func (e *emitter) genPatterns(f *jen.File) {
	if len(e.patternOrder) == 0 {
		return
	}
	f.Line()
	f.Comment("// The schema's patterns, compiled once when the package is initialised.")
	f.Var().DefsFunc(func(g *jen.Group) {
		for _, src := range e.patternOrder {
			i := sort.Search(len(e.api.Patterns), func(i int) bool { return e.api.Patterns[i].Source >= src })
			if i == len(e.api.Patterns) || e.api.Patterns[i].Source != src {
				panic(fmt.Sprintf("emit: pattern %q was not lowered", src))
			}
			if re2 := e.api.Patterns[i].Go; re2 != "" {
				g.Id(e.patterns[src]).Op("=").Qual("regexp", "MustCompile").Call(jen.Lit(re2))
			} else {
				g.Id(e.patterns[src]).Op("=").Id("mustCompileECMARegexp").Call(jen.Lit(src))
			}
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
