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
		if !op.Served() {
			continue // noted when lowered
		}
		e.genRoute(f, op)
		if len(op.Segments) > 0 || len(op.Guards) > 0 {
			e.genMatch(f, op)
		}
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
//		workspace := in.uuid("workspace", pathValue(r, "workspace"))
//		…
//		res, err := h.srv.GetWorkspace(ctx, workspace, params)
//		…
//		h.writeJSON(w, r, 200, res)
//	}
func (e *emitter) genRoute(f *jen.File, op *ir.Operation) {
	defer e.enterOperation(op)()
	f.Line()
	if len(op.Segments) > 0 {
		f.Comment(fmt.Sprintf("// %s serves %s %s, routed as %s %s.", serveName(op), op.Method, op.Path, op.Method, op.RoutePath))
	} else {
		f.Comment(fmt.Sprintf("// %s serves %s %s.", serveName(op), op.Method, op.RoutePath))
	}
	f.Func().Params(e.id("h").Op("*").Id("handler")).Id(serveName(op)).Params(e.id("w").Qual(netHTTP, "ResponseWriter"), e.id("r").Op("*").Qual(netHTTP, "Request")).BlockFunc(func(g *jen.Group) {
		e.routeSegments(g, op)
		if op.Auth != nil {
			g.List(e.id("ctx"), e.id("ok")).Op(":=").Add(e.authCall(op.Auth))
			g.If(jen.Op("!").Add(e.id("ok"))).Block(jen.Return())
		} else {
			g.Add(e.id("ctx")).Op(":=").Add(e.id("r")).Dot("Context").Call()
		}
		checked := paramsCanFail(op)
		if checked {
			g.Var().Add(e.id("in")).Id("inputCheck")
		}
		e.routePathParams(g, op)
		e.routeOtherParams(g, op)
		e.routeParamChecks(g, op)
		if checked {
			g.If(jen.Op("!").Add(e.id("in")).Dot("ok").Call(e.id("h"), e.id("w"), e.id("r"))).Block(jen.Return())
		}
		if op.Follow != nil {
			e.routeFollow(g, op)
		}
		if op.Body != nil && op.Body.Chosen != nil {
			e.routeBody(g, op)
		}
		e.routeCall(g, op)
	})
}

