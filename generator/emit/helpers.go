package emit

import (
	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
	"github.com/specgen/specgen/generator/naming"
)

// Run-time helpers that Validate methods call; each is emitted only into
// packages that use it.
const (
	helperDuplicates = "duplicates" // firstDuplicate, firstDuplicateFunc
	helperMultipleOf = "multipleOf" // isMultipleOf
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

// genHelpers writes the run-time helpers the Validate methods used.
func (e *emitter) genHelpers(f *jen.File) {
	if e.helpers[helperDuplicates] {
		genFirstDuplicate(f)
	}
	if e.helpers[helperMultipleOf] {
		genIsMultipleOf(f)
	}
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

// genFirstDuplicate writes the uniqueItems helpers.
//
//	func firstDuplicate[T comparable](s []T) (int, int, bool)
//	func firstDuplicateFunc[T any](s []T, equal func(a, b T) bool) (int, int, bool)
func genFirstDuplicate(f *jen.File) {
	loop := func(equal jen.Code) jen.Code {
		return jen.For(jen.Id("j").Op(":=").Lit(1), jen.Id("j").Op("<").Len(jen.Id("s")), jen.Id("j").Op("++")).Block(
			jen.For(jen.Id("i").Op(":=").Lit(0), jen.Id("i").Op("<").Id("j"), jen.Id("i").Op("++")).Block(
				jen.If(equal).Block(jen.Return(jen.Id("i"), jen.Id("j"), jen.True())),
			),
		)
	}
	si, sj := jen.Id("s").Index(jen.Id("i")), jen.Id("s").Index(jen.Id("j"))
	results := jen.Params(jen.Int(), jen.Int(), jen.Bool())
	f.Line()
	f.Comment("// firstDuplicate returns the indexes of the first two equal items of s, for\n// uniqueItems.")
	f.Func().Id("firstDuplicate").Types(jen.Id("T").Comparable()).Params(jen.Id("s").Index().Id("T")).Add(results.Clone()).Block(
		loop(si.Clone().Op("==").Add(sj.Clone())),
		jen.Return(jen.Lit(0), jen.Lit(0), jen.False()),
	)
	f.Line()
	f.Comment("// firstDuplicateFunc is firstDuplicate for items that == cannot compare.")
	f.Func().Id("firstDuplicateFunc").Types(jen.Id("T").Any()).Params(
		jen.Id("s").Index().Id("T"), jen.Id("equal").Func().Params(jen.List(jen.Id("a"), jen.Id("b")).Id("T")).Bool(),
	).Add(results).Block(
		loop(jen.Id("equal").Call(si, sj)),
		jen.Return(jen.Lit(0), jen.Lit(0), jen.False()),
	)
}

// genIsMultipleOf writes the multipleOf helper for numbers that are not
// integers.
//
//	func isMultipleOf(v, k, scale float64) bool
func genIsMultipleOf(f *jen.File) {
	f.Line()
	f.Comment("// isMultipleOf reports whether v is a whole multiple of k×10^-d, scale being\n// 10^d. It works on v's decimal form, as JSON Schema's arbitrary-precision\n// arithmetic does (0.3 is a multiple of 0.1): v×10^d must round to a whole\n// number n that converts back to v, and n must be a multiple of k.")
	f.Func().Id("isMultipleOf").Params(jen.List(jen.Id("v"), jen.Id("k"), jen.Id("scale")).Float64()).Bool().Block(
		jen.If(jen.Qual("math", "IsInf").Call(jen.Id("v").Op("*").Id("scale"), jen.Lit(0))).Block(
			jen.Comment("// Too large for v×10^d: v is a whole number; divide exactly."),
			jen.Id("q").Op(":=").New(jen.Qual("math/big", "Rat")).Dot("SetFloat64").Call(jen.Id("v")),
			jen.Return(jen.Id("q").Dot("Quo").Call(jen.Id("q"), jen.Qual("math/big", "NewRat").Call(jen.Int64().Call(jen.Id("k")), jen.Int64().Call(jen.Id("scale")))).Dot("IsInt").Call()),
		),
		jen.Id("n").Op(":=").Qual("math", "Round").Call(jen.Id("v").Op("*").Id("scale")),
		jen.Return(jen.Id("n").Op("/").Id("scale").Op("==").Id("v").Op("&&").Qual("math", "Mod").Call(jen.Id("n"), jen.Id("k")).Op("==").Lit(0)),
	)
}
