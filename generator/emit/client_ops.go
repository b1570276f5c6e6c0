package emit

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// opDoc is the comment above an operation's method: "<Name> <verb> METHOD
// /path: summary.", then the description and any deprecation.
func opDoc(op *ir.Operation, verb string) jen.Code {
	return opDocWith(op, verb, "")
}

// opDocWith is opDoc with a paragraph added before any deprecation.
func opDocWith(op *ir.Operation, verb, extra string) jen.Code {
	text := fmt.Sprintf("%s %s %s %s", op.Name, verb, op.Method, op.Path)
	if s := strings.TrimSpace(op.Summary); s != "" {
		text += ": " + strings.TrimSuffix(s, ".") + "."
	} else {
		text += "."
	}
	if d := strings.TrimSpace(op.Doc); d != "" {
		text += "\n\n" + d
	}
	if extra != "" {
		text += "\n\n" + extra
	}
	return docComment(text, op.Deprecated)
}

// opInputs lists an operation's inputs as method parameters: ctx, the path
// parameters, the params struct, the body.
func (e *emitter) opInputs(op *ir.Operation, named bool) []jen.Code {
	param := func(name string, typ jen.Code) jen.Code {
		if named {
			return jen.Id(name).Add(typ)
		}
		return typ
	}
	out := []jen.Code{param(e.local("ctx"), jen.Qual("context", "Context"))}
	for _, p := range op.ParamsIn(ir.InPath) {
		out = append(out, param(p.ArgName, e.goType(p.Type)))
	}
	if op.ParamsType != "" {
		out = append(out, param(e.local("params"), jen.Id(op.ParamsType)))
	}
	if op.Body != nil && op.Body.Chosen != nil {
		out = append(out, param(e.local("body"), e.bodyParamType(op.Body)))
	}
	return out
}

// bodyParamType is the Go type of a request body argument: a pointer when
// the body is optional and its type has no nil of its own.
func (e *emitter) bodyParamType(b *ir.Body) *jen.Statement {
	t := e.requestBodyType(b.Chosen)
	if b.Pointer {
		return jen.Op("*").Add(t)
	}
	return t
}

// successType is the Go type a client method returns besides its error;
// nil when it returns only an error.
func (e *emitter) successType(op *ir.Operation) *jen.Statement {
	if op.WebSocket {
		return jen.Op("*").Qual(netHTTP, "Request")
	}
	if c, ok := op.Streaming(); ok {
		return jen.Op("*").Id("EventStream").Types(e.goType(c.Type))
	}
	if op.Success == nil || op.Success.Chosen == nil {
		return nil
	}
	return e.responseBodyType(op.Success.Chosen)
}

// genClientMethod writes the Client method of one operation.
//
//	func (c *Client) GetWorkspace(ctx context.Context, workspace uuid.UUID, params GetWorkspaceParams, editors ...RequestEditor) (Workspace, error) {
//		call := &clientCall{method: "GET", path: "/workspaces/" + url.PathEscape(workspace.String()), …}
//		…
//		data, err := c.do(ctx, call, editors)
//		…
//	}
func (e *emitter) genClientMethod(f *jen.File, op *ir.Operation) {
	defer e.enterOperation(op)()
	params := append(e.opInputs(op, true), e.id("editors").Op("...").Id("RequestEditor"))
	result := e.successType(op)
	results := []jen.Code{jen.Error()}
	if result != nil {
		results = []jen.Code{result, jen.Error()}
	}
	f.Line()
	f.Add(e.clientDoc(op))
	f.Func().Params(e.id("c").Op("*").Id("Client")).Id(op.Name).Params(params...).Params(results...).BlockFunc(func(g *jen.Group) {
		// JSON results are declared up front, as out; text is "" and the
		// others (a stream, bytes, a request) are nil when failing.
		var enc ir.Encoding
		if result != nil && !op.WebSocket && op.Success != nil && op.Success.Chosen != nil {
			enc = op.Success.Chosen.Encoding
		}
		decoded := result != nil && !op.WebSocket && enc == ir.EncodingJSON
		fail := func(err jen.Code) jen.Code {
			switch {
			case result == nil:
				return jen.Return(err)
			case decoded:
				return jen.Return(e.id("out"), err)
			case enc == ir.EncodingText && !op.WebSocket:
				return jen.Return(jen.Lit(""), err)
			}
			return jen.Return(jen.Nil(), err)
		}
		if decoded {
			g.Var().Add(e.id("out")).Add(result.Clone())
		}
		e.clientPathJSON(g, op, fail)
		g.Add(e.id("call")).Op(":=").Op("&").Id("clientCall").Values(e.clientCallFields(op))
		e.clientParams(g, op, fail)
		if op.Body != nil && op.Body.Chosen != nil {
			e.clientBody(g, op, fail)
		}
		if op.WebSocket {
			g.Return(e.id("c").Dot("newRequest").Call(e.id("ctx"), e.id("call"), e.id("editors")))
			return
		}
		e.clientResult(g, op, fail)
	})
}

