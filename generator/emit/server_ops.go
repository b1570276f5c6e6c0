package emit

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// genRoutes writes the handler runtime and one handler method per
// operation.
func (e *emitter) genRoutes(f *jen.File) bool {
	if len(e.api.Operations) == 0 {
		return false
	}
	e.genServerRuntime(f)
	for _, op := range e.api.Operations {
		e.genRoute(f, op)
	}
	return true
}

// genRoute writes the handler method of one operation: credentials,
// parameters, body, the call, the answer.
//
//	func (h *handler) serveGetWorkspace(w http.ResponseWriter, r *http.Request) {
//		ctx, ok := h.authenticate(w, r, schemeCoderSessionToken, false)
//		…
//		var in inputCheck
//		workspace := in.uuid("workspace", r.PathValue("workspace"))
//		…
//		res, err := h.srv.GetWorkspace(ctx, workspace, params)
//		…
//		h.writeJSON(w, r, 200, res)
//	}
func (e *emitter) genRoute(f *jen.File, op *ir.Operation) {
	f.Line()
	f.Comment(fmt.Sprintf("// %s serves %s %s.", serveName(op), op.Method, op.RoutePath))
	f.Func().Params(jen.Id("h").Op("*").Id("handler")).Id(serveName(op)).Params(rwParams()...).BlockFunc(func(g *jen.Group) {
		if op.Auth != nil {
			g.List(jen.Id("ctx"), jen.Id("ok")).Op(":=").Id("h").Dot("authenticate").Call(jen.Id("w"), jen.Id("r"), authMask(op.Auth), jen.Lit(op.Auth.Optional))
			g.If(jen.Op("!").Id("ok")).Block(jen.Return())
		} else {
			g.Id("ctx").Op(":=").Id("r").Dot("Context").Call()
		}
		checked := paramsCanFail(op)
		if checked {
			g.Var().Id("in").Id("inputCheck")
		}
		e.routePathParams(g, op)
		e.routeOtherParams(g, op)
		if checked {
			g.If(jen.Op("!").Id("in").Dot("ok").Call(jen.Id("h"), jen.Id("w"), jen.Id("r"))).Block(jen.Return())
		}
		if op.Body != nil && op.Body.Chosen != nil {
			e.routeBody(g, op)
		}
		e.routeCall(g, op)
	})
}

// routePathParams parses the path parameters into locals named like the
// Server method's parameters.
func (e *emitter) routePathParams(g *jen.Group, op *ir.Operation) {
	for _, p := range op.ParamsIn(ir.InPath) {
		s, _, _ := ir.ScalarOf(p.Type)
		g.Id(p.ArgName).Op(":=").Add(parseScalar(s, p.WireName, jen.Id("r").Dot("PathValue").Call(jen.Lit(p.Wildcard))))
		if s.Enum != nil {
			g.Id("in").Dot("check").Call(jen.Lit(p.WireName), jen.Id(p.ArgName))
		}
	}
}

// routeOtherParams parses the query, header and cookie parameters into
// params.
func (e *emitter) routeOtherParams(g *jen.Group, op *ir.Operation) {
	if op.ParamsType == "" {
		return
	}
	g.Var().Id("params").Id(op.ParamsType)
	for _, p := range op.Params {
		if p.In == ir.InPath {
			continue
		}
		s, array, _ := ir.ScalarOf(p.Type)
		field := jen.Id("params").Dot(p.Name)
		// parse parses s into v and stores it with dst(v); plain text is
		// stored as it is.
		parse := func(dst func(v jen.Code) jen.Code) []jen.Code {
			if s.Kind == ir.KindString && s.Enum == nil {
				return []jen.Code{dst(jen.Id("s"))}
			}
			out := []jen.Code{jen.Id("v").Op(":=").Add(parseScalar(s, p.WireName, jen.Id("s")))}
			if s.Enum != nil {
				out = append(out, jen.Id("in").Dot("check").Call(jen.Lit(p.WireName), jen.Id("v")))
			}
			return append(out, dst(jen.Id("v")))
		}
		source := map[ir.ParamIn]string{ir.InQuery: "queryParam", ir.InHeader: "headerParam", ir.InCookie: "cookieParam"}[p.In]
		lookup := jen.List(jen.Id("s"), jen.Id("ok")).Op(":=").Id(source).Call(jen.Id("r"), jen.Lit(p.WireName))
		if array {
			var items jen.Code
			if p.In == ir.InQuery {
				items = jen.Id("queryParams").Call(jen.Id("r"), jen.Lit(p.WireName), jen.Lit(p.Explode))
			} else {
				g.Var().Id(nameFor(p)).Index().String()
				g.If(lookup, jen.Id("ok")).Block(jen.Id(nameFor(p)).Op("=").Id("splitParam").Call(jen.Id("s")))
				items = jen.Id(nameFor(p))
			}
			g.For(jen.List(jen.Id("_"), jen.Id("s")).Op(":=").Range().Add(items)).Block(
				parse(func(v jen.Code) jen.Code { return field.Clone().Op("=").Append(field.Clone(), v) })...,
			)
			if p.Required {
				g.If(jen.Len(field.Clone()).Op("==").Lit(0)).Block(jen.Id("in").Dot("add").Call(jen.Lit(p.WireName), jen.Lit("is required")))
			}
			continue
		}
		if p.Required {
			g.If(lookup, jen.Id("ok")).Block(parse(func(v jen.Code) jen.Code { return field.Clone().Op("=").Add(v) })...).Else().Block(
				jen.Id("in").Dot("add").Call(jen.Lit(p.WireName), jen.Lit("is required")),
			)
			continue
		}
		g.If(lookup, jen.Id("ok")).Block(parse(func(v jen.Code) jen.Code { return field.Clone().Op("=").Op("&").Add(v) })...)
	}
}

