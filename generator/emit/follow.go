package emit

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// The follow form of an operation (ir.Follow): when a query parameter is
// present the request upgrades to a WebSocket of JSON messages. Its Server
// method gets a *WebSocketSink and its Client method returns a
// *WebSocketStream, served and dialed by runtime code on
// github.com/coder/websocket (runtime/handlerwebsocket.go,
// clientwebsocket.go).

// followSinkType is the sink a follow form's Server method gets:
// *WebSocketSink[ProvisionerJobLog].
func (e *emitter) followSinkType(op *ir.Operation) *jen.Statement {
	return jen.Op("*").Id("WebSocketSink").Types(e.goType(op.Follow.Message))
}

// followServerParams are the parameters of a follow form's Server method:
// the operation's inputs and the sink.
func (e *emitter) followServerParams(op *ir.Operation, named bool) []jen.Code {
	sink := e.followSinkType(op)
	if named {
		sink = e.id("sink").Add(sink)
	}
	return append(e.opInputs(op, named), sink)
}

// followNote says, in a doc comment, what selects the follow form.
func followNote(op *ir.Operation) string {
	return fmt.Sprintf("%s is the WebSocket form of\n%s: a request with the query parameter\n"+
		"%q (any value, or none) selects it. Each message is one JSON text\n"+
		"message.", op.Follow.Name, op.Name, op.Follow.Param.WireName)
}

// genFollowServerMethod adds a follow form's method to the Server interface.
//
//	FollowWorkspaceBuildLogs(ctx context.Context, workspacebuild string, params GetWorkspaceBuildLogsParams, sink *WebSocketSink[ProvisionerJobLog]) error
func (e *emitter) genFollowServerMethod(g *jen.Group, op *ir.Operation) {
	g.Line()
	g.Add(docComment(followNote(op)+"\n\n"+
		"The handler has checked the credentials and the parameters. The method\n"+
		"sends with sink; the connection is upgraded with the first message, so\n"+
		"until then an error is answered like any other. When the method returns\n"+
		"nil the WebSocket closes normally (1000); an error after the upgrade is\n"+
		"logged and closes it with 1011. ctx ends when the client goes away.", false))
	g.Id(op.Follow.Name).Params(e.followServerParams(op, true)...).Error()
}

// genFollowUnimplemented writes Unimplemented's method for a follow form.
func (e *emitter) genFollowUnimplemented(f *jen.File, op *ir.Operation) {
	name := op.Follow.Name
	f.Line()
	f.Comment(fmt.Sprintf("// %s answers 501 Not Implemented.", name))
	f.Func().Params(jen.Id("Unimplemented")).Id(name).Params(e.followServerParams(op, false)...).Error().Block(
		jen.Return(jen.Id("NewAPIError").Call(jen.Qual(netHTTP, "StatusNotImplemented"), jen.Lit(name+" is not implemented."))),
	)
}

// routeFollow writes the handler's branch to a follow form, after the
// parameters were checked:
//
//	if r.URL.Query().Has("follow") {
//		serveWebSocket(h, w, r.WithContext(ctx), func(ctx context.Context, sink *WebSocketSink[ProvisionerJobLog]) error {
//			return h.srv.FollowWorkspaceBuildLogs(ctx, workspacebuild, params, sink)
//		})
//		return
//	}
func (e *emitter) routeFollow(g *jen.Group, op *ir.Operation) {
	fw := op.Follow
	g.If(e.id("r").Dot("URL").Dot("Query").Call().Dot("Has").Call(jen.Lit(fw.Param.WireName))).Block(
		jen.Id("serveWebSocket").Call(e.id("h"), e.id("w"), e.id("r").Dot("WithContext").Call(e.id("ctx")),
			jen.Func().Params(e.id("ctx").Qual("context", "Context"), e.id("sink").Add(e.followSinkType(op))).Error().Block(
				jen.Return(e.id("h").Dot("srv").Dot(fw.Name).Call(append(e.serverArgs(op), e.id("sink"))...)),
			)),
		jen.Return(),
	)
}

// genFollowClientMethod writes the Client method of a follow form: the
// operation's request, with the parameter that selects the form, dialed.
//
//	func (c *Client) FollowWorkspaceBuildLogs(ctx context.Context, workspacebuild string, params GetWorkspaceBuildLogsParams, editors ...RequestEditor) (*WebSocketStream[ProvisionerJobLog], error) {
//		call := &clientCall{…}
//		…
//		call.query.Set("follow", "")
//		return dialWebSocket[ProvisionerJobLog](ctx, c, call, editors)
//	}
func (e *emitter) genFollowClientMethod(f *jen.File, op *ir.Operation) {
	defer e.enterOperation(op)()
	fw := op.Follow
	params := append(e.opInputs(op, true), e.id("editors").Op("...").Id("RequestEditor"))
	f.Line()
	f.Add(docComment(followNote(op)+"\n\n"+
		"It dials the WebSocket with the parameters, credentials and editors of\n"+
		"any request, and returns the stream of messages, which ends (io.EOF)\n"+
		"when the server closes it normally. An answer other than the upgrade\n"+
		"is returned as an *APIError.", false))
	f.Func().Params(e.id("c").Op("*").Id("Client")).Id(fw.Name).Params(params...).Params(jen.Op("*").Id("WebSocketStream").Types(e.goType(fw.Message)), jen.Error()).BlockFunc(func(g *jen.Group) {
		fail := func(err jen.Code) jen.Code { return jen.Return(jen.Nil(), err) }
		e.clientPathJSON(g, op, fail)
		g.Add(e.id("call")).Op(":=").Op("&").Id("clientCall").Values(jen.Dict{
			jen.Id("method"): jen.Lit(op.Method),
			jen.Id("path"):   e.clientPath(op),
		})
		if sendsCredentials(op) {
			g.Add(e.id("call")).Dot("auth").Op("=").Add(schemesMask(op.Auth.Schemes))
		}
		e.clientParams(g, op, fail)
		g.Comment("// Present, and empty: an empty value is no value to the handler's parsers.")
		g.Add(e.id("call")).Dot("query").Dot("Set").Call(jen.Lit(fw.Param.WireName), jen.Lit(""))
		g.Return(jen.Id("dialWebSocket").Types(e.goType(fw.Message)).Call(e.id("ctx"), e.id("c"), e.id("call"), e.id("editors")))
	})
}