// clientDoc is the comment above a Client method; a WebSocket operation's
// says what to do with the request it returns.
func (e *emitter) clientDoc(op *ir.Operation) jen.Code {
	if !op.WebSocket {
		return opDocWith(op, "calls", securityDoc(op))
	}
	doc := webSocketNote(op) + "\n\n" +
		"It sends nothing: it returns the request to dial, with the URL (http or\n" +
		"https, which a WebSocket library maps to ws or wss), the credentials and\n" +
		"the editors applied, for a WebSocket library to open, for example\n\n" +
		"\tconn, _, err := websocket.Dial(ctx, req.URL.String(), &websocket.DialOptions{HTTPHeader: req.Header})"
	if sendsCredentials(op) {
		// The Client's redirect guard is not on this path (docs/security.md).
		doc += "\n\nThe credentials travel with the request, where the Client's redirect\n" +
			"guard does not reach: dial it with an HTTP client (DialOptions.HTTPClient)\n" +
			"that follows no redirect to another origin."
	}
	if u := securityDoc(op); u != "" {
		doc += "\n\n" + u
	}
	return opDocWith(op, "prepares", doc)
}

// securityDoc is what a caller must know of an operation's security:
// the requirements naming several schemes (togetherDoc) and the schemes
// the client cannot apply (uncheckedDoc).
func securityDoc(op *ir.Operation) string {
	var parts []string
	for _, p := range []string{togetherDoc(op), uncheckedDoc(op)} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, "\n\n")
}

// togetherDoc tells the caller of an operation whose security has a
// requirement naming several schemes that the server needs all their
// credentials at once, and through which options they are given; "" when
// no requirement names more than one.
func togetherDoc(op *ir.Operation) string {
	if op.Auth == nil {
		return ""
	}
	var lines []string
	for _, alt := range op.Auth.Required {
		if len(alt) < 2 {
			continue
		}
		names, options := make([]string, len(alt)), make([]string, len(alt))
		for i, s := range alt {
			names[i], options[i] = strconv.Quote(s.Name), s.OptionName
		}
		lines = append(lines, fmt.Sprintf("%s (%s)", strings.Join(names, " and "), strings.Join(options, ", ")))
	}
	if len(lines) == 0 {
		return ""
	}
	return "The server needs the credentials of several schemes at once: of\n" +
		strings.Join(lines, ",\nor of ") + ":\ngive the Client all of them."
}

// uncheckedDoc tells the caller of an operation that some alternatives of
// its security name schemes the client cannot apply (ir.Auth.Unchecked),
// so that it does not send nothing without a trace; "" when none do.
func uncheckedDoc(op *ir.Operation) string {
	if op.Auth == nil || len(op.Auth.Unchecked) == 0 {
		return ""
	}
	var names []string
	seen := map[string]bool{}
	tls := false
	for _, alt := range op.Auth.Unchecked {
		for _, s := range alt {
			if !seen[s.Name] {
				seen[s.Name] = true
				names = append(names, strconv.Quote(s.Name))
				tls = tls || s.Type == "mutualTLS"
			}
		}
	}
	scheme := "the security scheme " + names[0]
	if len(names) > 1 {
		scheme = "the security schemes " + strings.Join(names, ", ")
	}
	text := fmt.Sprintf("The Client sends no credential of %s, which specgen cannot\n"+
		"apply: add it with an editor (WithRequestEditor, or one for this call)", scheme)
	if tls {
		text += ",\nor, for a client certificate (mutualTLS), in the TLS configuration of\nthe client given with WithHTTPClient"
	}
	return text + "."
}

// webSocketNote says that an operation is a WebSocket and what its
// messages are, as far as the spec says.
func webSocketNote(op *ir.Operation) string {
	text := op.Name + " is a WebSocket: the request upgrades the connection."
	if op.Success != nil && op.Success.Chosen != nil && op.Success.Chosen.Type != nil {
		if r, ok := op.Success.Chosen.Type.(*ir.Ref); ok && r.Decl != nil {
			return text + "\nIts messages are " + r.Decl.Name + ", as the spec's answer says."
		}
	}
	return text
}

// clientCallFields are the literal fields of an operation's clientCall.
func (e *emitter) clientCallFields(op *ir.Operation) jen.Dict {
	d := jen.Dict{
		jen.Id("method"): jen.Lit(op.Method),
		jen.Id("path"):   e.clientPath(op),
	}
	if accept := acceptOf(op); accept != "" {
		d[jen.Id("accept")] = jen.Lit(accept)
	}
	if sendsCredentials(op) {
		d[jen.Id("auth")] = schemesMask(op.Auth.Schemes)
	}
	return d
}

// acceptOf is the Accept header an operation's client sends.
func acceptOf(op *ir.Operation) string {
	if op.WebSocket || op.Success == nil || op.Success.Chosen == nil {
		return ""
	}
	c := op.Success.Chosen
	switch c.Encoding {
	case ir.EncodingEventStream:
		return "text/event-stream"
	case ir.EncodingBytes, ir.EncodingText, ir.EncodingRawBody:
		var types []string
		for _, alt := range op.Success.Contents {
			types = append(types, alt.MediaType)
		}
		return strings.Join(types, ", ")
	case ir.EncodingForm:
		return "application/x-www-form-urlencoded"
	}
	return "application/json"
}

