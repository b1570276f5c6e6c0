package emit

import (
	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// routeForm reads a form body into `body`: url.Values as they are, a struct
// field by field, parsed and checked like parameters (400 with every
// problem), then with the struct's Validate.
//
//	values, ok := h.readForm(w, r, true)
//	if !ok {
//		return
//	}
//	var body RevokeRequest
//	{
//		var in inputCheck
//		if s := values.Get("token"); s != "" {
//			body.Token = s
//		} else {
//			in.add("token", "is required")
//		}
//		…
//	}
func (e *emitter) routeForm(g *jen.Group, op *ir.Operation, c *ir.Content) {
	required := op.Body.Required
	if c.Encoding == ir.EncodingMultipart {
		g.List(e.id("values"), e.id("files"), e.id("ok")).Op(":=").Add(e.id("h")).Dot("readMultipart").Call(e.id("w"), e.id("r"), jen.Lit(required))
		g.If(jen.Op("!").Add(e.id("ok"))).Block(jen.Return())
		g.Defer().Id("closeMultipart").Call(e.id("r"), e.id("files"))
	} else {
		g.List(e.id("values"), e.id("ok")).Op(":=").Add(e.id("h")).Dot("readForm").Call(e.id("w"), e.id("r"), jen.Lit(required))
		g.If(jen.Op("!").Add(e.id("ok"))).Block(jen.Return())
	}
	if c.Form.Values {
		g.Add(e.id("body")).Op(":=").Add(e.id("values"))
		return
	}
	typ := e.requestBodyType(c)
	pointer := !required
	if pointer {
		g.Var().Add(e.id("body")).Op("*").Add(typ)
	} else {
		g.Var().Add(e.id("body")).Add(typ)
	}
	g.If(e.id("values").Op("!=").Nil()).BlockFunc(func(b *jen.Group) {
		target := "body"
		if pointer {
			target = "form"
			b.Var().Add(e.id("form")).Add(typ.Clone())
		}
		b.Var().Add(e.id("in")).Id("inputCheck")
		ref, _ := c.Type.(*ir.Ref)
		validated := ref != nil && ref.Decl != nil && c.Form.TypeName == "" && e.needs[ref.Decl]
		for _, ff := range c.Form.Fields {
			e.routeFormField(b, target, ff, validated)
		}
		if validated {
			// As for JSON bodies: Validate once the fields are all there.
			b.If(jen.Len(e.id("in").Dot("problems")).Op("==").Lit(0)).Block(
				e.id("in").Dot("checkEach").Call(jen.Lit(""), jen.Op("&").Add(e.id(target))),
			)
		}
		b.If(jen.Op("!").Add(e.id("in")).Dot("ok").Call(e.id("h"), e.id("w"), e.id("r"))).Block(jen.Return())
		if pointer {
			b.Add(e.id("body")).Op("=").Op("&").Add(e.id("form"))
		}
	})
}

// routeFormField parses one form field into target.
// Enums are checked here unless the struct's Validate will check them.
func (e *emitter) routeFormField(g *jen.Group, target string, ff *ir.FormField, validated bool) {
	parse := e.parseInto
	if validated {
		parse = e.parseField
	}
	fd := ff.Field
	field := func() *jen.Statement { return e.id(target).Dot(fd.Name) }
	name := fd.JSONName
	missing := func(stmt *jen.Statement) *jen.Statement {
		if !fd.Required {
			return stmt
		}
		return stmt.Else().Block(e.id("in").Dot("add").Call(jen.Lit(name), jen.Lit("is required")))
	}
	lookup := e.id("s").Op(":=").Add(e.id("values")).Dot("Get").Call(jen.Lit(name))
	present := e.id("s").Op("!=").Lit("")
	s := ff.Layout.Scalar
	switch ff.Layout.Kind {
	case ir.LayoutScalar:
		store := func(v jen.Code) jen.Code { return field().Op("=").Add(v) }
		if fd.Pointer {
			store = func(v jen.Code) jen.Code { return field().Op("=").Op("&").Add(v) }
		}
		g.Add(missing(jen.If(lookup, present).Block(parse(s, wireLit(name), store)...)))
	case ir.LayoutArray:
		g.For(jen.List(jen.Id("_"), e.id("s")).Op(":=").Range().Add(e.id("values")).Index(jen.Lit(ff.WireName()))).Block(
			parse(s, wireLit(name), func(v jen.Code) jen.Code { return field().Op("=").Append(field(), v) })...,
		)
		if fd.Required {
			g.If(jen.Len(field()).Op("==").Lit(0)).Block(e.id("in").Dot("add").Call(jen.Lit(name), jen.Lit("is required")))
		}
	case ir.LayoutJSON:
		decode := []jen.Code{e.parseJSONInto(name, e.id("s"), field(), fd.Type)}
		if fd.Pointer && !ir.Nilable(fd.Type) {
			decode = []jen.Code{
				jen.Var().Add(e.id("v")).Add(e.goType(fd.Type)),
				jen.If(e.parseJSONInto(name, e.id("s"), e.id("v"), fd.Type)).Block(field().Op("=").Op("&").Add(e.id("v"))),
			}
		}
		g.Add(missing(jen.If(lookup, present).Block(decode...)))
	case ir.LayoutObject:
		e.routeFormObject(g, target, ff)
	case ir.LayoutFile:
		parts := e.id("parts").Op(":=").Add(e.id("files")).Index(jen.Lit(name))
		var store jen.Code = field().Op("=").Add(e.id("parts")).Index(jen.Lit(0))
		if filePointer(ff) {
			store = field().Op("=").Op("&").Add(e.id("parts")).Index(jen.Lit(0))
		}
		g.Add(missing(jen.If(parts, jen.Len(e.id("parts")).Op(">").Lit(0)).Block(store)))
	case ir.LayoutFiles:
		g.Add(field()).Op("=").Add(e.id("files")).Index(jen.Lit(name))
		if fd.Required {
			g.If(jen.Len(field()).Op("==").Lit(0)).Block(e.id("in").Dot("add").Call(jen.Lit(name), jen.Lit("is required")))
		}
	}
}
