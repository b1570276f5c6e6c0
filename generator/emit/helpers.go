package emit

import (
	"fmt"
	"sort"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// pattern returns the package-level variable that holds the compiled
// pattern src, as lowering named it, and marks it used: genPatterns
// declares the patterns the package's code matches.
func (e *emitter) pattern(src string) string {
	i := sort.Search(len(e.api.Patterns), func(i int) bool { return e.api.Patterns[i].Source >= src })
	if i == len(e.api.Patterns) || e.api.Patterns[i].Source != src {
		panic(fmt.Sprintf("emit: pattern %q was not lowered", src))
	}
	if e.patternsUsed == nil {
		e.patternsUsed = map[int]bool{}
	}
	e.patternsUsed[i] = true
	return e.api.Patterns[i].Name
}

// genPatterns declares the compiled patterns the package matches, in the
// order of their names, so that a pattern is compiled once, when the
// package is initialised, and never per call: with Go's regexp in the Go
// form lowering wrote, else with the runtime's ECMA-262 matcher (which has
// the same MatchString).
//
//	var (
//		patternCode          = mustCompileECMARegexp("^(?!x-)\\w+$")
//		patternWorkspaceName = regexp.MustCompile("^[a-z][a-z0-9\\-]*$")
//	)
func (e *emitter) genPatterns(f *jen.File) {
	if len(e.patternsUsed) == 0 {
		return
	}
	used := make([]ir.Pattern, 0, len(e.patternsUsed))
	for i := range e.patternsUsed {
		used = append(used, e.api.Patterns[i])
	}
	sort.Slice(used, func(i, j int) bool { return used[i].Name < used[j].Name })
	f.Line()
	f.Comment("// The schema's patterns, compiled once when the package is initialised.")
	f.Var().DefsFunc(func(g *jen.Group) {
		for _, p := range used {
			if p.Go != "" {
				g.Id(p.Name).Op("=").Qual("regexp", "MustCompile").Call(jen.Lit(p.Go))
			} else {
				g.Id(p.Name).Op("=").Id("mustCompileECMARegexp").Call(jen.Lit(p.Source))
			}
		}
	})
}

// elemEqual returns the function uniqueItems compares the elements of t
// with, or nil when Go's == compares them as JSON does (strings, numbers,
// booleans, enums, UUIDs). Anything else is compared with
// reflect.DeepEqual on the decoded values.
func (e *emitter) elemEqual(t *ir.Slice) jen.Code {
	ptr := t.ElemPointer
	if k, ok := scalarKind(resolved(t.Elem)); ok && !ptr && k != ir.KindTime && k != ir.KindBytes {
		return nil
	}
	et := e.elemType(t.Elem, t.ElemPointer)
	return jen.Func().Params(jen.List(jen.Id("a"), jen.Id("b")).Add(et)).Bool().Block(
		jen.Return(jen.Qual("reflect", "DeepEqual").Call(jen.Id("a"), jen.Id("b"))),
	)
}
