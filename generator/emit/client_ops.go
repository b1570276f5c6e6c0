package emit

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// opDoc is the comment above an operation's method: "<Name> <verb> METHOD
// /path: summary.", then the description and any deprecation.
func opDoc(op *ir.Operation, verb string) jen.Code {
	text := fmt.Sprintf("%s %s %s %s", op.Name, verb, op.Method, op.Path)
	if s := strings.TrimSpace(op.Summary); s != "" {
		text += ": " + strings.TrimSuffix(s, ".") + "."
	} else {
		text += "."
	}
	if d := strings.TrimSpace(op.Doc); d != "" {
		text += "\n\n" + d
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
	out := []jen.Code{param("ctx", jen.Qual("context", "Context"))}
	for _, p := range op.ParamsIn(ir.InPath) {
		out = append(out, param(p.ArgName, e.goType(p.Type)))
	}
	if op.ParamsType != "" {
		out = append(out, param("params", jen.Id(op.ParamsType)))
	}
	if op.Body != nil && op.Body.Chosen != nil {
		out = append(out, param("body", e.bodyParamType(op.Body)))
	}
	return out
}

// bodyParamType is the Go type of a request body argument: a pointer when
// the body is optional and its type has no nil of its own.
func (e *emitter) bodyParamType(b *ir.Body) *jen.Statement {
	t := e.bodyType(b.Chosen)
	if !b.Required && b.Chosen.Encoding == ir.EncodingJSON && !nilable(b.Chosen.Type) {
		return jen.Op("*").Add(t)
	}
	return t
}

// bodyIsPointer reports whether bodyParamType made a pointer or other
// nil-able type, so that nil means "no body".
func bodyOptional(b *ir.Body) bool { return !b.Required }

// successType is the Go type a client method returns besides its error;
// nil when it returns only an error.
func (e *emitter) successType(op *ir.Operation) *jen.Statement {
	if c, ok := op.Streaming(); ok {
		return jen.Op("*").Id("EventStream").Types(e.goType(c.Type))
	}
	if op.Success == nil || op.Success.Chosen == nil {
		return nil
	}
	return e.bodyType(op.Success.Chosen)
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
	params := append(e.opInputs(op, true), jen.Id("editors").Op("...").Id("RequestEditor"))
	result := e.successType(op)
	results := []jen.Code{jen.Error()}
	if result != nil {
		results = []jen.Code{result, jen.Error()}
	}
	f.Line()
	f.Add(opDoc(op, "calls"))
	f.Func().Params(jen.Id("c").Op("*").Id("Client")).Id(op.Name).Params(params...).Params(results...).BlockFunc(func(g *jen.Group) {
		// decoded results are declared up front, as out; the others (a
		// stream, raw bytes) have nil for a zero value.
		decoded := result != nil && op.Success.Chosen.Encoding == ir.EncodingJSON
		fail := func(err jen.Code) jen.Code {
			switch {
			case result == nil:
				return jen.Return(err)
			case !decoded:
				return jen.Return(jen.Nil(), err)
			}
			return jen.Return(jen.Id("out"), err)
		}
		if decoded {
			g.Var().Id("out").Add(result.Clone())
		}
		g.Id("call").Op(":=").Op("&").Id("clientCall").Values(e.clientCallFields(op))
		e.clientParams(g, op)
		if op.Body != nil && op.Body.Chosen != nil {
			e.clientBody(g, op, fail)
		}
		e.clientResult(g, op, fail)
	})
}

// clientCallFields are the literal fields of an operation's clientCall.
func (e *emitter) clientCallFields(op *ir.Operation) jen.Dict {
	d := jen.Dict{
		jen.Id("method"): jen.Lit(op.Method),
		jen.Id("path"):   clientPath(op),
	}
	if accept := acceptOf(op); accept != "" {
		d[jen.Id("accept")] = jen.Lit(accept)
	}
	if op.Auth != nil {
		d[jen.Id("auth")] = authMask(op.Auth)
	}
	return d
}

// acceptOf is the Accept header an operation's client sends.
func acceptOf(op *ir.Operation) string {
	if op.Success == nil || op.Success.Chosen == nil {
		return ""
	}
	c := op.Success.Chosen
	switch c.Encoding {
	case ir.EncodingEventStream:
		return "text/event-stream"
	case ir.EncodingBytes:
		return c.MediaType
	}
	return "application/json"
}

// clientPath builds the escaped request path:
// "/workspaces/" + url.PathEscape(workspace.String()) + "/watch".
func clientPath(op *ir.Operation) jen.Code {
	byWire := map[string]*ir.Param{}
	for _, p := range op.ParamsIn(ir.InPath) {
		byWire[p.WireName] = p
	}
	var parts []jen.Code
	lit := ""
	for _, seg := range strings.Split(op.Path, "/") {
		if name, ok := strings.CutPrefix(seg, "{"); ok {
			if p := byWire[strings.TrimSuffix(name, "}")]; p != nil {
				s, _, _ := ir.ScalarOf(p.Type)
				parts = append(parts, jen.Lit(lit+"/"), jen.Qual(netURL, "PathEscape").Call(formatScalar(s, jen.Id(p.ArgName))))
				lit = ""
				continue
			}
		}
		if seg != "" || lit != "" {
			lit += "/" + seg
		}
	}
	if lit == "" && len(parts) == 0 {
		lit = "/"
	}
	if lit != "" {
		parts = append(parts, jen.Lit(lit))
	}
	out := jen.Add(parts[0])
	for _, p := range parts[1:] {
		out = out.Op("+").Add(p)
	}
	return out
}

// clientParams writes the query, header and cookie parameters into call.
func (e *emitter) clientParams(g *jen.Group, op *ir.Operation) {
	if len(op.ParamsIn(ir.InQuery)) > 0 {
		g.Id("call").Dot("query").Op("=").Qual(netURL, "Values").Values()
	}
	if len(op.ParamsIn(ir.InHeader))+len(op.ParamsIn(ir.InCookie)) > 0 {
		g.Id("call").Dot("header").Op("=").Qual(netHTTP, "Header").Values()
	}
	for _, p := range op.Params {
		if p.In == ir.InPath {
			continue
		}
		s, array, _ := ir.ScalarOf(p.Type)
		val := jen.Id("params").Dot(p.Name)
		put := func(text jen.Code) jen.Code {
			switch p.In {
			case ir.InQuery:
				return jen.Id("call").Dot("query").Dot("Set").Call(jen.Lit(p.WireName), text)
			case ir.InHeader:
				return jen.Id("call").Dot("header").Dot("Set").Call(jen.Lit(p.WireName), text)
			}
			return jen.Id("call").Dot("header").Dot("Add").Call(jen.Lit("Cookie"),
				jen.Parens(jen.Op("&").Qual(netHTTP, "Cookie").Values(jen.Dict{jen.Id("Name"): jen.Lit(p.WireName), jen.Id("Value"): text})).Dot("String").Call())
		}
		switch {
		case array && p.In == ir.InQuery && p.Explode:
			g.For(jen.List(jen.Id("_"), jen.Id("v")).Op(":=").Range().Add(val.Clone())).Block(
				jen.Id("call").Dot("query").Dot("Add").Call(jen.Lit(p.WireName), formatScalar(s, jen.Id("v"))),
			)
		case array:
			g.If(jen.Len(val.Clone()).Op(">").Lit(0)).Block(
				jen.Id("parts").Op(":=").Make(jen.Index().String(), jen.Lit(0), jen.Len(val.Clone())),
				jen.For(jen.List(jen.Id("_"), jen.Id("v")).Op(":=").Range().Add(val.Clone())).Block(
					jen.Id("parts").Op("=").Append(jen.Id("parts"), formatScalar(s, jen.Id("v"))),
				),
				put(jen.Qual("strings", "Join").Call(jen.Id("parts"), jen.Lit(","))),
			)
		case p.Required:
			g.Add(put(formatScalar(s, val.Clone())))
		default:
			g.If(val.Clone().Op("!=").Nil()).Block(put(formatPointed(s, val.Clone())))
		}
	}
}

// clientBody encodes the request body into call.
//
//	if err := call.encodeJSON(body, "application/json"); err != nil {
//		return out, err
//	}
func (e *emitter) clientBody(g *jen.Group, op *ir.Operation, fail func(jen.Code) jen.Code) {
	c := op.Body.Chosen
	var set jen.Code
	switch c.Encoding {
	case ir.EncodingJSON:
		set = jen.If(jen.Err().Op(":=").Id("call").Dot("encodeJSON").Call(jen.Id("body"), jen.Lit(c.MediaType)), jen.Err().Op("!=").Nil()).Block(fail(jen.Err()))
	default:
		set = jen.List(jen.Id("call").Dot("body"), jen.Id("call").Dot("contentType")).Op("=").List(jen.Id("body"), jen.Lit(c.MediaType))
	}
	if bodyOptional(op.Body) {
		g.If(jen.Id("body").Op("!=").Nil()).Block(set)
		return
	}
	g.Add(set)
}

// clientResult sends the call and returns its answer as the method's
// result type.
func (e *emitter) clientResult(g *jen.Group, op *ir.Operation, fail func(jen.Code) jen.Code) {
	args := []jen.Code{jen.Id("ctx"), jen.Id("call"), jen.Id("editors")}
	if c, ok := op.Streaming(); ok {
		g.List(jen.Id("resp"), jen.Err()).Op(":=").Id("c").Dot("open").Call(args...)
		g.If(jen.Err().Op("!=").Nil()).Block(fail(jen.Err()))
		g.Return(jen.Id("newEventStream").Types(e.goType(c.Type)).Call(jen.Id("ctx"), jen.Id("resp").Dot("Body"), jen.Id("c").Dot("maxResponseBytes")), jen.Nil())
		return
	}
	if op.Success == nil || op.Success.Chosen == nil {
		g.List(jen.Id("_"), jen.Err()).Op(":=").Id("c").Dot("do").Call(args...)
		g.Return(jen.Err())
		return
	}
	g.List(jen.Id("data"), jen.Err()).Op(":=").Id("c").Dot("do").Call(args...)
	switch op.Success.Chosen.Encoding {
	case ir.EncodingRawJSON:
		g.Return(jen.Qual(encJSON, "RawMessage").Call(jen.Id("data")), jen.Err())
	case ir.EncodingBytes:
		g.Return(jen.Id("data"), jen.Err())
	default:
		g.If(jen.Err().Op("!=").Nil()).Block(fail(jen.Err()))
		g.Err().Op("=").Id("decodeResponse").Call(jen.Id("call"), jen.Id("data"), jen.Op("&").Id("out"))
		g.Return(jen.Id("out"), jen.Err())
	}
}
