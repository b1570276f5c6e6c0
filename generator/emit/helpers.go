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

// duplicateCall is the call that finds the first two equal items of a
// slice of t for uniqueItems, by JSON equality (1 and 1.0 equal, false and
// 0 not, objects whatever their members' order) and without reflection,
// so that Validate allocates nothing on a valid value:
//
//	firstDuplicate(v.Tags)                                  // ==: strings, numbers, booleans, enums, UUIDs
//	firstDuplicateFunc(v.Enum, jvEqual)                     // any: the decoded JSON values
//	firstDuplicateFunc(v.Rules, func(a, b Rule) bool { return jvEqual(a.V, b.V) }) // JSON values
//	firstDuplicateJSON(v.Points, (*Point).appendJSON)       // anything else: the same JSON text
//
// The last compares what the generated encoder writes, which is one text
// for equal values of one Go type: struct members in field order, map
// keys sorted, numbers in one notation (docs/validation.md).
func (e *emitter) duplicateCall(t *ir.Slice, val jen.Code) jen.Code {
	ptr := t.ElemNullable && !ir.Nilable(t.Elem)
	rt := resolved(t.Elem)
	if k, ok := scalarKind(rt); ok && !ptr && k != ir.KindTime && k != ir.KindBytes {
		return jen.Id("firstDuplicate").Call(val)
	}
	if !ptr {
		switch rt.(type) {
		case *ir.Any:
			return jen.Id("firstDuplicateFunc").Call(val, jen.Id("jvEqual"))
		case *ir.Value:
			et := e.elemType(t.Elem, t.ElemNullable)
			return jen.Id("firstDuplicateFunc").Call(val, jen.Func().Params(jen.List(jen.Id("a"), jen.Id("b")).Add(et)).Bool().Block(
				jen.Return(jen.Id("jvEqual").Call(jen.Id("a").Dot("V"), jen.Id("b").Dot("V"))),
			))
		}
	}
	return jen.Id("firstDuplicateJSON").Call(val, e.itemFunc(t.Elem, t.ElemNullable))
}