// routeBody reads, decodes and checks the request body into `body`.
func (e *emitter) routeBody(g *jen.Group, op *ir.Operation) {
	b := op.Body
	c := b.Chosen
	switch c.Encoding {
	case ir.EncodingForm, ir.EncodingMultipart:
		e.routeForm(g, op, c)
		return
	case ir.EncodingBytes:
		g.List(e.id("body"), e.id("ok")).Op(":=").Add(e.id("h")).Dot("requestStream").Call(e.id("w"), e.id("r"), jen.Lit(b.Required))
		g.If(jen.Op("!").Add(e.id("ok"))).Block(jen.Return())
		return
	}
	// A JSON body of null is no body (readRequiredBody answers 400 to
	// it, as to an empty one); in text only nothing is nothing.
	read := "readBody"
	if b.Required && c.Encoding != ir.EncodingText {
		read = "readRequiredBody"
	}
	g.List(e.id("data"), e.id("ok")).Op(":=").Add(e.id("h")).Dot(read).Call(e.id("w"), e.id("r"))
	g.If(jen.Op("!").Add(e.id("ok"))).Block(jen.Return())
	if b.Required && c.Encoding == ir.EncodingText {
		g.If(jen.Len(e.id("data")).Op("==").Lit(0)).Block(
			e.id("h").Dot("writeError").Call(e.id("w"), e.id("r"), jen.Id("badRequest").Call(jen.Lit("A request body is required."), jen.Lit(""))),
			jen.Return(),
		)
	}
	switch c.Encoding {
	case ir.EncodingJSON:
		check := e.bodyCheck(op, c.Type)
		typ := e.goType(c.Type)
		pointer := b.Pointer
		dec := e.decoderOf(c.Type)
		decode := func(body *jen.Statement, isPtr bool) jen.Code {
			if dec.method {
				return body.Dot("decodeJSON")
			}
			call := dec.call(body)
			if isPtr {
				call = dec.callPtr(body)
			}
			return jen.Func().Params(jen.Id("r").Op("*").Id("jsonReader")).Block(call)
		}
		decodeBody := func(isPtr bool) *jen.Statement {
			return e.id("h").Dot("decodeBody").Call(e.id("w"), e.id("r"), e.id("data"), decode(e.id("body"), isPtr), check.Clone())
		}
		switch {
		case b.Required:
			g.Var().Add(e.id("body")).Add(typ)
			g.If(jen.Op("!").Add(decodeBody(false))).Block(jen.Return())
		case pointer:
			g.Var().Add(e.id("body")).Op("*").Add(typ)
			g.If(jen.Op("!").Id("isEmptyBody").Call(e.id("data"))).Block(
				e.id("body").Op("=").New(typ.Clone()),
				jen.If(jen.Op("!").Add(decodeBody(true))).Block(jen.Return()),
			)
		default:
			g.Var().Add(e.id("body")).Add(typ)
			g.If(jen.Op("!").Id("isEmptyBody").Call(e.id("data")).Op("&&").Op("!").Add(decodeBody(false))).Block(jen.Return())
		}
	case ir.EncodingRawJSON:
		g.If(jen.Op("!").Id("isEmptyBody").Call(e.id("data")).Op("&&").Op("!").Qual(encJSON, "Valid").Call(e.id("data"))).Block(
			e.id("h").Dot("writeError").Call(e.id("w"), e.id("r"), jen.Id("badRequest").Call(jen.Lit("Request body must be valid JSON."), jen.Lit(""))),
			jen.Return(),
		)
		g.Var().Add(e.id("body")).Qual(encJSON, "RawMessage")
		g.If(jen.Op("!").Id("isEmptyBody").Call(e.id("data"))).Block(e.id("body").Op("=").Add(e.id("data")))
	case ir.EncodingText:
		g.Add(e.id("body")).Op(":=").String().Call(e.id("data"))
	default:
		panic(fmt.Sprintf("emit: unhandled request body encoding %v", c.Encoding))
	}
}

