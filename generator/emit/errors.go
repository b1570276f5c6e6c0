package emit

import (
	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// genErrors writes APIError, the error both the client returns and a
// Server implementation returns, and the helpers that build and print
// error bodies of the API's error schema.
func (e *emitter) genErrors(f *jen.File) bool {
	m := e.api.ErrorModel
	if m == nil {
		return false
	}
	e.genAPIError(f, m)
	e.genErrorBody(f, m)
	e.genErrorText(f, m)
	return true
}

// genAPIError writes APIError, its Error method and NewAPIError.
//
//	type APIError struct {
//		StatusCode int
//		Body       *Response
//		Raw        []byte
//		Method, Path string
//	}
func (e *emitter) genAPIError(f *jen.File, m *ir.ErrorModel) {
	body := m.Decl.Name
	f.Comment("// APIError is an answer whose status is not 2xx. The Client returns one for\n" +
		"// such an answer, and a Server implementation returns one to send such an\n" +
		"// answer: its status, with Body as the error body (" + body + ").")
	f.Type().Id("APIError").Struct(
		jen.Comment("// StatusCode is the HTTP status."),
		jen.Id("StatusCode").Int(),
		jen.Line(),
		jen.Comment("// Body is the error body. The client sets it when the answer's body is\n// JSON of that shape; nil otherwise."),
		jen.Id("Body").Op("*").Id(body),
		jen.Line(),
		jen.Comment("// Raw is the answer's body as the client received it (at most the\n// client's response size limit), JSON or not; the server ignores it."),
		jen.Id("Raw").Index().Byte(),
		jen.Line(),
		jen.Comment("// Method and Path name the request that got the answer (client side):\n// Path is the operation's path with its parameters, under the server URL,\n// without the query (where a credential may travel)."),
		jen.List(jen.Id("Method"), jen.Id("Path")).String(),
	)

	f.Line()
	f.Comment("// NewAPIError returns an *APIError answering status with an error body\n// that says message.")
	f.Func().Id("NewAPIError").Params(jen.Id("status").Int(), jen.Id("message").String()).Op("*").Id("APIError").Block(
		jen.Id("b").Op(":=").Id("newErrorBody").Call(jen.Id("message"), jen.Lit("")),
		jen.Return(jen.Op("&").Id("APIError").Values(jen.Dict{
			jen.Id("StatusCode"): jen.Id("status"),
			jen.Id("Body"):       jen.Op("&").Id("b"),
		})),
	)

	ex := func() *jen.Statement { return jen.Id("e") }
	f.Line()
	f.Comment("// Error returns \"METHOD /path: 404 Not Found: message: detail\".")
	f.Func().Params(jen.Id("e").Op("*").Id("APIError")).Id("Error").Params().String().Block(
		jen.Var().Id("b").Qual("strings", "Builder"),
		jen.If(ex().Dot("Method").Op("!=").Lit("")).Block(
			jen.Id("b").Dot("WriteString").Call(ex().Dot("Method").Op("+").Lit(" ").Op("+").Add(ex()).Dot("Path").Op("+").Lit(": ")),
		),
		jen.Id("b").Dot("WriteString").Call(jen.Qual("strconv", "Itoa").Call(ex().Dot("StatusCode"))),
		jen.If(jen.Id("t").Op(":=").Qual("net/http", "StatusText").Call(ex().Dot("StatusCode")), jen.Id("t").Op("!=").Lit("")).Block(
			jen.Id("b").Dot("WriteString").Call(jen.Lit(" ").Op("+").Id("t")),
		),
		jen.Id("text").Op(":=").Id("errorText").Call(ex().Dot("Body")),
		jen.Switch().Block(
			jen.Case(jen.Id("text").Op("!=").Lit("")).Block(
				jen.Id("b").Dot("WriteString").Call(jen.Lit(": ").Op("+").Id("text")),
			),
			jen.Case(jen.Len(ex().Dot("Raw")).Op(">").Lit(0)).Block(
				jen.Id("b").Dot("WriteString").Call(jen.Lit(": ").Op("+").Id("rawText").Call(ex().Dot("Raw"))),
			),
		),
		jen.Return(jen.Id("b").Dot("String").Call()),
	)

	f.Line()
	f.Comment("// rawText shows at most 200 bytes of a body that is not an error body.")
	f.Func().Id("rawText").Params(jen.Id("raw").Index().Byte()).String().Block(
		jen.Const().Id("limit").Op("=").Lit(200),
		jen.Id("s").Op(":=").Qual("strings", "TrimSpace").Call(jen.String().Call(jen.Id("raw"))),
		jen.If(jen.Len(jen.Id("s")).Op(">").Id("limit")).Block(
			jen.Id("s").Op("=").Qual("strings", "ToValidUTF8").Call(jen.Id("s").Index(jen.Empty(), jen.Id("limit")), jen.Lit("")).Op("+").Lit("…"),
		),
		jen.Return(jen.Id("s")),
	)
}

// genErrorBody writes inputProblem and newErrorBody, which fills the error
// schema by the convention's fields.
//
//	func newErrorBody(message, detail string, problems ...inputProblem) Response
func (e *emitter) genErrorBody(f *jen.File, m *ir.ErrorModel) {
	f.Line()
	f.Comment("// inputProblem is one input of a request that is not valid: a parameter,\n// or a property of the body (field is then its dotted path).")
	f.Type().Id("inputProblem").Struct(jen.List(jen.Id("field"), jen.Id("detail")).String())

	b := func() *jen.Statement { return jen.Id("b") }
	f.Line()
	f.Comment("// newErrorBody returns the error body that says message, with detail\n// (if not empty) and the problems of a request that is not valid.")
	f.Func().Id("newErrorBody").Params(
		jen.List(jen.Id("message"), jen.Id("detail")).String(), jen.Id("problems").Op("...").Id("inputProblem"),
	).Id(m.Decl.Name).BlockFunc(func(g *jen.Group) {
		g.Var().Id("b").Id(m.Decl.Name)
		g.Add(setText(b(), m.Message, jen.Id("message")))
		if m.Validations != nil {
			item := jen.Dict{
				jen.Id(m.ValidationField.Name):  textValue(m.ValidationField, jen.Id("p").Dot("field")),
				jen.Id(m.ValidationDetail.Name): textValue(m.ValidationDetail, jen.Id("p").Dot("detail")),
			}
			g.For(jen.List(jen.Id("_"), jen.Id("p")).Op(":=").Range().Id("problems")).Block(
				b().Dot(m.Validations.Name).Op("=").Append(b().Dot(m.Validations.Name), jen.Id(m.Validation.Name).Values(item)),
			)
		} else {
			// No validations property: the problems join the detail.
			g.For(jen.List(jen.Id("_"), jen.Id("p")).Op(":=").Range().Id("problems")).Block(
				jen.Id("text").Op(":=").Id("p").Dot("field").Op("+").Lit(": ").Op("+").Id("p").Dot("detail"),
				jen.If(jen.Id("detail").Op("!=").Lit("")).Block(jen.Id("text").Op("=").Lit("; ").Op("+").Id("text")),
				jen.Id("detail").Op("+=").Id("text"),
			)
		}
		detail := jen.If(jen.Id("detail").Op("!=").Lit(""))
		if m.Detail != nil {
			g.Add(detail.Block(setText(b(), m.Detail, jen.Id("detail"))))
		} else {
			g.Add(detail.Block(setText(b(), m.Message, jen.Id("message").Op("+").Lit(": ").Op("+").Id("detail"))))
		}
		g.Return(b())
	})
}

// genErrorText writes errorText, which renders an error body for Error
// methods: "message: detail: field: problem; field: problem".
func (e *emitter) genErrorText(f *jen.File, m *ir.ErrorModel) {
	b := func() *jen.Statement { return jen.Id("b") }
	appendText := func(val *jen.Statement, f *ir.Field) jen.Code {
		if f.Pointer {
			return jen.If(val.Clone().Op("!=").Nil().Op("&&").Op("*").Add(val.Clone()).Op("!=").Lit("")).Block(
				jen.Id("parts").Op("=").Append(jen.Id("parts"), jen.Op("*").Add(val.Clone())),
			)
		}
		return jen.If(val.Clone().Op("!=").Lit("")).Block(jen.Id("parts").Op("=").Append(jen.Id("parts"), val.Clone()))
	}
	f.Line()
	f.Comment("// errorText renders an error body as \"message: detail: field: problem;\n// field: problem\", leaving out what is empty.")
	f.Func().Id("errorText").Params(jen.Id("b").Op("*").Id(m.Decl.Name)).String().BlockFunc(func(g *jen.Group) {
		g.If(b().Op("==").Nil()).Block(jen.Return(jen.Lit("")))
		g.Var().Id("parts").Index().String()
		g.Add(appendText(b().Dot(m.Message.Name), m.Message))
		if m.Detail != nil {
			g.Add(appendText(b().Dot(m.Detail.Name), m.Detail))
		}
		if m.Validations != nil {
			g.Var().Id("invalid").Index().String()
			g.For(jen.List(jen.Id("_"), jen.Id("v")).Op(":=").Range().Add(b()).Dot(m.Validations.Name)).Block(
				jen.Id("invalid").Op("=").Append(jen.Id("invalid"),
					readText(jen.Id("v").Dot(m.ValidationField.Name), m.ValidationField).Op("+").Lit(": ").Op("+").Add(readText(jen.Id("v").Dot(m.ValidationDetail.Name), m.ValidationDetail))),
			)
			g.If(jen.Len(jen.Id("invalid")).Op(">").Lit(0)).Block(
				jen.Id("parts").Op("=").Append(jen.Id("parts"), jen.Qual("strings", "Join").Call(jen.Id("invalid"), jen.Lit("; "))),
			)
		}
		g.Return(jen.Qual("strings", "Join").Call(jen.Id("parts"), jen.Lit(": ")))
	})
	if m.Validations != nil && (m.ValidationField.Pointer || m.ValidationDetail.Pointer) {
		f.Line()
		f.Comment("// textOf returns *p, or \"\" for nil.")
		f.Func().Id("textOf").Params(jen.Id("p").Op("*").String()).String().Block(
			jen.If(jen.Id("p").Op("==").Nil()).Block(jen.Return(jen.Lit(""))),
			jen.Return(jen.Op("*").Id("p")),
		)
	}
}

// setText assigns a string to a string field, through Ptr when the field
// is a pointer.
func setText(target *jen.Statement, f *ir.Field, val jen.Code) jen.Code {
	return target.Clone().Dot(f.Name).Op("=").Add(textValue(f, val))
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
