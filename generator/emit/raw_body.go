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
func (e *emitter) clientRawBody(g *jen.Group, args []jen.Code, fail func(jen.Code) jen.Code) {
	g.List(e.id("resp"), e.id("err")).Op(":=").Add(e.id("c")).Dot("open").Call(args...)
	g.If(e.id("err").Op("!=").Nil()).Block(fail(e.id("err")))
	g.Return(jen.Op("&").Id("RawBody").Values(jen.Dict{
		jen.Id("ContentType"): e.id("resp").Dot("Header").Dot("Get").Call(jen.Lit("Content-Type")),
		jen.Id("Body"):        e.id("resp").Dot("Body"),
	}), jen.Nil())
}

// isRawBody reports whether an operation's client returns a RawBody.
func isRawBody(op *ir.Operation) bool {
	return !op.WebSocket && op.Success != nil && op.Success.Chosen != nil && op.Success.Chosen.Encoding == ir.EncodingRawBody
}
