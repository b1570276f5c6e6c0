package emit

import (
	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// genWriteRawBody writes the handler's writeRawBody.
//
//	func (h *handler) writeRawBody(w http.ResponseWriter, status int, b *RawBody) {
//		…
//		io.Copy(w, b.Body)
//	}
func genWriteRawBody(f *jen.File) {
	b := func() *jen.Statement { return jen.Id("b") }
	f.Line()
	f.Comment("// writeRawBody answers status with b's body, of b's content type, and closes\n// it. A copy that fails midway can only be cut short: the status is sent.")
	f.Func().Params(jen.Id("h").Op("*").Id("handler")).Id("writeRawBody").Params(
		jen.Id("w").Qual(netHTTP, "ResponseWriter"), jen.Id("status").Int(), jen.Id("b").Op("*").Id("RawBody"),
	).Block(
		jen.If(b().Op("==").Nil().Op("||").Add(b()).Dot("Body").Op("==").Nil()).Block(
			jen.Id("w").Dot("WriteHeader").Call(jen.Id("status")),
			jen.Return(),
		),
		jen.Defer().Add(b()).Dot("Body").Dot("Close").Call(),
		jen.If(b().Dot("ContentType").Op("!=").Lit("")).Block(
			jen.Id("w").Dot("Header").Call().Dot("Set").Call(jen.Lit("Content-Type"), b().Dot("ContentType")),
		),
		jen.Id("w").Dot("WriteHeader").Call(jen.Id("status")),
		jen.List(jen.Id("_"), jen.Id("_")).Op("=").Qual("io", "Copy").Call(jen.Id("w"), b().Dot("Body")),
	)
}

// clientRawBody returns a RawBody answer: the open response's body, which
// the caller closes.
//
//	resp, err := c.open(ctx, call, editors)
//	…
//	return &RawBody{ContentType: resp.Header.Get("Content-Type"), Body: resp.Body}, nil
func clientRawBody(g *jen.Group, args []jen.Code, fail func(jen.Code) jen.Code) {
	g.List(jen.Id("resp"), jen.Err()).Op(":=").Id("c").Dot("open").Call(args...)
	g.If(jen.Err().Op("!=").Nil()).Block(fail(jen.Err()))
	g.Return(jen.Op("&").Id("RawBody").Values(jen.Dict{
		jen.Id("ContentType"): jen.Id("resp").Dot("Header").Dot("Get").Call(jen.Lit("Content-Type")),
		jen.Id("Body"):        jen.Id("resp").Dot("Body"),
	}), jen.Nil())
}

// isRawBody reports whether an operation's client returns a RawBody.
func isRawBody(op *ir.Operation) bool {
	return !op.WebSocket && op.Success != nil && op.Success.Chosen != nil && op.Success.Chosen.Encoding == ir.EncodingRawBody
}
