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
	e.markPattern(i)
	return e.api.Patterns[i].Name
}

// markPattern marks the pattern at i in api.Patterns used.
func (e *emitter) markPattern(i int) {
	if e.patternsUsed == nil {
		e.patternsUsed = map[int]bool{}
	}
	e.patternsUsed[i] = true
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
	switch duplicatesOf(t) {
	case duplicatesEqual:
		return jen.Id("firstDuplicate").Call(val)
	case duplicatesAny:
		return jen.Id("firstDuplicateFunc").Call(val, jen.Id("jvEqual"))
	case duplicatesValue:
		et := e.elemType(t.Elem, t.ElemPointer)
		return jen.Id("firstDuplicateFunc").Call(val, jen.Func().Params(jen.List(jen.Id("a"), jen.Id("b")).Add(et)).Bool().Block(
			jen.Return(jen.Id("jvEqual").Call(jen.Id("a.V"), jen.Id("b.V"))),
		))
	}
	return jen.Id("firstDuplicateJSON").Call(val, e.itemFunc(t.Elem, t.ElemPointer))
}

// How uniqueItems compares a slice's items (duplicateCall).
const (
	duplicatesEqual = iota // ==
	duplicatesAny          // jvEqual on any
	duplicatesValue        // jvEqual on JSONValue.V
	duplicatesText         // the text the encoder writes
)

// duplicatesOf says how uniqueItems compares t's items.
func duplicatesOf(t *ir.Slice) int {
	rt := resolved(t.Elem)
	if t.ElemPointer {
		return duplicatesText
	}
	if k, ok := scalarKind(rt); ok && k != ir.KindTime && k != ir.KindBytes {
		return duplicatesEqual
	}
	switch rt.(type) {
	case *ir.Any:
		return duplicatesAny
	case *ir.Value:
		return duplicatesValue
	}
	return duplicatesText
}

// uniqueByText reports whether decoding checks t's uniqueItems on the
// items as written (jsonSliceUnique): the Go values of its items can be
// equal where their JSON is not, a struct's or a union's (members no
// property declares are dropped, an absent property and a null one are
// both nil), a time's or a UUID's (one value, two texts), a float's and
// an any's number (9007199254740993 and 9007199254740992 are one float64,
// two JSON numbers).
func uniqueByText(t *ir.Slice) bool {
	return t.Check.UniqueItems && lossy(t.Elem, 0)
}

// lossy reports whether two JSON values that differ can decode to equal Go
// values of t; a type nested deeper than a schema writes by hand counts
// as lossy.
func lossy(t ir.Type, depth int) bool {
	if depth > 32 {
		return true
	}
	switch rt := resolved(t).(type) {
	case *ir.Primitive:
		return rt.Kind == ir.KindTime || rt.Kind == ir.KindUUID || rt.Kind == ir.KindFloat32 || rt.Kind == ir.KindFloat64
	case *ir.Any:
		// jsonAny decodes a number to float64.
		return true
	case *ir.Value, *ir.Enum:
		// A JSON value keeps a number's text; an enum's values are the
		// schema's own.
		return false
	case *ir.Slice:
		return lossy(rt.Elem, depth+1)
	case *ir.Map:
		return lossy(rt.Elem, depth+1)
	}
	return true
}
