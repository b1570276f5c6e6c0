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
				jen.Id("in").Dot("validate").Call(jen.Lit(""), jen.Op("&").Id(target)),
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
		decode := []jen.Code{jen.Id("in").Dot("decodeJSON").Call(jen.Lit(name), jen.Id("s"), jen.Op("&").Add(field()))}
		if fd.Pointer && !ir.Nilable(fd.Type) {
			decode = []jen.Code{
				jen.Var().Id("v").Add(e.goType(fd.Type)),
				jen.If(jen.Id("in").Dot("decodeJSON").Call(jen.Lit(name), jen.Id("s"), jen.Op("&").Id("v"))).Block(field().Op("=").Op("&").Id("v")),
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

// genFormReaders writes readForm and readMultipart, which read a form body
// into its values and (multipart) its opened file parts, and
// closeMultipart.
func (e *emitter) genFormReaders(f *jen.File) {
	w, r := jen.Id("w"), jen.Id("r")
	h := func() *jen.Statement { return jen.Id("h") }
	params := append(rwParams(), jen.Id("required").Bool())
	missing := func(results ...jen.Code) jen.Code {
		return jen.If(jen.Id("required")).Block(
			h().Dot("writeError").Call(w, r, jen.Id("badRequest").Call(jen.Lit("A request body is required."), jen.Lit(""))),
			jen.Return(append(results, jen.False())...),
		)
	}
	if e.uses.form {
		f.Line()
		f.Comment("// readForm reads an application/x-www-form-urlencoded body. values is nil\n// when the body is empty; it answers 400 (or 413) itself, and returns\n// false, when the body is not a form or is missing though required.")
		f.Func().Params(jen.Id("h").Op("*").Id("handler")).Id("readForm").Params(params...).Params(jen.Qual(netURL, "Values"), jen.Bool()).Block(
			jen.List(jen.Id("data"), jen.Id("ok")).Op(":=").Add(h()).Dot("readBody").Call(w, r),
			jen.If(jen.Op("!").Id("ok")).Block(jen.Return(jen.Nil(), jen.False())),
			jen.If(jen.Len(jen.Qual("bytes", "TrimSpace").Call(jen.Id("data"))).Op("==").Lit(0)).Block(
				missing(jen.Nil()), jen.Return(jen.Nil(), jen.True()),
			),
			jen.List(jen.Id("values"), jen.Err()).Op(":=").Qual(netURL, "ParseQuery").Call(jen.String().Call(jen.Id("data"))),
			jen.If(jen.Err().Op("!=").Nil()).Block(
				h().Dot("writeError").Call(w, r, jen.Id("badRequest").Call(jen.Lit("Request body must be a form (application/x-www-form-urlencoded)."), jen.Err().Dot("Error").Call())),
				jen.Return(jen.Nil(), jen.False()),
			),
			jen.Return(jen.Id("values"), jen.True()),
		)
	}
	if !e.uses.multipart {
		return
	}
	files := func() *jen.Statement { return jen.Map(jen.String()).Index().Id("FilePart") }
	f.Line()
	f.Comment("// readMultipart reads a multipart/form-data body of at most maxBodyBytes:\n// its fields, and its file parts opened (closeMultipart closes them). values\n// is nil when the body is empty; it answers 400 or 413 itself, and returns\n// false, when the body is not multipart or is missing though required.")
	f.Func().Params(jen.Id("h").Op("*").Id("handler")).Id("readMultipart").Params(params...).Params(jen.Qual(netURL, "Values"), files(), jen.Bool()).Block(
		jen.Add(r).Dot("Body").Op("=").Qual(netHTTP, "MaxBytesReader").Call(w, r.Clone().Dot("Body"), h().Dot("maxBodyBytes")),
		jen.If(jen.Err().Op(":=").Add(r).Dot("ParseMultipartForm").Call(h().Dot("maxBodyBytes")), jen.Err().Op("!=").Nil()).Block(
			jen.Var().Id("tooLarge").Op("*").Qual(netHTTP, "MaxBytesError"),
			jen.If(jen.Qual("errors", "As").Call(jen.Err(), jen.Op("&").Id("tooLarge"))).Block(
				h().Dot("writeError").Call(w, r, jen.Id("NewAPIError").Call(jen.Qual(netHTTP, "StatusRequestEntityTooLarge"),
					jen.Qual("fmt", "Sprintf").Call(jen.Lit("The request body is larger than %d bytes."), jen.Id("tooLarge").Dot("Limit")))),
				jen.Return(jen.Nil(), jen.Nil(), jen.False()),
			),
			jen.If(r.Clone().Dot("ContentLength").Op("==").Lit(0)).Block(missing(jen.Nil(), jen.Nil()), jen.Return(jen.Nil(), jen.Nil(), jen.True())),
			h().Dot("writeError").Call(w, r, jen.Id("badRequest").Call(jen.Lit("Request body must be multipart/form-data."), jen.Err().Dot("Error").Call())),
			jen.Return(jen.Nil(), jen.Nil(), jen.False()),
		),
		jen.Id("form").Op(":=").Add(r).Dot("MultipartForm"),
		jen.Id("opened").Op(":=").Add(files()).Values(),
		jen.Comment("// Sorted, so that the parts are opened in the same order every time."),
		jen.For(jen.List(jen.Id("_"), jen.Id("name")).Op(":=").Range().Qual("slices", "Sorted").Call(jen.Qual("maps", "Keys").Call(jen.Id("form").Dot("File")))).Block(
			jen.For(jen.List(jen.Id("_"), jen.Id("fh")).Op(":=").Range().Id("form").Dot("File").Index(jen.Id("name"))).Block(
				jen.List(jen.Id("file"), jen.Err()).Op(":=").Id("fh").Dot("Open").Call(),
				jen.If(jen.Err().Op("!=").Nil()).Block(
					jen.Id("closeMultipart").Call(r, jen.Id("opened")),
					h().Dot("writeError").Call(w, r, jen.Id("internalError").Call()),
					jen.Return(jen.Nil(), jen.Nil(), jen.False()),
				),
				jen.Id("opened").Index(jen.Id("name")).Op("=").Append(jen.Id("opened").Index(jen.Id("name")), jen.Id("FilePart").Values(jen.Dict{
					jen.Id("Filename"):    jen.Id("fh").Dot("Filename"),
					jen.Id("ContentType"): jen.Id("fh").Dot("Header").Dot("Get").Call(jen.Lit("Content-Type")),
					jen.Id("Content"):     jen.Id("file"),
				})),
			),
		),
		jen.Return(jen.Qual(netURL, "Values").Call(jen.Id("form").Dot("Value")), jen.Id("opened"), jen.True()),
	)
	f.Line()
	f.Comment("// closeMultipart closes the file parts readMultipart opened and removes any\n// temporary files they were stored in.")
	f.Func().Id("closeMultipart").Params(jen.Id("r").Op("*").Qual(netHTTP, "Request"), jen.Id("files").Add(files())).Block(
		jen.For(jen.List(jen.Id("_"), jen.Id("parts")).Op(":=").Range().Id("files")).Block(
			jen.For(jen.List(jen.Id("_"), jen.Id("p")).Op(":=").Range().Id("parts")).Block(
				jen.If(jen.List(jen.Id("c"), jen.Id("ok")).Op(":=").Id("p").Dot("Content").Op(".").Parens(jen.Qual("io", "Closer")), jen.Id("ok")).Block(
					jen.Id("_").Op("=").Id("c").Dot("Close").Call(),
				),
			),
		),
		jen.If(r.Clone().Dot("MultipartForm").Op("!=").Nil()).Block(
			jen.Id("_").Op("=").Add(r).Dot("MultipartForm").Dot("RemoveAll").Call(),
		),
	)
}
