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
		g.List(jen.Id("values"), jen.Id("files"), jen.Id("ok")).Op(":=").Id("h").Dot("readMultipart").Call(jen.Id("w"), jen.Id("r"), jen.Lit(required))
		g.If(jen.Op("!").Id("ok")).Block(jen.Return())
		g.Defer().Id("closeMultipart").Call(jen.Id("r"), jen.Id("files"))
	} else {
		g.List(jen.Id("values"), jen.Id("ok")).Op(":=").Id("h").Dot("readForm").Call(jen.Id("w"), jen.Id("r"), jen.Lit(required))
		g.If(jen.Op("!").Id("ok")).Block(jen.Return())
	}
	if c.Form.Values {
		g.Id("body").Op(":=").Id("values")
		return
	}
	typ := e.requestBodyType(c)
	pointer := !required
	if pointer {
		g.Var().Id("body").Op("*").Add(typ)
	} else {
		g.Var().Id("body").Add(typ)
	}
	g.If(jen.Id("values").Op("!=").Nil()).BlockFunc(func(b *jen.Group) {
		target := "body"
		if pointer {
			target = "form"
			b.Var().Id("form").Add(typ.Clone())
		}
		b.Var().Id("in").Id("inputCheck")
		ref, _ := c.Type.(*ir.Ref)
		validated := ref != nil && ref.Decl != nil && c.Form.TypeName == "" && e.needs[ref.Decl]
		for _, ff := range c.Form.Fields {
			e.routeFormField(b, target, ff, validated)
		}
		if validated {
			// As for JSON bodies: Validate once the fields are all there.
			b.If(jen.Len(jen.Id("in").Dot("problems")).Op("==").Lit(0)).Block(
				jen.Id("in").Dot("checkEach").Call(jen.Lit(""), jen.Op("&").Id(target)),
			)
		}
		b.If(jen.Op("!").Id("in").Dot("ok").Call(jen.Id("h"), jen.Id("w"), jen.Id("r"))).Block(jen.Return())
		if pointer {
			b.Id("body").Op("=").Op("&").Id("form")
		}
	})
}

// routeFormField parses one form field into target.
// Enums are checked here unless the struct's Validate will check them.
func (e *emitter) routeFormField(g *jen.Group, target string, ff *ir.FormField, validated bool) {
	parse := parseInto
	if validated {
		parse = parseField
	}
	fd := ff.Field
	field := func() *jen.Statement { return jen.Id(target).Dot(fd.Name) }
	name := fd.JSONName
	missing := func(stmt *jen.Statement) *jen.Statement {
		if !fd.Required {
			return stmt
		}
		return stmt.Else().Block(jen.Id("in").Dot("add").Call(jen.Lit(name), jen.Lit("is required")))
	}
	lookup := jen.Id("s").Op(":=").Id("values").Dot("Get").Call(jen.Lit(name))
	present := jen.Id("s").Op("!=").Lit("")
	s := ff.Layout.Scalar
	switch ff.Layout.Kind {
	case ir.LayoutScalar:
		store := func(v jen.Code) jen.Code { return field().Op("=").Add(v) }
		if fd.Pointer {
			store = func(v jen.Code) jen.Code { return field().Op("=").Op("&").Add(v) }
		}
		g.Add(missing(jen.If(lookup, present).Block(parse(s, wireLit(name), store)...)))
	case ir.LayoutArray:
		g.For(jen.List(jen.Id("_"), jen.Id("s")).Op(":=").Range().Id("values").Index(jen.Lit(ff.WireName()))).Block(
			parse(s, wireLit(name), func(v jen.Code) jen.Code { return field().Op("=").Append(field(), v) })...,
		)
		if fd.Required {
			g.If(jen.Len(field()).Op("==").Lit(0)).Block(jen.Id("in").Dot("add").Call(jen.Lit(name), jen.Lit("is required")))
		}
	case ir.LayoutJSON:
		decode := []jen.Code{jen.Id("in").Dot("parseJSON").Call(jen.Lit(name), jen.Id("s"), jen.Op("&").Add(field()))}
		if fd.Pointer && !ir.Nilable(fd.Type) {
			decode = []jen.Code{
				jen.Var().Id("v").Add(e.goType(fd.Type)),
				jen.If(jen.Id("in").Dot("parseJSON").Call(jen.Lit(name), jen.Id("s"), jen.Op("&").Id("v"))).Block(field().Op("=").Op("&").Id("v")),
			}
		}
		g.Add(missing(jen.If(lookup, present).Block(decode...)))
	case ir.LayoutObject:
		e.routeFormObject(g, target, ff)
	case ir.LayoutFile:
		parts := jen.Id("parts").Op(":=").Id("files").Index(jen.Lit(name))
		var store jen.Code = field().Op("=").Id("parts").Index(jen.Lit(0))
		if filePointer(ff) {
			store = field().Op("=").Op("&").Id("parts").Index(jen.Lit(0))
		}
		g.Add(missing(jen.If(parts, jen.Len(jen.Id("parts")).Op(">").Lit(0)).Block(store)))
	case ir.LayoutFiles:
		g.Add(field()).Op("=").Id("files").Index(jen.Lit(name))
		if fd.Required {
			g.If(jen.Len(field()).Op("==").Lit(0)).Block(jen.Id("in").Dot("add").Call(jen.Lit(name), jen.Lit("is required")))
		}
	}
}
