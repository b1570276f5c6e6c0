package emit

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// genFormStruct writes the struct of a multipart body: the schema's
// properties, with file parts as FilePart.
//
//	type UploadPhotoForm struct {
//		Caption *string
//		Photo   FilePart
//	}
func (e *emitter) genFormStruct(f *jen.File, op *ir.Operation, c *ir.Content) {
	form := c.Form
	f.Line()
	f.Comment(fmt.Sprintf("// %s is the multipart/form-data body of %s: one field per part;\n// file parts are FilePart.", form.TypeName, op.Name))
	f.Type().Id(form.TypeName).StructFunc(func(g *jen.Group) {
		for i, ff := range form.Fields {
			if i > 0 {
				g.Line()
			}
			fd := ff.Field
			doc := fmt.Sprintf("%s is the part %q", fd.Name, fd.JSONName)
			if fd.Required {
				doc += " (required)"
			}
			g.Add(docComment(sentence(doc, fd.Doc), fd.Deprecated))
			g.Id(fd.Name).Add(e.formFieldType(ff))
		}
	})
}

// formFieldType is the Go type of a field of a form struct.
func (e *emitter) formFieldType(ff *ir.FormField) *jen.Statement {
	switch ff.Layout.Kind {
	case ir.LayoutFile:
		if filePointer(ff) {
			return jen.Op("*").Id("FilePart")
		}
		return jen.Id("FilePart")
	case ir.LayoutFiles:
		return jen.Index().Id("FilePart")
	}
	return e.fieldType(ff.Field)
}

// filePointer reports whether a file field is a *FilePart (nil: no part).
func filePointer(ff *ir.FormField) bool { return !ff.Field.Required }

// clientForm encodes a form body into call.
//
//	form := url.Values{}
//	form.Set("token", body.Token)
//	call.body, call.contentType = strings.NewReader(form.Encode()), "application/x-www-form-urlencoded"
func (e *emitter) clientForm(op *ir.Operation, c *ir.Content, fail func(jen.Code) jen.Code) []jen.Code {
	body := func() *jen.Statement { return e.id("body") }
	set := func(r, contentType jen.Code) jen.Code {
		return jen.List(e.id("call").Dot("body"), e.id("call").Dot("contentType")).Op("=").List(r, contentType)
	}
	multipart := c.Encoding == ir.EncodingMultipart
	var out []jen.Code
	var add func(name string, text jen.Code) jen.Code
	if multipart {
		out = append(out, e.id("mp").Op(":=").Id("newMultipartBody").Call())
		add = func(name string, text jen.Code) jen.Code { return e.id("mp").Dot("field").Call(jen.Lit(name), text) }
	} else {
		out = append(out, e.id("form").Op(":=").Qual(netURL, "Values").Values())
		add = func(name string, text jen.Code) jen.Code { return e.id("form").Dot("Add").Call(jen.Lit(name), text) }
	}
	if c.Form.Values {
		if !multipart {
			return []jen.Code{set(jen.Qual("strings", "NewReader").Call(body().Dot("Encode").Call()), jen.Lit(c.MediaType))}
		}
		out = append(out, jen.For(jen.List(jen.Id("_"), e.id("k")).Op(":=").Range().Qual("slices", "Sorted").Call(jen.Qual("maps", "Keys").Call(body()))).Block(
			jen.For(jen.List(jen.Id("_"), e.id("v")).Op(":=").Range().Add(body()).Index(e.id("k"))).Block(
				e.id("mp").Dot("field").Call(e.id("k"), e.id("v")),
			),
		))
	}
	for _, ff := range c.Form.Fields {
		out = append(out, e.clientFormField(ff, add, fail)...)
	}
	if multipart {
		return append(out, jen.List(e.id("call").Dot("body"), e.id("call").Dot("contentType")).Op("=").Add(e.id("mp")).Dot("finish").Call())
	}
	return append(out, set(jen.Qual("strings", "NewReader").Call(e.id("form").Dot("Encode").Call()), jen.Lit(c.MediaType)))
}

// clientFormField encodes one field of a form body with add (and file parts
// with the multipart body's file method).
func (e *emitter) clientFormField(ff *ir.FormField, add func(string, jen.Code) jen.Code, fail func(jen.Code) jen.Code) []jen.Code {
	fd := ff.Field
	val := func() *jen.Statement { return e.id("body").Dot(fd.Name) }
	s := ff.Layout.Scalar
	guard := func(body ...jen.Code) []jen.Code {
		return []jen.Code{jen.If(val().Op("!=").Nil()).Block(body...)}
	}
	switch ff.Layout.Kind {
	case ir.LayoutScalar:
		if fd.Pointer {
			return guard(add(fd.JSONName, formatPointed(s, val())))
		}
		return []jen.Code{add(fd.JSONName, formatScalar(s, val()))}
	case ir.LayoutArray:
		return []jen.Code{jen.For(jen.List(jen.Id("_"), e.id("v")).Op(":=").Range().Add(val())).Block(add(ff.WireName(), formatScalar(s, e.id("v"))))}
	case ir.LayoutFile:
		part := func(v jen.Code) jen.Code { return e.id("mp").Dot("file").Call(jen.Lit(fd.JSONName), v) }
		if filePointer(ff) {
			return guard(part(jen.Op("*").Add(val())))
		}
		return []jen.Code{part(val())}
	case ir.LayoutFiles:
		return []jen.Code{jen.For(jen.List(jen.Id("_"), e.id("part")).Op(":=").Range().Add(val())).Block(
			e.id("mp").Dot("file").Call(jen.Lit(fd.JSONName), e.id("part")))}
	case ir.LayoutObject:
		return e.clientFormObject(ff)
	case ir.LayoutJSON:
		body := e.jsonText(val(), "the form field "+fd.JSONName, fail, func(text jen.Code) jen.Code { return add(fd.JSONName, text) })
		if fd.Pointer || ir.Nilable(fd.Type) {
			return guard(body...)
		}
		return []jen.Code{jen.Block(body...)}
	}
	panic(fmt.Sprintf("emit: unhandled form field layout %v", ff.Layout.Kind))
}