// nameFor names the local holding a header or cookie array's items.
func nameFor(p *ir.Param) string { return "items" + p.Name }

// routeBody reads, decodes and checks the request body into `body`.
func (e *emitter) routeBody(g *jen.Group, op *ir.Operation) {
	b := op.Body
	c := b.Chosen
	g.List(jen.Id("data"), jen.Id("ok")).Op(":=").Id("h").Dot("readBody").Call(jen.Id("w"), jen.Id("r"))
	g.If(jen.Op("!").Id("ok")).Block(jen.Return())
	if b.Required {
		// A JSON body of null is no body; other media types are bytes,
		// where only nothing is nothing.
		empty := jen.Id("isEmptyBody").Call(jen.Id("data"))
		if c.Encoding == ir.EncodingBytes {
			empty = jen.Len(jen.Id("data")).Op("==").Lit(0)
		}
		g.If(empty).Block(
			jen.Id("h").Dot("writeError").Call(jen.Id("w"), jen.Id("r"), jen.Id("badRequest").Call(jen.Lit("A request body is required."), jen.Lit(""))),
			jen.Return(),
		)
	}
	switch c.Encoding {
	case ir.EncodingJSON:
		missing := jen.Nil()
		if name := e.requireKeysFunc(c.Type); name != "" {
			missing = jen.Id(name)
		}
		typ := e.goType(c.Type)
		pointer := !b.Required && !nilable(c.Type)
		switch {
		case b.Required:
			g.Var().Id("body").Add(typ)
			g.If(jen.Op("!").Id("h").Dot("decodeBody").Call(jen.Id("w"), jen.Id("r"), jen.Id("data"), jen.Op("&").Id("body"), missing)).Block(jen.Return())
		case pointer:
			g.Var().Id("body").Op("*").Add(typ)
			g.If(jen.Op("!").Id("isEmptyBody").Call(jen.Id("data"))).Block(
				jen.Id("body").Op("=").New(typ.Clone()),
				jen.If(jen.Op("!").Id("h").Dot("decodeBody").Call(jen.Id("w"), jen.Id("r"), jen.Id("data"), jen.Id("body"), missing)).Block(jen.Return()),
			)
		default:
			g.Var().Id("body").Add(typ)
			g.If(jen.Op("!").Id("isEmptyBody").Call(jen.Id("data")).Op("&&").Op("!").Id("h").Dot("decodeBody").Call(jen.Id("w"), jen.Id("r"), jen.Id("data"), jen.Op("&").Id("body"), missing)).Block(jen.Return())
		}
	case ir.EncodingRawJSON:
		g.If(jen.Op("!").Id("isEmptyBody").Call(jen.Id("data")).Op("&&").Op("!").Qual(encJSON, "Valid").Call(jen.Id("data"))).Block(
			jen.Id("h").Dot("writeError").Call(jen.Id("w"), jen.Id("r"), jen.Id("badRequest").Call(jen.Lit("Request body must be valid JSON."), jen.Lit(""))),
			jen.Return(),
		)
		g.Var().Id("body").Qual(encJSON, "RawMessage")
		g.If(jen.Op("!").Id("isEmptyBody").Call(jen.Id("data"))).Block(jen.Id("body").Op("=").Id("data"))
	default:
		g.Var().Id("body").Index().Byte()
		g.If(jen.Len(jen.Id("data")).Op(">").Lit(0)).Block(jen.Id("body").Op("=").Id("data"))
	}
}

