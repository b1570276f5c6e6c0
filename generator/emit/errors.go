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
	e.genSetStatus(f, m)
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
		statusOf(m, jen.Id("status")),
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
			jen.Id("b.WriteString").Call(ex().Dot("Method").Op("+").Lit(" ").Op("+").Add(ex()).Dot("Path").Op("+").Lit(": ")),
		),
		jen.Id("b.WriteString").Call(jen.Qual("strconv", "Itoa").Call(ex().Dot("StatusCode"))),
		jen.If(jen.Id("t").Op(":=").Qual("net/http", "StatusText").Call(ex().Dot("StatusCode")), jen.Id("t").Op("!=").Lit("")).Block(
			jen.Id("b.WriteString").Call(jen.Lit(" ").Op("+").Id("t")),
		),
		jen.Id("text").Op(":=").Id("errorText").Call(ex().Dot("Body")),
		jen.Switch().Block(
			jen.Case(jen.Id("text").Op("!=").Lit("")).Block(
				jen.Id("b.WriteString").Call(jen.Lit(": ").Op("+").Id("text")),
			),
			jen.Case(jen.Len(ex().Dot("Raw")).Op(">").Lit(0)).Block(
				jen.Id("b.WriteString").Call(jen.Lit(": ").Op("+").Id("rawText").Call(ex().Dot("Raw"))),
			),
		),
		jen.Return(jen.Id("b.String").Call()),
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
