package emit

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// genServer writes the Server interface, Unimplemented, NewHandler and its
// options, and the handler's routing.
func (e *emitter) genServer(f *jen.File) bool {
	if len(e.api.Operations) == 0 {
		return false
	}
	e.genServerInterface(f)
	e.genUnimplemented(f)
	e.genHandlerOptions(f)
	e.genNewHandler(f)
	e.genRouting(f)
	return true
}

// pings reports whether the handler pings: event streams and WebSockets
// of follow forms.
func (e *emitter) pings() bool { return e.hasStreams() || e.hasFollow() }

// pingDoc picks the doc comment of a ping setting: for event streams only,
// WebSockets only, or both.
func (e *emitter) pingDoc(streams, webSockets, both string) string {
	switch {
	case !e.hasFollow():
		return streams
	case !e.hasStreams():
		return webSockets
	}
	return both
}

// serverResults are the results of an operation's Server method.
func (e *emitter) serverResults(op *ir.Operation) []jen.Code {
	if _, ok := op.Streaming(); ok || op.WebSocket {
		return []jen.Code{jen.Error()}
	}
	if op.ResultType != "" {
		return []jen.Code{jen.Id(op.ResultType), jen.Error()}
	}
	if op.Success == nil || op.Success.Chosen == nil {
		return []jen.Code{jen.Error()}
	}
	return []jen.Code{e.responseBodyType(op.Success.Chosen), jen.Error()}
}

// serverParams are the parameters of an operation's Server method: the
// client's inputs, and the sink of a streaming operation.
func (e *emitter) serverParams(op *ir.Operation, named bool) []jen.Code {
	params := e.opInputs(op, named)
	if op.WebSocket {
		w, r := jen.Qual(netHTTP, "ResponseWriter"), jen.Op("*").Qual(netHTTP, "Request")
		if named {
			w, r = e.id("w").Add(w), e.id("r").Add(r)
		}
		return append(params, w, r)
	}
	if c, ok := op.Streaming(); ok && !op.WebSocket {
		sink := jen.Op("*").Id("EventSink").Types(e.goType(c.Type))
		if named {
			sink = e.id("sink").Add(sink)
		}
		params = append(params, sink)
	}
	return params
}

// genServerInterface writes Server.
//
//	type Server interface {
//		GetWorkspace(ctx context.Context, workspace uuid.UUID, params GetWorkspaceParams) (Workspace, error)
//		…
//	}
func (e *emitter) genServerInterface(f *jen.File) {
	f.Comment("// Server is the API to implement; NewHandler serves an implementation over\n" +
		"// HTTP. Each method gets the request's context (with what the Authenticator\n" +
		"// added) and its inputs, decoded and validated. To answer with an error\n" +
		"// status, return an *APIError (NewAPIError); any other error answers 500.\n" +
		"// Embed Unimplemented to leave operations out.")
	f.Type().Id("Server").InterfaceFunc(func(g *jen.Group) {
		for i, op := range e.api.Operations {
			if !op.Served() {
				continue // noted when lowered: the client's alone
			}
			if i > 0 {
				g.Line()
			}
			leave := e.enterOperation(op)
			g.Add(serverDoc(op))
			g.Id(op.Name).Params(e.serverParams(op, true)...).Params(e.serverResults(op)...)
			if op.Follow != nil {
				e.genFollowServerMethod(g, op)
			}
			leave()
		}
	})
}

// serverDoc is the comment of a Server method; a WebSocket operation's says
// what to do with the ResponseWriter and Request it gets.
func serverDoc(op *ir.Operation) jen.Code {
	if !op.WebSocket {
		return opDoc(op, "serves")
	}
	return opDocWith(op, "serves", webSocketNote(op)+"\n\n"+
		"The handler has checked the credentials and the parameters; the method\n"+
		"upgrades w and r with a WebSocket library (r carries ctx), for example\n\n"+
		"\tconn, err := websocket.Accept(w, r, nil)\n\n"+
		"and serves the connection until it ends. An error returned before the\n"+
		"upgrade is answered like any other; after it, it is logged.")
}

// genUnimplemented writes Unimplemented, answering 501 to everything.
func (e *emitter) genUnimplemented(f *jen.File) {
	f.Line()
	f.Comment("// Unimplemented answers every operation with 501 Not Implemented. Embed it in\n// a Server implementation to implement only some operations.")
	f.Type().Id("Unimplemented").Struct()
	for _, op := range e.api.Operations {
		if !op.Served() {
			continue
		}
		results := e.serverResults(op)
		f.Line()
		f.Comment(fmt.Sprintf("// %s answers 501 Not Implemented.", op.Name))
		f.Func().Params(jen.Id("Unimplemented")).Id(op.Name).Params(e.serverParams(op, false)...).Params(results...).BlockFunc(func(g *jen.Group) {
			err := jen.Id("notImplemented").Call(jen.Lit(op.Name))
			if len(results) == 1 {
				g.Return(err)
				return
			}
			g.Var().Id("zero").Add(results[0])
			g.Return(jen.Id("zero"), err)
		})
		if op.Follow != nil {
			e.genFollowUnimplemented(f, op)
		}
	}
}

