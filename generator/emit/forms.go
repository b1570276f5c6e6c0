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

// genFilePart writes FilePart.
func genFilePart(f *jen.File) {
	f.Line()
	f.Comment("// FilePart is a file in a multipart/form-data body.")
	f.Type().Id("FilePart").Struct(
		jen.Comment("// Filename is the part's file name."),
		jen.Id("Filename").String(),
		jen.Comment("// ContentType is the part's media type; the client sends\n// application/octet-stream when it is empty."),
		jen.Id("ContentType").String(),
		jen.Comment("// Content is the file. The client reads it to its end while sending\n// the request (it is streamed, not buffered). On the server it is the\n// uploaded file, valid until the Server method returns."),
		jen.Id("Content").Qual("io", "Reader"),
	)
}

// clientForm encodes a form body into call.
//
//	form := url.Values{}
//	form.Set("token", body.Token)
//	call.body, call.contentType = strings.NewReader(form.Encode()), "application/x-www-form-urlencoded"
func (e *emitter) clientForm(op *ir.Operation, c *ir.Content, fail func(jen.Code) jen.Code) []jen.Code {
	body := func() *jen.Statement { return jen.Id("body") }
	set := func(r, contentType jen.Code) jen.Code {
		return jen.List(jen.Id("call").Dot("body"), jen.Id("call").Dot("contentType")).Op("=").List(r, contentType)
	}
	multipart := c.Encoding == ir.EncodingMultipart
	var out []jen.Code
	var add func(name string, text jen.Code) jen.Code
	if multipart {
		out = append(out, jen.Id("mp").Op(":=").Id("newMultipartBody").Call())
		add = func(name string, text jen.Code) jen.Code { return jen.Id("mp").Dot("field").Call(jen.Lit(name), text) }
	} else {
		out = append(out, jen.Id("form").Op(":=").Qual(netURL, "Values").Values())
		add = func(name string, text jen.Code) jen.Code { return jen.Id("form").Dot("Add").Call(jen.Lit(name), text) }
	}
	if c.Form.Values {
		if !multipart {
			return []jen.Code{set(jen.Qual("strings", "NewReader").Call(body().Dot("Encode").Call()), jen.Lit(c.MediaType))}
		}
		out = append(out, jen.For(jen.List(jen.Id("_"), jen.Id("k")).Op(":=").Range().Qual("slices", "Sorted").Call(jen.Qual("maps", "Keys").Call(body()))).Block(
			jen.For(jen.List(jen.Id("_"), jen.Id("v")).Op(":=").Range().Add(body()).Index(jen.Id("k"))).Block(
				jen.Id("mp").Dot("field").Call(jen.Id("k"), jen.Id("v")),
			),
		))
	}
	for _, ff := range c.Form.Fields {
		out = append(out, e.clientFormField(ff, add, fail)...)
	}
	if multipart {
		return append(out, jen.List(jen.Id("call").Dot("body"), jen.Id("call").Dot("contentType")).Op("=").Id("mp").Dot("finish").Call())
	}
	return append(out, set(jen.Qual("strings", "NewReader").Call(jen.Id("form").Dot("Encode").Call()), jen.Lit(c.MediaType)))
}

// clientFormField encodes one field of a form body with add (and file parts
// with the multipart body's file method).
func (e *emitter) clientFormField(ff *ir.FormField, add func(string, jen.Code) jen.Code, fail func(jen.Code) jen.Code) []jen.Code {
	fd := ff.Field
	val := func() *jen.Statement { return jen.Id("body").Dot(fd.Name) }
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
		return []jen.Code{jen.For(jen.List(jen.Id("_"), jen.Id("v")).Op(":=").Range().Add(val())).Block(add(ff.WireName(), formatScalar(s, jen.Id("v"))))}
	case ir.LayoutFile:
		part := func(v jen.Code) jen.Code { return jen.Id("mp").Dot("file").Call(jen.Lit(fd.JSONName), v) }
		if filePointer(ff) {
			return guard(part(jen.Op("*").Add(val())))
		}
		return []jen.Code{part(val())}
	case ir.LayoutFiles:
		return []jen.Code{jen.For(jen.List(jen.Id("_"), jen.Id("part")).Op(":=").Range().Add(val())).Block(
			jen.Id("mp").Dot("file").Call(jen.Lit(fd.JSONName), jen.Id("part")))}
	case ir.LayoutObject:
		return clientFormObject(ff)
	case ir.LayoutJSON:
		body := jsonText(val(), "the form field "+fd.JSONName, fail, func(text jen.Code) jen.Code { return add(fd.JSONName, text) })
		if fd.Pointer || ir.Nilable(fd.Type) {
			return guard(body...)
		}
		return []jen.Code{jen.Block(body...)}
	}
	panic(fmt.Sprintf("emit: unhandled form field layout %v", ff.Layout.Kind))
}

