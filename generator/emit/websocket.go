package emit

import (
	"github.com/dave/jennifer/jen"
)

// genWebSockets writes websocket.gen.go, what the follow forms on
// github.com/coder/websocket (the library Coder itself uses) need from the
// package's handler and Client: serveWebSocket and dialWebSocket. The sink
// and stream they use are fixed code (runtime/websocketsink.go,
// runtime/websocketstream.go). Only an API with a follow form gets the
// file, and so the import.
func (e *emitter) genWebSockets(f *jen.File) bool {
	if !e.hasFollow() {
		return false
	}
	e.genServeWebSocket(f)
	e.genDialWebSocket(f)
	return true
}

func ws(name string) *jen.Statement { return jen.Qual(coderWebSocket, name) }

// genServeWebSocket writes serveWebSocket, which runs a follow form's
// Server method and ends its WebSocket.
func (e *emitter) genServeWebSocket(f *jen.File) {
	w, r, h := jen.Id("w"), jen.Id("r"), jen.Id("h")
	f.Line()
	f.Comment("// serveWebSocket serves an operation's WebSocket form with follow, the\n" +
		"// Server method. An error before the upgrade is answered like any other;\n" +
		"// after it, it is logged and the WebSocket closes with 1011 (internal\n" +
		"// error, saying no more). Without an error it closes with 1000, upgraded\n" +
		"// first if nothing was sent. A request that is not a WebSocket handshake\n" +
		"// is answered 426 without calling follow.")
	f.Func().Id("serveWebSocket").Types(jen.Id("T").Any()).Params(
		h.Clone().Op("*").Id("handler"), w.Clone().Qual(netHTTP, "ResponseWriter"), r.Clone().Op("*").Qual(netHTTP, "Request"),
		jen.Id("follow").Func().Params(jen.Qual("context", "Context"), jen.Op("*").Id("WebSocketSink").Types(jen.Id("T"))).Error(),
	).Block(
		jen.If(jen.Op("!").Id("headerHasToken").Call(r.Clone().Dot("Header"), jen.Lit("Connection"), jen.Lit("upgrade")).Op("||").Op("!").Id("headerHasToken").Call(r.Clone().Dot("Header"), jen.Lit("Upgrade"), jen.Lit("websocket"))).Block(
			w.Clone().Dot("Header").Call().Dot("Set").Call(jen.Lit("Connection"), jen.Lit("Upgrade")),
			w.Clone().Dot("Header").Call().Dot("Set").Call(jen.Lit("Upgrade"), jen.Lit("websocket")),
			h.Clone().Dot("writeError").Call(w, r, jen.Id("NewAPIError").Call(jen.Qual(netHTTP, "StatusUpgradeRequired"), jen.Lit("This request needs a WebSocket handshake (Connection: Upgrade, Upgrade: websocket)."))),
			jen.Return(),
		),
		jen.List(jen.Id("ctx"), jen.Id("cancel")).Op(":=").Qual("context", "WithCancel").Call(r.Clone().Dot("Context").Call()),
		jen.Defer().Id("cancel").Call(),
		jen.Id("sink").Op(":=").Op("&").Id("WebSocketSink").Types(jen.Id("T")).Values(jen.Dict{
			jen.Id("w"): w, jen.Id("r"): r, jen.Id("ctx"): jen.Id("ctx"), jen.Id("gone"): jen.Id("cancel"),
			jen.Id("interval"): h.Clone().Dot("pingInterval"),
		}),
		jen.Err().Op(":=").Id("follow").Call(jen.Id("ctx"), jen.Id("sink")),
		jen.If(jen.Err().Op("==").Nil()).Block(
			jen.Comment("// A failed upgrade is end's to report."),
			jen.List(jen.Id("_"), jen.Id("_")).Op("=").Id("sink").Dot("upgrade").Call(),
		),
		jen.List(jen.Id("conn"), jen.Id("upgradeErr")).Op(":=").Id("sink").Dot("end").Call(),
		jen.Switch().Block(
			jen.Case(jen.Id("conn").Op("!=").Nil().Op("&&").Err().Op("==").Nil()).Block(
				jen.Id("_").Op("=").Id("conn").Dot("Close").Call(ws("StatusNormalClosure"), jen.Lit("")),
			),
			jen.Case(jen.Id("conn").Op("!=").Nil()).Block(
				h.Clone().Dot("logError").Call(r, jen.Err()),
				jen.Id("_").Op("=").Id("conn").Dot("Close").Call(ws("StatusInternalError"), jen.Lit("internal error")),
			),
			jen.Case(jen.Id("upgradeErr").Op("==").Nil()).Block(
				h.Clone().Dot("fail").Call(w, r, jen.Err()),
			),
		),
	)
}