// genHandlerOptions writes DefaultPingInterval, whose doc names what is
// pinged, and the With… handler options (DefaultMaxBodyBytes,
// Authenticator and HandlerOption are the runtime's:
// runtime/handlertypes.go).
func (e *emitter) genHandlerOptions(f *jen.File) {
	if e.pings() {
		f.Line()
		f.Comment(e.pingDoc("// DefaultPingInterval is how often the handler sends a `ping` event on an open\n// event stream, unless WithPingInterval says otherwise.",
			"// DefaultPingInterval is how often the handler pings an open WebSocket, as\n// Coder does, unless WithPingInterval says otherwise.",
			"// DefaultPingInterval is how often the handler sends a `ping` event on an open\n// event stream, and pings an open WebSocket, unless WithPingInterval says\n// otherwise."))
		f.Const().Id("DefaultPingInterval").Op("=").Lit(15).Op("*").Qual("time", "Second")
	}

	option := func(doc, name string, param jen.Code, body jen.Code) {
		f.Line()
		f.Comment(doc)
		f.Func().Id(name).Params(param).Id("HandlerOption").Block(
			jen.Return(jen.Func().Params(jen.Id("h").Op("*").Id("handler")).Block(body)),
		)
	}
	h := func() *jen.Statement { return jen.Id("h") }
	option("// WithAnyCredential accepts any non-empty credential without checking it,\n// where no WithAuthenticator is given: for tests and demos only. Without\n// either option the handler refuses (401) every request that an operation\n// requires credentials for.",
		"WithAnyCredential", nil, h().Dot("anyCredential").Op("=").True())
	option("// WithAuthenticator checks credentials with auth, each credential an\n// operation's security requires. Without it (or WithAnyCredential), every\n// request that needs a credential is answered 401.",
		"WithAuthenticator", jen.Id("auth").Id("Authenticator"), h().Dot("auth").Op("=").Id("auth"))
	option("// WithCredentialCookie also reads the credential from the cookie called name\n// when the request does not carry one where a security scheme says (Coder's\n// own clients send \"coder_session_token\" that way).",
		"WithCredentialCookie", jen.Id("name").String(), h().Dot("cookies").Op("=").Append(h().Dot("cookies"), jen.Id("name")))
	option("// WithErrorHandler maps an error an implementation returned that is not an\n// *APIError to one; returning nil leaves it a 500.",
		"WithErrorHandler", jen.Id("fn").Func().Params(jen.Id("ctx").Qual("context", "Context"), jen.Err().Error()).Op("*").Id("APIError"), h().Dot("mapError").Op("=").Id("fn"))
	option("// WithLogger logs, at level Error, the failures the handler answers 500 to\n// (implementation errors, panics). Lines carry the method and the path,\n// never the query, headers or body.",
		"WithLogger", jen.Id("log").Op("*").Qual("log/slog", "Logger"), h().Dot("log").Op("=").Id("log"))
	option("// WithMaxBodyBytes sets the largest request body the handler reads; see\n// DefaultMaxBodyBytes.",
		"WithMaxBodyBytes", jen.Id("n").Int64(), h().Dot("maxBodyBytes").Op("=").Id("n"))
	if e.pings() {
		option(e.pingDoc("// WithPingInterval sets how often an open event stream gets a `ping`\n// event; zero or less sends none after the first.",
			"// WithPingInterval sets how often an open WebSocket is pinged; a client\n// that does not answer within the interval is dropped. Zero or less sends\n// none.",
			"// WithPingInterval sets how often an open event stream gets a `ping`\n// event (zero or less sends none after the first) and an open WebSocket\n// a ping, which a client must answer within the interval (zero or less\n// sends none)."),
			"WithPingInterval", jen.Id("d").Qual("time", "Duration"), h().Dot("pingInterval").Op("=").Id("d"))
	}
	e.genCheckOptions(f)
}

