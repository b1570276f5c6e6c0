package emit

import (
	"github.com/dave/jennifer/jen"
)

// genWebSockets writes websocket.gen.go, the runtime of follow forms on
// github.com/coder/websocket (the library Coder itself uses): the server's
// WebSocketSink and serveWebSocket, the client's WebSocketStream and
// dialWebSocket. Only an API with a follow form gets the file, and so the
// import.
func (e *emitter) genWebSockets(f *jen.File) bool {
	if !e.uses.follow {
		return false
	}
	e.genWebSocketSink(f)
	e.genServeWebSocket(f)
	genHeaderHasToken(f)
	e.genWebSocketStream(f)
	e.genDialWebSocket(f)
	return true
}

func ws(name string) *jen.Statement { return jen.Qual(coderWebSocket, name) }

// genWebSocketSink writes WebSocketSink with Send, upgrade and end.
func (e *emitter) genWebSocketSink(f *jen.File) {
	T := func() *jen.Statement { return jen.Id("T") }
	recv := func() *jen.Statement { return jen.Id("s").Op("*").Id("WebSocketSink").Types(T()) }
	s := func() *jen.Statement { return jen.Id("s") }
	f.Comment("// WebSocketSink sends the messages of a WebSocket, each a T as one JSON text\n" +
		"// message: a Server method serving an operation's WebSocket form gets one.\n" +
		"// The connection is upgraded with the first message. Send is safe for\n" +
		"// concurrent use; it fails once the client has gone or the method has\n" +
		"// returned.")
	f.Type().Id("WebSocketSink").Types(jen.Id("T").Any()).Struct(
		jen.Id("w").Qual(netHTTP, "ResponseWriter"),
		jen.Id("r").Op("*").Qual(netHTTP, "Request"),
		jen.Comment("// ctx is the method's; gone ends it when the client closes or leaves."),
		jen.Id("ctx").Qual("context", "Context"),
		jen.Id("gone").Qual("context", "CancelFunc"),
		jen.Comment("// interval is how often the connection is pinged; 0 for never."),
		jen.Id("interval").Qual("time", "Duration"),
		jen.Line(),
		jen.Id("mu").Qual("sync", "Mutex"),
		jen.Id("conn").Op("*").Add(ws("Conn")),
		jen.Comment("// err is why the sink cannot send: the upgrade failed, or it ended."),
		jen.Id("err").Error(),
	)

	f.Line()
	f.Comment("// errWebSocketEnded is what sending returns once the method has returned.")
	f.Var().Id("errWebSocketEnded").Op("=").Qual("errors", "New").Call(jen.Lit("websocket: the method has returned"))

	f.Line()
	f.Comment("// Send sends v as one JSON text message, upgrading the connection first if\n// it is the first.")
	f.Func().Params(recv()).Id("Send").Params(jen.Id("ctx").Qual("context", "Context"), jen.Id("v").Add(T())).Error().Block(
		jen.List(jen.Id("data"), jen.Err()).Op(":=").Id("jwMarshal").Call(jen.Op("&").Id("v")),
		jen.If(jen.Err().Op("!=").Nil()).Block(
			jen.Return(jen.Qual("fmt", "Errorf").Call(jen.Lit("websocket: encoding a message: %w"), jen.Err())),
		),
		jen.List(jen.Id("conn"), jen.Err()).Op(":=").Add(s()).Dot("upgrade").Call(),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
		jen.Return(jen.Id("conn").Dot("Write").Call(jen.Id("ctx"), ws("MessageText"), jen.Id("data"))),
	)

	f.Line()
	f.Comment("// upgrade accepts the WebSocket unless it is accepted. From then on the\n" +
		"// connection is read (which answers pings and the close handshake) and\n" +
		"// pinged, and the method's context ends when the client closes it, goes\n" +
		"// away or does not answer a ping.")
	f.Func().Params(recv()).Id("upgrade").Params().Params(jen.Op("*").Add(ws("Conn")), jen.Error()).Block(
		s().Dot("mu").Dot("Lock").Call(),
		jen.Defer().Add(s()).Dot("mu").Dot("Unlock").Call(),
		jen.If(s().Dot("conn").Op("==").Nil().Op("&&").Add(s()).Dot("err").Op("==").Nil()).Block(
			jen.List(s().Dot("conn"), s().Dot("err")).Op("=").Add(ws("Accept")).Call(s().Dot("w"), s().Dot("r"), jen.Op("&").Add(ws("AcceptOptions")).Values(jen.Dict{
				jen.Id("CompressionMode"): ws("CompressionDisabled"),
			})),
			jen.If(s().Dot("err").Op("==").Nil()).Block(
				jen.Qual("context", "AfterFunc").Call(s().Dot("conn").Dot("CloseRead").Call(s().Dot("ctx")), s().Dot("gone")),
				jen.If(s().Dot("interval").Op(">").Lit(0)).Block(
					jen.Go().Add(s()).Dot("heartbeat").Call(s().Dot("conn")),
				),
			),
		),
		jen.If(s().Dot("err").Op("!=").Nil()).Block(jen.Return(jen.Nil(), s().Dot("err"))),
		jen.Return(s().Dot("conn"), jen.Nil()),
	)

	f.Line()
	f.Comment("// heartbeat pings conn every interval until the method's context ends; a\n" +
		"// ping not answered within the interval ends it, as Coder's heartbeat does.")
	f.Func().Params(recv()).Id("heartbeat").Params(jen.Id("conn").Op("*").Add(ws("Conn"))).Block(
		jen.Id("ticker").Op(":=").Qual("time", "NewTicker").Call(s().Dot("interval")),
		jen.Defer().Id("ticker").Dot("Stop").Call(),
		jen.For().Block(
			jen.Select().Block(
				jen.Case(jen.Op("<-").Add(s()).Dot("ctx").Dot("Done").Call()).Block(jen.Return()),
				jen.Case(jen.Op("<-").Id("ticker").Dot("C")),
			),
			jen.List(jen.Id("ctx"), jen.Id("cancel")).Op(":=").Qual("context", "WithTimeout").Call(s().Dot("ctx"), s().Dot("interval")),
			jen.Err().Op(":=").Id("conn").Dot("Ping").Call(jen.Id("ctx")),
			jen.Id("cancel").Call(),
			jen.If(jen.Err().Op("!=").Nil()).Block(
				s().Dot("gone").Call(),
				jen.Return(),
			),
		),
	)

	f.Line()
	f.Comment("// end stops sending and returns the connection, if upgraded, and the error\n// of an upgrade that failed.")
	f.Func().Params(recv()).Id("end").Params().Params(jen.Op("*").Add(ws("Conn")), jen.Error()).Block(
		s().Dot("mu").Dot("Lock").Call(),
		jen.Defer().Add(s()).Dot("mu").Dot("Unlock").Call(),
		jen.List(jen.Id("conn"), jen.Err()).Op(":=").List(s().Dot("conn"), s().Dot("err")),
		s().Dot("err").Op("=").Id("errWebSocketEnded"),
		jen.Return(jen.Id("conn"), jen.Err()),
	)
}

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