// genDialWebSocket writes dialWebSocket, which opens a follow form's
// WebSocket, and doerTransport.
func (e *emitter) genDialWebSocket(f *jen.File) {
	c, call := jen.Id("c"), jen.Id("call")
	f.Line()
	f.Comment("// dialWebSocket builds call's request (credentials and editors applied) and\n" +
		"// dials it. An answer other than the upgrade is an *APIError.")
	f.Func().Id("dialWebSocket").Types(jen.Id("T").Any()).Params(
		jen.Id("ctx").Qual("context", "Context"), c.Clone().Op("*").Id("Client"), call.Clone().Op("*").Id("clientCall"), jen.Id("editors").Index().Id("RequestEditor"),
	).Params(jen.Op("*").Id("WebSocketStream").Types(jen.Id("T")), jen.Error()).BlockFunc(func(g *jen.Group) {
		g.List(jen.Id("req"), jen.Err()).Op(":=").Add(c).Dot("newRequest").Call(jen.Id("ctx"), call, jen.Id("editors"))
		g.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err()))
		g.List(jen.Id("hc"), jen.Id("ok")).Op(":=").Add(c).Dot("doer").Op(".").Parens(jen.Op("*").Qual(netHTTP, "Client"))
		g.If(jen.Op("!").Id("ok")).Block(
			jen.Comment("// The Doer follows redirects itself, if at all: this wrapper must not\n// follow one with the request's credentials on."),
			jen.Id("hc").Op("=").Op("&").Qual(netHTTP, "Client").Values(jen.Dict{
				jen.Id("Transport"): jen.Id("doerTransport").Values(c.Clone().Dot("doer")),
				jen.Id("CheckRedirect"): jen.Func().Params(jen.Op("*").Qual(netHTTP, "Request"), jen.Index().Op("*").Qual(netHTTP, "Request")).Error().Block(
					jen.Return(jen.Qual(netHTTP, "ErrUseLastResponse")),
				),
			}),
		)
		g.List(jen.Id("conn"), jen.Id("resp"), jen.Err()).Op(":=").Add(ws("Dial")).Call(jen.Id("ctx"), jen.Id("req").Dot("URL").Dot("String").Call(), jen.Op("&").Add(ws("DialOptions")).Values(jen.Dict{
			jen.Id("HTTPClient"):      jen.Id("hc"),
			jen.Id("HTTPHeader"):      jen.Id("req").Dot("Header"),
			jen.Id("CompressionMode"): ws("CompressionDisabled"),
		}))
		g.If(jen.Err().Op("!=").Nil()).BlockFunc(func(b *jen.Group) {
			b.If(jen.Id("resp").Op("==").Nil().Op("||").Id("resp").Dot("StatusCode").Op("==").Qual(netHTTP, "StatusSwitchingProtocols")).Block(
				jen.Comment("// The library's message has the URL with its query, where a credential\n// may travel: the transport's *url.Error stands for it, without."),
				jen.Var().Id("urlErr").Op("*").Qual(netURL, "Error"),
				jen.If(jen.Qual("errors", "As").Call(jen.Err(), jen.Op("&").Id("urlErr"))).Block(
					jen.Return(jen.Nil(), c.Clone().Dot("hideQuery").Call(call, jen.Id("urlErr"))),
				),
				jen.Return(jen.Nil(), jen.Err()),
			)
			for _, s := range e.readAPIError() {
				b.Add(s)
			}
			b.Return(jen.Nil(), jen.Id("apiErr"))
		})
		g.Id("conn").Dot("SetReadLimit").Call(c.Clone().Dot("maxResponseBytes"))
		g.Return(jen.Op("&").Id("WebSocketStream").Types(jen.Id("T")).Values(jen.Dict{jen.Id("ctx"): jen.Id("ctx"), jen.Id("conn"): jen.Id("conn")}), jen.Nil())
	})

	f.Line()
	f.Comment("// doerTransport lets a Doer other than *http.Client dial a WebSocket.")
	f.Type().Id("doerTransport").Struct(jen.Id("doer").Id("Doer"))
	f.Line()
	f.Func().Params(jen.Id("t").Id("doerTransport")).Id("RoundTrip").Params(jen.Id("req").Op("*").Qual(netHTTP, "Request")).Params(jen.Op("*").Qual(netHTTP, "Response"), jen.Error()).Block(
		jen.Return(jen.Id("t").Dot("doer").Dot("Do").Call(jen.Id("req"))),
	)
}