// serverArgs are the arguments of the call to the Server method.
func (e *emitter) serverArgs(op *ir.Operation) []jen.Code {
	args := []jen.Code{e.id("ctx")}
	for _, p := range op.ParamsIn(ir.InPath) {
		args = append(args, jen.Id(p.ArgName))
	}
	if op.ParamsType != "" {
		args = append(args, e.id("params"))
	}
	if op.Body != nil && op.Body.Chosen != nil {
		args = append(args, e.id("body"))
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
	call := e.id("h").Dot("srv").Dot(op.Name)
	failed := jen.If(e.id("err").Op("!=").Nil()).Block(e.id("h").Dot("fail").Call(e.id("w"), e.id("r"), e.id("err")), jen.Return())
	if op.WebSocket {
		args := append(e.serverArgs(op), e.id("w"), e.id("r").Dot("WithContext").Call(e.id("ctx")))
		g.Add(e.id("h")).Dot("endUpgrade").Call(e.id("w"), e.id("r"), call.Call(args...))
		return
	}
	if c, ok := op.Streaming(); ok {
		g.Add(e.id("stream")).Op(":=").Id("newEventWriter").Call(e.id("w"), e.id("r"), e.id("h").Dot("pingInterval"))
		args := append(e.serverArgs(op), jen.Op("&").Id("EventSink").Types(e.goType(c.Type)).Values(jen.Dict{jen.Id("w"): e.id("stream")}))
		g.Add(e.id("h")).Dot("endStream").Call(e.id("w"), e.id("r"), e.id("stream"), call.Call(args...))
		return
	}
	if op.ResultType != "" {
		g.List(e.id("res"), e.id("err")).Op(":=").Add(call).Call(e.serverArgs(op)...)
		g.Add(failed)
		g.Switch(e.id("res").Op(":=").Add(e.id("res")).Op(".").Parens(jen.Type())).BlockFunc(func(s *jen.Group) {
			for _, r := range op.Responses {
				status := jen.Lit(r.Status)
				if !r.FixedStatus() {
					fallback := 500
					if r.StatusRange != 0 {
						fallback = r.StatusRange * 100
					}
					status = jen.Qual("cmp", "Or").Call(e.id("res").Dot("StatusCode"), jen.Lit(fallback))
				}
				s.Case(jen.Id(r.VariantType)).Block(e.writeAnswer(r, status, e.id("res").Dot("Body")))
			}
			s.Default().Block(e.id("h").Dot("fail").Call(e.id("w"), e.id("r"),
				jen.Qual("fmt", "Errorf").Call(jen.Lit(op.Name+" returned %T, which is not a "+op.ResultType), e.id("res"))))
		})
		return
	}
	status := jen.Lit(successStatus(op))
	if op.Success == nil || op.Success.Chosen == nil {
		g.If(e.id("err").Op(":=").Add(call).Call(e.serverArgs(op)...), e.id("err").Op("!=").Nil()).Block(
			e.id("h").Dot("fail").Call(e.id("w"), e.id("r"), e.id("err")), jen.Return(),
		)
		g.Add(e.id("w")).Dot("WriteHeader").Call(status)
		return
	}
	g.List(e.id("res"), e.id("err")).Op(":=").Add(call).Call(e.serverArgs(op)...)
	g.Add(failed)
	g.Add(e.writeAnswer(op.Success, status, e.id("res")))
}

// writeAnswer writes a response r's chosen content (nil: no body) with
// status.
func (e *emitter) writeAnswer(r *ir.Response, status jen.Code, val jen.Code) jen.Code {
	c := r.Chosen
	raw := func(contentType jen.Code, data jen.Code) jen.Code {
		return e.id("h").Dot("writeRaw").Call(e.id("w"), status, contentType, data)
	}
	switch {
	case c == nil:
		return e.id("w").Dot("WriteHeader").Call(status)
	case c.Encoding == ir.EncodingRawJSON:
		return raw(jen.Lit("application/json"), val)
	case c.Encoding == ir.EncodingRawBody:
		return e.id("h").Dot("writeRawBody").Call(e.id("w"), status, val)
	case c.Encoding == ir.EncodingText:
		return raw(jen.Lit(c.MediaType), jen.Index().Byte().Call(val))
	case c.Encoding == ir.EncodingForm:
		return raw(jen.Lit("application/x-www-form-urlencoded"), jen.Index().Byte().Call(jen.Add(val).Dot("Encode").Call()))
	case c.Encoding == ir.EncodingBytes && (len(r.Contents) > 1 || c.MediaType != c.SendType):
		// Several media types: the one the body is, when it is listed.
		types := []jen.Code{val}
		for _, alt := range r.Contents {
			types = append(types, jen.Lit(alt.SendType))
		}
		return raw(jen.Id("sniffContentType").Call(types...), val)
	case c.Encoding == ir.EncodingBytes:
		return raw(jen.Lit(c.MediaType), val)
	}
	// A function, not an interface, where the body has its own writer, so
	// that val stays on the route's stack (writeJSONWith).
	switch c.Type.(type) {
	case *ir.Slice, *ir.Map:
		return e.id("h").Dot("writeJSONWith").Call(e.id("w"), e.id("r"), status, jen.Func().Params(jwParam()).Block(e.writeValue(jen.Add(val), c.Type, false)))
	}
	if appendsRef(c.Type) {
		return e.id("h").Dot("writeJSONWith").Call(e.id("w"), e.id("r"), status, jen.Add(val).Dot("appendJSON"))
	}
	return e.id("h").Dot("writeJSON").Call(e.id("w"), e.id("r"), status, e.jsonArg(val, c.Type))
}
