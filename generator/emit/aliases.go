package emit

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// declUnits are the pieces of a file of declarations: one made by unitOf
// for each declaration in the file (in, in Go name order), and one for
// each alias of a shared declaration (ir.API.Aliases) whose type the file
// declares, placed by name among them as the declaration it stands for
// would have been.
func (e *emitter) declUnits(in func(*ir.Decl) bool, unitOf func(*ir.Decl) unit) []unit {
	var us []unit
	as := e.api.Aliases
	aliasesBefore := func(name string, all bool) {
		for len(as) > 0 && (all || as[0].Name < name) {
			if a := as[0]; in(a.To) {
				us = append(us, unit{weight: 1, write: func(_ *emitter, f *jen.File) { genAlias(f, a) }})
			}
			as = as[1:]
		}
	}
	for _, d := range e.api.Decls {
		if in(d) {
			aliasesBefore(d.Name, false)
			us = append(us, unitOf(d))
		}
	}
	aliasesBefore("", true)
	return us
}

// genAlias declares the names of a declaration that shares another's Go
// type as that type's: its own and its union's interface as aliases, its
// enum's constants as the shared enum's (genAliasValues).
//
//	// MarkDefColor is the schema at #/definitions/MarkDef/properties/color, sharing AreaConfigColor's Go type.
//	type MarkDefColor = AreaConfigColor
func genAlias(f *jen.File, a *ir.Alias) {
	doc := a.Name + " is the schema at " + a.SchemaName + ", sharing " + a.To.Name + "'s Go type."
	f.Line()
	switch to := a.To.Type.(type) {
	case *ir.Union:
		if a.ValueName != "" {
			f.Add(docComment(doc+" "+a.ValueName+" is its interface.", a.Deprecated))
			f.Type().Defs(jen.Id(a.Name).Op("=").Id(a.To.Name), jen.Id(a.ValueName).Op("=").Id(to.ValueName))
			return
		}
	case *ir.Enum:
		f.Add(docComment(doc, a.Deprecated))
		f.Type().Id(a.Name).Op("=").Id(a.To.Name)
		genAliasValues(f, a, to)
		return
	}
	f.Add(docComment(doc, a.Deprecated))
	f.Type().Id(a.Name).Op("=").Id(a.To.Name)
}

// genAliasValues declares the constants a shared-away enum had, each as
// the shared enum's constant of its value, so that code naming them keeps
// compiling and they keep their type (the alias's, the shared one):
//
//	// The values of BarAngle that the schema lists: AreaAngle's constants, by its own names.
//	const (
//		BarAngleNorth = AreaAngleNorth
//		…
//	)
func genAliasValues(f *jen.File, a *ir.Alias, to *ir.Enum) {
	n := min(len(a.Values), len(to.Values)) // equal: the shapes are
	if n == 0 {
		return
	}
	f.Line()
	f.Comment(fmt.Sprintf("// The values of %s that the schema lists: %s's constants, by its own names.", a.Name, a.To.Name))
	f.Const().DefsFunc(func(g *jen.Group) {
		for i, v := range a.Values[:n] {
			g.Add(docComment(v.Doc, false))
			g.Id(v.Name + " = " + to.Values[i].Name)
		}
	})
}
