package emit

import (
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

// genAlias declares the type names of a declaration that shares another's
// Go type as aliases of that type's: its own and its union's interface.
//
//	// MarkDefColor is the schema at #/definitions/MarkDef/properties/color, sharing AreaConfigColor's Go type.
//	type MarkDefColor = AreaConfigColor
func genAlias(f *jen.File, a *ir.Alias) {
	doc := a.Name + " is the schema at " + a.SchemaName + ", sharing " + a.To.Name + "'s Go type."
	f.Line()
	if u, ok := a.To.Type.(*ir.Union); ok && a.ValueName != "" {
		f.Add(docComment(doc+" "+a.ValueName+" is its interface.", a.Deprecated))
		f.Type().Defs(jen.Id(a.Name).Op("=").Id(a.To.Name), jen.Id(a.ValueName).Op("=").Id(u.ValueName))
		return
	}
	f.Add(docComment(doc, a.Deprecated))
	f.Type().Id(a.Name).Op("=").Id(a.To.Name)
}