// serverArgs are the arguments of the call to the Server method.
func (e *emitter) serverArgs(op *ir.Operation) []jen.Code {
	args := []jen.Code{jen.Id("ctx")}
	for _, p := range op.ParamsIn(ir.InPath) {
		args = append(args, jen.Id(p.ArgName))
	}
	if op.ParamsType != "" {
		args = append(args, jen.Id("params"))
	}
	if op.Body != nil && op.Body.Chosen != nil {
		args = append(args, jen.Id("body"))
	}
	return args
}

// successStatus is the status a single-response operation answers with.
func successStatus(op *ir.Operation) int {
	r := op.Success
	switch {
	case r == nil:
		return 204
	case r.Status != 0:
		return r.Status
	case r.Chosen == nil:
		return 204
	}
	return 200
}

// routeCall calls the implementation and writes its answer.
func (e *emitter) routeCall(g *jen.Group, op *ir.Operation) {
	call := jen.Id("h").Dot("srv").Dot(op.Name)
	failed := jen.If(jen.Err().Op("!=").Nil()).Block(jen.Id("h").Dot("fail").Call(jen.Id("w"), jen.Id("r"), jen.Err()), jen.Return())
	if c, ok := op.Streaming(); ok {
		g.Id("stream").Op(":=").Id("newEventWriter").Call(jen.Id("w"), jen.Id("r"), jen.Id("h").Dot("pingInterval"))
		args := append(e.serverArgs(op), jen.Op("&").Id("EventSink").Types(e.goType(c.Type)).Values(jen.Dict{jen.Id("w"): jen.Id("stream")}))
		g.Id("h").Dot("endStream").Call(jen.Id("w"), jen.Id("r"), jen.Id("stream"), call.Call(args...))
		return
	}
	if op.ResultType != "" {
		g.List(jen.Id("res"), jen.Err()).Op(":=").Add(call).Call(e.serverArgs(op)...)
		g.Add(failed)
		g.Switch(jen.Id("res").Op(":=").Id("res").Op(".").Parens(jen.Type())).BlockFunc(func(s *jen.Group) {
			for _, r := range op.Responses {
				status := jen.Lit(r.Status)
				if !r.FixedStatus() {
					fallback := 500
					if r.StatusRange != 0 {
						fallback = r.StatusRange * 100
					}
					status = jen.Qual("cmp", "Or").Call(jen.Id("res").Dot("StatusCode"), jen.Lit(fallback))
				}
				s.Case(jen.Id(r.VariantType)).Block(e.writeAnswer(r.Chosen, status, jen.Id("res").Dot("Body")))
			}
			s.Default().Block(jen.Id("h").Dot("fail").Call(jen.Id("w"), jen.Id("r"),
				jen.Qual("fmt", "Errorf").Call(jen.Lit(op.Name+" returned %T, which is not a "+op.ResultType), jen.Id("res"))))
		})
		return
	}
	status := jen.Lit(successStatus(op))
	if op.Success == nil || op.Success.Chosen == nil {
		g.If(jen.Err().Op(":=").Add(call).Call(e.serverArgs(op)...), jen.Err().Op("!=").Nil()).Block(
			jen.Id("h").Dot("fail").Call(jen.Id("w"), jen.Id("r"), jen.Err()), jen.Return(),
		)
		g.Id("w").Dot("WriteHeader").Call(status)
		return
	}
	g.List(jen.Id("res"), jen.Err()).Op(":=").Add(call).Call(e.serverArgs(op)...)
	g.Add(failed)
	g.Add(e.writeAnswer(op.Success.Chosen, status, jen.Id("res")))
}

// writeAnswer writes a response of content c (nil: no body) with status.
func (e *emitter) writeAnswer(c *ir.Content, status jen.Code, val jen.Code) jen.Code {
	switch {
	case c == nil:
		return jen.Id("w").Dot("WriteHeader").Call(status)
	case c.Encoding == ir.EncodingRawJSON:
		return jen.Id("h").Dot("writeRaw").Call(jen.Id("w"), status, jen.Lit("application/json"), val)
	case c.Encoding == ir.EncodingBytes:
		return jen.Id("h").Dot("writeRaw").Call(jen.Id("w"), status, jen.Lit(c.MediaType), val)
	}
	return jen.Id("h").Dot("writeJSON").Call(jen.Id("w"), jen.Id("r"), status, val)
}