// genHeaderHasToken writes headerHasToken, which reads the comma-separated
// token lists of Connection and Upgrade.
func genHeaderHasToken(f *jen.File) {
	f.Line()
	f.Comment("// headerHasToken reports whether a value of the header key lists token,\n// in any case.")
	f.Func().Id("headerHasToken").Params(jen.Id("header").Qual(netHTTP, "Header"), jen.List(jen.Id("key"), jen.Id("token")).String()).Bool().Block(
		jen.For(jen.List(jen.Id("_"), jen.Id("v")).Op(":=").Range().Id("header").Dot("Values").Call(jen.Id("key"))).Block(
			jen.For(jen.List(jen.Id("_"), jen.Id("t")).Op(":=").Range().Qual("strings", "Split").Call(jen.Id("v"), jen.Lit(","))).Block(
				jen.If(jen.Qual("strings", "EqualFold").Call(jen.Qual("strings", "TrimSpace").Call(jen.Id("t")), jen.Id("token"))).Block(jen.Return(jen.True())),
			),
		),
		jen.Return(jen.False()),
	)
}

// genWebSocketStream writes WebSocketStream with Recv, All and Close.
func (e *emitter) genWebSocketStream(f *jen.File) {
	T := func() *jen.Statement { return jen.Id("T") }
	recv := func() *jen.Statement { return jen.Id("s").Op("*").Id("WebSocketStream").Types(T()) }
	s := func() *jen.Statement { return jen.Id("s") }
	f.Line()
	f.Comment("// WebSocketStream reads the messages of a WebSocket, each a T in one JSON\n" +
		"// text message, as the Client method of an operation's WebSocket form\n" +
		"// returns it. Read it with Recv or range over All; Close it when done. It\n" +
		"// ends when the server closes it normally, and when the context of the\n" +
		"// call that opened it ends.")
	f.Type().Id("WebSocketStream").Types(jen.Id("T").Any()).Struct(
		jen.Id("ctx").Qual("context", "Context"),
		jen.Id("conn").Op("*").Add(ws("Conn")),
		jen.Comment("// err is the error that ended the stream (io.EOF at its end)."),
		jen.Id("err").Error(),
	)

	f.Line()
	f.Comment("// Recv returns the next message. When the server has closed the WebSocket\n" +
		"// normally (1000) Recv returns io.EOF; once the call's context has ended,\n" +
		"// its error; on any other close, a websocket.CloseError. A message that\n" +
		"// does not decode is an error after which the stream goes on.")
	f.Func().Params(recv()).Id("Recv").Params().Params(T(), jen.Error()).Block(
		jen.Var().Id("zero").Add(T()),
		jen.If(s().Dot("err").Op("!=").Nil()).Block(jen.Return(jen.Id("zero"), s().Dot("err"))),
		jen.List(jen.Id("typ"), jen.Id("data"), jen.Err()).Op(":=").Add(s()).Dot("conn").Dot("Read").Call(s().Dot("ctx")),
		jen.If(jen.Err().Op("!=").Nil()).Block(
			jen.Switch().Block(
				jen.Case(ws("CloseStatus").Call(jen.Err()).Op("==").Add(ws("StatusNormalClosure"))).Block(
					jen.Err().Op("=").Qual("io", "EOF"),
				),
				jen.Case(s().Dot("ctx").Dot("Err").Call().Op("!=").Nil()).Block(
					jen.Err().Op("=").Add(s()).Dot("ctx").Dot("Err").Call(),
				),
			),
			s().Dot("err").Op("=").Err(),
			jen.Return(jen.Id("zero"), jen.Err()),
		),
		jen.If(jen.Id("typ").Op("!=").Add(ws("MessageText"))).Block(
			jen.Return(jen.Id("zero"), jen.Qual("errors", "New").Call(jen.Lit("websocket: a binary message, want JSON text"))),
		),
		jen.Var().Id("v").Add(T()),
		jen.If(jen.Err().Op(":=").Qual(encJSON, "Unmarshal").Call(jen.Id("data"), jen.Op("&").Id("v")), jen.Err().Op("!=").Nil()).Block(
			jen.Return(jen.Id("zero"), jen.Qual("fmt", "Errorf").Call(jen.Lit("websocket: decoding a message: %w"), jen.Err())),
		),
		jen.Return(jen.Id("v"), jen.Nil()),
	)

	f.Line()
	f.Comment("// All returns the stream as a sequence for range: (value, nil) for each\n" +
		"// message, (zero, err) for each error Recv returns, the last one being the\n" +
		"// error that ended the stream (none at its normal end). The stream is\n" +
		"// closed when the loop ends.")
	f.Func().Params(recv()).Id("All").Params().Qual("iter", "Seq2").Types(T(), jen.Error()).Block(
		jen.Return(jen.Func().Params(jen.Id("yield").Func().Params(T(), jen.Error()).Bool()).Block(
			jen.Defer().Add(s()).Dot("Close").Call(),
			jen.For().Block(
				jen.List(jen.Id("v"), jen.Err()).Op(":=").Add(s()).Dot("Recv").Call(),
				jen.If(jen.Err().Op("==").Qual("io", "EOF")).Block(jen.Return()),
				jen.If(jen.Op("!").Id("yield").Call(jen.Id("v"), jen.Err()).Op("||").Add(s()).Dot("err").Op("!=").Nil()).Block(jen.Return()),
			),
		)),
	)

	f.Line()
	f.Comment("// Close ends the stream (normally, 1000) and releases its connection.")
	f.Func().Params(recv()).Id("Close").Params().Error().Block(
		jen.If(jen.Err().Op(":=").Add(s()).Dot("conn").Dot("Close").Call(ws("StatusNormalClosure"), jen.Lit("")), jen.Err().Op("!=").Nil().Op("&&").Op("!").Qual("errors", "Is").Call(jen.Err(), jen.Qual("net", "ErrClosed"))).Block(
			jen.Return(jen.Err()),
		),
		jen.Return(jen.Nil()),
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