// genNewHandler writes the handler type and NewHandler, which registers
// one ServeMux route per ir.Route: per operation, except where operations
// share a pattern.
func (e *emitter) genNewHandler(f *jen.File) {
	f.Line()
	f.Comment("// handler serves a Server over HTTP.")
	f.Type().Id("handler").StructFunc(func(g *jen.Group) {
		g.Id("srv").Id("Server")
		g.Id("mux").Op("*").Qual(netHTTP, "ServeMux")
		g.Id("auth").Id("Authenticator")
		g.Id("anyCredential").Bool()
		g.Id("cookies").Index().String()
		g.Id("mapError").Func().Params(jen.Qual("context", "Context"), jen.Error()).Op("*").Id("APIError")
		g.Id("log").Op("*").Qual("log/slog", "Logger")
		g.Id("maxBodyBytes").Int64()
		if e.pings() {
			g.Id("pingInterval").Qual("time", "Duration")
		}
		e.genCheckFields(g)
	})
	base := e.api.BasePath
	if base == "" {
		base = "/"
	}
	f.Line()
	f.Comment(fmt.Sprintf("// NewHandler returns an http.Handler serving srv under %s, routed with\n"+
		"// net/http.ServeMux. Before calling srv it checks credentials, decodes and\n"+
		"// validates every input, and answers 400 with the error body when one is\n"+
		"// not valid; a panic in srv is answered 500. Unknown paths get 404 and\n"+
		"// unknown methods 405, with the error body too.", base))
	handlerDict := jen.Dict{
		jen.Id("srv"): jen.Id("srv"), jen.Id("mux"): jen.Qual(netHTTP, "NewServeMux").Call(),
		jen.Id("maxBodyBytes"): jen.Id("DefaultMaxBodyBytes"),
	}
	if e.pings() {
		handlerDict[jen.Id("pingInterval")] = jen.Id("DefaultPingInterval")
	}
	f.Func().Id("NewHandler").Params(jen.Id("srv").Id("Server"), jen.Id("opts").Op("...").Id("HandlerOption")).Qual(netHTTP, "Handler").BlockFunc(func(g *jen.Group) {
		g.Id("h").Op(":=").Op("&").Id("handler").Values(handlerDict)
		g.For(jen.List(jen.Id("_"), jen.Id("opt")).Op(":=").Range().Id("opts")).Block(jen.Id("opt").Call(jen.Id("h")))
		route := jen.Id("handlerRoutes").Index(jen.Id("i"))
		g.For(jen.Id("i").Op(":=").Range().Id("handlerRoutes")).Block(
			jen.Id("h.mux.Handle").Call(route.Clone().Dot("pattern"), jen.Id("routed").Values(jen.Dict{
				jen.Id("h"): jen.Id("h"), jen.Id("route"): jen.Op("&").Add(route),
			})),
		)
		g.Return(jen.Id("h"))
	})
	e.genHandlerRoutes(f)
}

// genHandlerRoutes writes the table NewHandler registers, one entry per
// ir.Route: data that names each route's methods, where a closure per
// route would cost the package's build a function each (runtime type
// handlerRoute says how an entry is served).
//
//	var handlerRoutes = []handlerRoute{
//		{pattern: "GET /workspaces/{workspace}", serve: (*handler).serveGetWorkspace},
//		…
//	}
func (e *emitter) genHandlerRoutes(f *jen.File) {
	f.Line()
	f.Comment("// handlerRoutes are the handler's net/http.ServeMux patterns, each with the\n" +
		"// method that serves it; operations that share a pattern are tried first,\n" +
		"// most specific first, each taking the request when its match does.")
	entries := make([]jen.Code, len(e.api.Routes))
	for i, r := range e.api.Routes {
		entries[i] = routeEntry(r)
	}
	f.Var().Id("handlerRoutes").Op("=").Index().Id("handlerRoute").Custom(lineEach, entries...)
}

// serveName names the handler method of an operation; operation names are
// unique, and no other handler method starts with "serve".
func serveName(op *ir.Operation) string { return "serve" + op.Name }

// apiMethods lists the HTTP methods the API's operations use, in the order
// they first occur.
func (e *emitter) apiMethods() []string {
	var out []string
	seen := map[string]bool{}
	for _, op := range e.api.Operations {
		if !seen[op.Method] {
			seen[op.Method] = true
			out = append(out, op.Method)
		}
	}
	return out
}

// genRouting writes apiMethods, the methods ServeHTTP
// (runtime/handlerserve.go) lists in a 405's Allow header. ServeHTTP,
// routed (panics become 500) and trackedWriter are runtime code
// (runtime/handlerroute.go).
func (e *emitter) genRouting(f *jen.File) {
	f.Line()
	f.Comment("// apiMethods are the methods of the API's routes, for the Allow header.")
	f.Var().Id("apiMethods").Op("=").Index().String().ValuesFunc(func(g *jen.Group) {
		for _, m := range e.apiMethods() {
			g.Lit(m)
		}
	})
}