// clientPath builds the escaped request path:
// "/workspaces/" + url.PathEscape(workspace.String()) + "/watch".
func (e *emitter) clientPath(op *ir.Operation) jen.Code {
	var out *jen.Statement
	for _, part := range op.PathParts {
		var c jen.Code
		switch {
		case part.Param != nil:
			c = jen.Qual(netURL, "PathEscape").Call(e.pathText(op, part.Param))
		case part.Literal == "":
			continue
		default:
			c = jen.Lit(part.Literal)
		}
		if out == nil {
			out = jen.Add(c)
			continue
		}
		out = out.Op("+").Add(c)
	}
	return out
}

// clientBody encodes the request body into call.
//
//	if err := call.encodeJSON(body, "application/json"); err != nil {
//		return out, err
//	}
func (e *emitter) clientBody(g *jen.Group, op *ir.Operation, fail func(jen.Code) jen.Code) {
	c := op.Body.Chosen
	body := func() *jen.Statement { return e.id("body") }
	setBody := func(r, contentType jen.Code) jen.Code {
		return jen.List(e.id("call").Dot("body"), e.id("call").Dot("contentType")).Op("=").List(r, contentType)
	}
	var set []jen.Code
	switch c.Encoding {
	case ir.EncodingJSON:
		set = []jen.Code{jen.If(e.id("err").Op(":=").Add(e.id("call")).Dot("encodeJSON").Call(e.jsonArg(body(), c.Type), jen.Lit(c.MediaType)), e.id("err").Op("!=").Nil()).Block(fail(e.id("err")))}
	case ir.EncodingRawJSON:
		set = []jen.Code{setBody(jen.Qual("bytes", "NewReader").Call(body()), jen.Lit(c.MediaType))}
	case ir.EncodingText:
		set = []jen.Code{setBody(jen.Qual("strings", "NewReader").Call(body()), jen.Lit(c.MediaType))}
	case ir.EncodingForm, ir.EncodingMultipart:
		set = e.clientForm(op, c, fail)
	default:
		set = []jen.Code{setBody(body(), jen.Lit(c.SendType))}
	}
	switch {
	case op.Body.Required:
		for _, s := range set {
			g.Add(s)
		}
	case c.Encoding == ir.EncodingText:
		g.If(body().Op("!=").Lit("")).Block(set...)
	default:
		g.If(body().Op("!=").Nil()).Block(set...)
	}
}

// clientResult sends the call and returns its answer as the method's
// result type.
func (e *emitter) clientResult(g *jen.Group, op *ir.Operation, fail func(jen.Code) jen.Code) {
	args := []jen.Code{e.id("ctx"), e.id("call"), e.id("editors")}
	if c, ok := op.Streaming(); ok {
		g.List(e.id("resp"), e.id("err")).Op(":=").Add(e.id("c")).Dot("open").Call(args...)
		g.If(e.id("err").Op("!=").Nil()).Block(fail(e.id("err")))
		g.Return(jen.Id("newEventStream").Types(e.goType(c.Type)).Call(e.id("ctx"), e.id("resp").Dot("Body"), e.id("c").Dot("maxResponseBytes")), jen.Nil())
		return
	}
	if isRawBody(op) {
		e.clientRawBody(g, args, fail)
		return
	}
	if op.Success == nil || op.Success.Chosen == nil {
		g.List(jen.Id("_"), e.id("err")).Op(":=").Add(e.id("c")).Dot("do").Call(args...)
		g.Return(e.id("err"))
		return
	}
	g.List(e.id("data"), e.id("err")).Op(":=").Add(e.id("c")).Dot("do").Call(args...)
	switch op.Success.Chosen.Encoding {
	case ir.EncodingRawJSON:
		g.Return(jen.Qual(encJSON, "RawMessage").Call(e.id("data")), e.id("err"))
	case ir.EncodingBytes:
		g.Return(e.id("data"), e.id("err"))
	case ir.EncodingText:
		g.Return(jen.String().Call(e.id("data")), e.id("err"))
	case ir.EncodingForm:
		g.If(e.id("err").Op("!=").Nil()).Block(fail(e.id("err")))
		g.Return(jen.Id("decodeFormResponse").Call(e.id("call"), e.id("data")))
	default:
		g.If(e.id("err").Op("!=").Nil()).Block(fail(e.id("err")))
		dec := e.decoderOf(op.Success.Chosen.Type)
		decode := jen.Code(e.id("out").Dot("decodeJSON"))
		if !dec.method {
			decode = jen.Func().Params(jen.Id("r").Op("*").Id("jsonReader")).Block(dec.call(e.id("out")))
		}
		g.Add(e.id("err")).Op("=").Id("decodeResponse").Call(e.id("call"), e.id("data"), decode)
		g.Return(e.id("out"), e.id("err"))
	}
}
