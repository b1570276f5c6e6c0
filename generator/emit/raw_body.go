package emit

import (
	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

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
