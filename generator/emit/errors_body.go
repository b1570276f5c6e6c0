package emit

import (
	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// genErrorBody writes inputProblem and newErrorBody, which fills the error
// schema at the places lowering chose (ir.ErrorModel): the message, the
// detail, and the problems of a bad request.
//
//	func newErrorBody(message, detail string, problems ...inputProblem) Response
func (e *emitter) genErrorBody(f *jen.File, m *ir.ErrorModel) {
	f.Line()
	f.Comment("// inputProblem is one input of a request that is not valid: a parameter,\n// or a property of the body (field is then its dotted path).")
	f.Type().Id("inputProblem").Struct(jen.List(jen.Id("field"), jen.Id("detail")).String())

	f.Line()
	f.Comment("// newErrorBody returns the error body that says message, with detail\n// (if not empty) and the problems of a request that is not valid. It is\n// never inlined: hundreds of error answers call it (every Unimplemented\n// method through NewAPIError), and a copy of its loop in each would cost\n// the package's build more than the call costs an error answer.\n//\n//go:noinline")
	f.Func().Id("newErrorBody").Params(
		jen.List(jen.Id("message"), jen.Id("detail")).String(), jen.Id("problems").Op("...").Id("inputProblem"),
	).Id(m.Decl.Name).BlockFunc(func(g *jen.Group) {
		g.Var().Id("b").Id(m.Decl.Name)
		if m.Message == nil {
			g.Comment("// The error schema has no string property for the message: see the\n// generation notes.")
		}
		w := &pathWriter{e: e, g: g, made: map[*ir.Field]bool{}}
		if m.Message != nil {
			w.set(m.Message, jen.Id("message"))
		}
		switch {
		case m.Problems != nil:
			w.appendProblems(m.Problems)
		case m.Message != nil || m.Detail != nil:
			// No list for the problems: they join the detail.
			g.For(jen.List(jen.Id("_"), jen.Id("p")).Op(":=").Range().Id("problems")).Block(
				jen.Id("text").Op(":=").Id("p.field").Op("+").Lit(": ").Op("+").Id("p.detail"),
				jen.If(jen.Id("detail").Op("!=").Lit("")).Block(jen.Id("text").Op("=").Lit("; ").Op("+").Id("text")),
				jen.Id("detail").Op("+=").Id("text"),
			)
		}
		switch {
		case m.Detail != nil:
			g.If(jen.Id("detail").Op("!=").Lit("")).BlockFunc(func(g *jen.Group) {
				(&pathWriter{e: e, g: g, made: w.made}).set(m.Detail, jen.Id("detail"))
			})
		case m.Message != nil:
			g.If(jen.Id("detail").Op("!=").Lit("")).BlockFunc(func(g *jen.Group) {
				(&pathWriter{e: e, g: g, made: w.made}).set(m.Message, jen.Id("message").Op("+").Lit(": ").Op("+").Id("detail"))
			})
		}
		g.Return(jen.Id("b"))
	})
}

// pathWriter writes assignments to fields of the error body b along field
// paths, making each pointer struct on the way once.
type pathWriter struct {
	e    *emitter
	g    *jen.Group
	made map[*ir.Field]bool
}

// set writes `b.Error.Message = val` (through Ptr for a pointer field),
// after `if b.Error == nil { b.Error = &ErrorDetail{} }` for each pointer
// on the way.
func (w *pathWriter) set(p ir.FieldPath, val jen.Code) {
	w.g.Add(w.reach(p).Op("=").Add(textValue(p.Last(), val)))
}

// reach makes the pointers on p's way and returns p's selector.
func (w *pathWriter) reach(p ir.FieldPath) *jen.Statement {
	for i, f := range p[:len(p)-1] {
		if f.Pointer && !w.made[f] {
			w.made[f] = true
			sel := selector(jen.Id("b"), p[:i+1])
			w.g.If(sel.Clone().Op("==").Nil()).Block(sel.Clone().Op("=").Op("&").Add(w.e.goType(f.Type)).Values())
		}
	}
	return selector(jen.Id("b"), p)
}

// appendProblems writes the loop that lists the problems:
//
//	for _, p := range problems {
//		b.Validations = append(b.Validations, ValidationError{Field: p.field, Detail: p.detail})
//	}
func (w *pathWriter) appendProblems(pl *ir.ProblemList) {
	list := w.reach(pl.List)
	item := jen.Id("p.field").Op("+").Lit(": ").Op("+").Id("p.detail")
	if pl.Item != nil {
		item = jen.Id(pl.Item.Name).Values(jen.Dict{
			jen.Id(pl.Location.Name): textValue(pl.Location, jen.Id("p.field")),
			jen.Id(pl.Detail.Name):   textValue(pl.Detail, jen.Id("p.detail")),
		})
	}
	w.g.For(jen.List(jen.Id("_"), jen.Id("p")).Op(":=").Range().Id("problems")).Block(
		list.Clone().Op("=").Append(list.Clone(), item),
	)
}

// genSetStatus writes setStatus, which puts the HTTP status into the error
// schema's status property, and errorContentType, the media type error
// answers go as: the two things about the error schema the runtime's
// writeError and badRequest (runtime/handleranswers.go) cannot know. A
// schema without a status property gets a setStatus that does nothing.
//
//	func setStatus(b *Problem, status int) { b.Status = Ptr(int64(status)) }
func (e *emitter) genSetStatus(f *jen.File, m *ir.ErrorModel) {
	media := m.MediaType
	f.Line()
	f.Comment("// errorContentType is the media type of the error answers the server makes.")
	f.Const().Id("errorContentType").Op("=").Lit(media)
	f.Line()
	if m.Status == nil {
		f.Comment("// setStatus would put an answer's HTTP status into the error body the\n// server makes: the error schema has no status property.")
		f.Func().Id("setStatus").Params(jen.Op("*").Id(m.Decl.Name), jen.Int()).Block()
		return
	}
	last := m.Status.Last()
	val := jen.Id("status")
	if p, ok := last.Type.(*ir.Primitive); ok && p.Kind != ir.KindInt {
		val = kindType(p.Kind).Call(jen.Id("status"))
	}
	f.Comment("// setStatus puts an answer's HTTP status into the error body the server\n// makes (NewAPIError, bad requests, bodiless *APIErrors).")
	f.Func().Id("setStatus").Params(jen.Id("b").Op("*").Id(m.Decl.Name), jen.Id("status").Int()).BlockFunc(func(g *jen.Group) {
		(&pathWriter{e: e, g: g, made: map[*ir.Field]bool{}}).set(m.Status, val)
	})
}

// statusOf is `setStatus(&b, status)` where the error schema has a status
// property, and nothing otherwise.
func statusOf(m *ir.ErrorModel, status jen.Code) jen.Code {
	if m.Status == nil {
		return jen.Null()
	}
	return jen.Id("setStatus").Call(jen.Op("&").Id("b"), status)
}

// selector is root.F1.F2… along p.
func selector(root *jen.Statement, p ir.FieldPath) *jen.Statement {
	s := root.Clone()
	for _, f := range p {
		s = s.Dot(f.Name)
	}
	return s
}

// genErrorText writes errorText, which renders an error body for Error
// methods: "message: detail: field: problem; field: problem".
func (e *emitter) genErrorText(f *jen.File, m *ir.ErrorModel) {
	b := jen.Id("b")
	f.Line()
	f.Comment("// errorText renders an error body as \"message: detail: field: problem;\n// field: problem\", leaving out what is empty.")
	f.Func().Id("errorText").Params(jen.Id("b").Op("*").Id(m.Decl.Name)).String().BlockFunc(func(g *jen.Group) {
		g.If(b.Clone().Op("==").Nil()).Block(jen.Return(jen.Lit("")))
		g.Var().Id("parts").Index().String()
		for _, p := range []ir.FieldPath{m.Message, m.Detail} {
			if p == nil {
				continue
			}
			val := selector(b, p)
			leaf := val.Clone().Op("!=").Lit("")
			got := val.Clone()
			if p.Last().Pointer {
				leaf = val.Clone().Op("!=").Nil().Op("&&").Op("*").Add(val.Clone()).Op("!=").Lit("")
				got = jen.Op("*").Add(val.Clone())
			}
			g.If(guarded(b, p, leaf)).Block(jen.Id("parts").Op("=").Append(jen.Id("parts"), got))
		}
		if pl := m.Problems; pl != nil {
			g.Var().Id("invalid").Index().String()
			// Strings are the problems as they are; objects are "field: detail".
			loop := jen.Id("invalid").Op("=").Append(jen.Id("invalid"), selector(b, pl.List).Op("..."))
			if pl.Item != nil {
				line := readText(jen.Id("v."+pl.Location.Name), pl.Location).Op("+").Lit(": ").Op("+").Add(readText(jen.Id("v."+pl.Detail.Name), pl.Detail))
				loop = jen.For(jen.List(jen.Id("_"), jen.Id("v")).Op(":=").Range().Add(selector(b, pl.List))).Block(
					jen.Id("invalid").Op("=").Append(jen.Id("invalid"), line),
				)
			}
			if cond := guards(b, pl.List); cond != nil {
				loop = jen.If(cond).Block(loop)
			}
			g.Add(loop)
			g.If(jen.Len(jen.Id("invalid")).Op(">").Lit(0)).Block(
				jen.Id("parts").Op("=").Append(jen.Id("parts"), jen.Qual("strings", "Join").Call(jen.Id("invalid"), jen.Lit("; "))),
			)
		}
		g.Return(jen.Qual("strings", "Join").Call(jen.Id("parts"), jen.Lit(": ")))
	})
	if pl := m.Problems; pl != nil && pl.Item != nil && (pl.Location.Pointer || pl.Detail.Pointer) {
		f.Line()
		f.Comment("// textOf returns *p, or \"\" for nil.")
		f.Func().Id("textOf").Params(jen.Id("p").Op("*").String()).String().Block(
			jen.If(jen.Id("p").Op("==").Nil()).Block(jen.Return(jen.Lit(""))),
			jen.Return(jen.Op("*").Id("p")),
		)
	}
}

// guards is `b.Error != nil && …` for the pointers on p's way to its last
// field; nil when there are none.
func guards(root *jen.Statement, p ir.FieldPath) *jen.Statement {
	var cond *jen.Statement
	for i, f := range p[:len(p)-1] {
		if !f.Pointer {
			continue
		}
		c := selector(root, p[:i+1]).Op("!=").Nil()
		if cond == nil {
			cond = c
		} else {
			cond = cond.Op("&&").Add(c)
		}
	}
	return cond
}

// guarded is leaf behind p's guards.
func guarded(root *jen.Statement, p ir.FieldPath, leaf *jen.Statement) *jen.Statement {
	if cond := guards(root, p); cond != nil {
		return cond.Op("&&").Add(leaf)
	}
	return leaf
}

// textValue is val as a value of f's Go type.
func textValue(f *ir.Field, val jen.Code) jen.Code {
	if f.Pointer {
		return jen.Id("Ptr").Call(val)
	}
	return val
}

// readText reads a string field, "" for a nil pointer.
func readText(val *jen.Statement, f *ir.Field) *jen.Statement {
	if f.Pointer {
		return jen.Id("textOf").Call(val)
	}
	return val
}