// genMultipartBody writes multipartBody, which builds a multipart body
// whose file parts are streamed: the bytes between them are buffered, the
// files read when the request is sent.
func genMultipartBody(f *jen.File) {
	m := func() *jen.Statement { return jen.Id("m") }
	recv := func() *jen.Statement { return jen.Id("m").Op("*").Id("multipartBody") }
	f.Line()
	f.Comment("// multipartBody builds a multipart/form-data request body. Fields are\n// buffered; file parts are streamed from their readers when the request is\n// sent.")
	f.Type().Id("multipartBody").Struct(
		jen.Id("w").Op("*").Qual("mime/multipart", "Writer"),
		jen.Comment("// cur holds what the writer wrote since the last file part."),
		jen.Id("cur").Op("*").Qual("bytes", "Buffer"),
		jen.Id("parts").Index().Qual("io", "Reader"),
	)
	f.Line()
	f.Func().Id("newMultipartBody").Params().Op("*").Id("multipartBody").Block(
		jen.Id("m").Op(":=").Op("&").Id("multipartBody").Values(jen.Dict{jen.Id("cur"): jen.New(jen.Qual("bytes", "Buffer"))}),
		m().Dot("w").Op("=").Qual("mime/multipart", "NewWriter").Call(m()),
		jen.Return(m()),
	)
	f.Line()
	f.Comment("// Write is where the multipart.Writer writes: into the current buffer.")
	f.Func().Params(recv()).Id("Write").Params(jen.Id("p").Index().Byte()).Params(jen.Int(), jen.Error()).Block(
		jen.Return(m().Dot("cur").Dot("Write").Call(jen.Id("p"))),
	)
	f.Line()
	f.Comment("// field adds a form field; writing to a buffer cannot fail.")
	f.Func().Params(recv()).Id("field").Params(jen.List(jen.Id("name"), jen.Id("value")).String()).Block(
		jen.Id("_").Op("=").Add(m()).Dot("w").Dot("WriteField").Call(jen.Id("name"), jen.Id("value")),
	)
	f.Line()
	f.Comment("// file adds a file part whose content is read when the request is sent.")
	f.Func().Params(recv()).Id("file").Params(jen.Id("name").String(), jen.Id("part").Id("FilePart")).Block(
		jen.Id("quote").Op(":=").Qual("strings", "NewReplacer").Call(jen.Lit(`\`), jen.Lit(`\\`), jen.Lit(`"`), jen.Lit(`\"`)).Dot("Replace"),
		jen.Id("h").Op(":=").Qual("net/textproto", "MIMEHeader").Values(),
		jen.Id("h").Dot("Set").Call(jen.Lit("Content-Disposition"), jen.Lit(`form-data; name="`).Op("+").Id("quote").Call(jen.Id("name")).Op("+").Lit(`"; filename="`).Op("+").Id("quote").Call(jen.Id("part").Dot("Filename")).Op("+").Lit(`"`)),
		jen.Id("h").Dot("Set").Call(jen.Lit("Content-Type"), jen.Qual("cmp", "Or").Call(jen.Id("part").Dot("ContentType"), jen.Lit("application/octet-stream"))),
		jen.List(jen.Id("_"), jen.Id("_")).Op("=").Add(m()).Dot("w").Dot("CreatePart").Call(jen.Id("h")),
		m().Dot("parts").Op("=").Append(m().Dot("parts"), m().Dot("cur")),
		m().Dot("cur").Op("=").New(jen.Qual("bytes", "Buffer")),
		jen.If(jen.Id("part").Dot("Content").Op("!=").Nil()).Block(
			m().Dot("parts").Op("=").Append(m().Dot("parts"), jen.Id("part").Dot("Content")),
		),
	)
	f.Line()
	f.Comment("// finish ends the body and returns it with its Content-Type, which names\n// the boundary.")
	f.Func().Params(recv()).Id("finish").Params().Params(jen.Qual("io", "Reader"), jen.String()).Block(
		jen.Id("_").Op("=").Add(m()).Dot("w").Dot("Close").Call(),
		jen.Return(jen.Qual("io", "MultiReader").Call(jen.Append(m().Dot("parts"), m().Dot("cur")).Op("...")), m().Dot("w").Dot("FormDataContentType").Call()),
	)
}
