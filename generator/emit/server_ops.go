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
//		workspace := in.uuid("workspace", r.PathValue("workspace"))
//		…
//		res, err := h.srv.GetWorkspace(ctx, workspace, params)
//		…
//		h.writeJSON(w, r, 200, res)
//	}
func (e *emitter) genRoute(f *jen.File, op *ir.Operation) {
	f.Line()
	if len(op.Segments) > 0 {
		f.Comment(fmt.Sprintf("// %s serves %s %s, routed as %s %s.", serveName(op), op.Method, op.Path, op.Method, op.RoutePath))
	} else {
		f.Comment(fmt.Sprintf("// %s serves %s %s.", serveName(op), op.Method, op.RoutePath))
	}
	f.Func().Params(jen.Id("h").Op("*").Id("handler")).Id(serveName(op)).Params(rwParams()...).BlockFunc(func(g *jen.Group) {
		routeSegments(g, op)
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
		g.List(jen.Id("body"), jen.Id("ok")).Op(":=").Id("h").Dot("requestStream").Call(jen.Id("w"), jen.Id("r"), jen.Lit(b.Required))
		g.If(jen.Op("!").Id("ok")).Block(jen.Return())
		return
	}
	// A JSON body of null is no body (readRequiredBody answers 400 to
	// it, as to an empty one); in text only nothing is nothing.
	read := "readBody"
	if b.Required && c.Encoding != ir.EncodingText {
		read = "readRequiredBody"
	}
	g.List(jen.Id("data"), jen.Id("ok")).Op(":=").Id("h").Dot(read).Call(jen.Id("w"), jen.Id("r"))
	g.If(jen.Op("!").Id("ok")).Block(jen.Return())
	if b.Required && c.Encoding == ir.EncodingText {
		g.If(jen.Len(jen.Id("data")).Op("==").Lit(0)).Block(
			jen.Id("h").Dot("writeError").Call(jen.Id("w"), jen.Id("r"), jen.Id("badRequest").Call(jen.Lit("A request body is required."), jen.Lit(""))),
			jen.Return(),
		)
	}
	switch c.Encoding {
	case ir.EncodingJSON:
		check := e.bodyCheck(op, c.Type)
		typ := e.goType(c.Type)
		pointer := bodyPointer(op)
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
			return jen.Id("h").Dot("decodeBody").Call(jen.Id("w"), jen.Id("r"), jen.Id("data"), decode(jen.Id("body"), isPtr), check.Clone())
		}
		switch {
		case b.Required:
			g.Var().Id("body").Add(typ)
			g.If(jen.Op("!").Add(decodeBody(false))).Block(jen.Return())
		case pointer:
			g.Var().Id("body").Op("*").Add(typ)
			g.If(jen.Op("!").Id("isEmptyBody").Call(jen.Id("data"))).Block(
				jen.Id("body").Op("=").New(typ.Clone()),
				jen.If(jen.Op("!").Add(decodeBody(true))).Block(jen.Return()),
			)
		default:
			g.Var().Id("body").Add(typ)
			g.If(jen.Op("!").Id("isEmptyBody").Call(jen.Id("data")).Op("&&").Op("!").Add(decodeBody(false))).Block(jen.Return())
		}
	case ir.EncodingRawJSON:
		g.If(jen.Op("!").Id("isEmptyBody").Call(jen.Id("data")).Op("&&").Op("!").Qual(encJSON, "Valid").Call(jen.Id("data"))).Block(
			jen.Id("h").Dot("writeError").Call(jen.Id("w"), jen.Id("r"), jen.Id("badRequest").Call(jen.Lit("Request body must be valid JSON."), jen.Lit(""))),
			jen.Return(),
		)
		g.Var().Id("body").Qual(encJSON, "RawMessage")
		g.If(jen.Op("!").Id("isEmptyBody").Call(jen.Id("data"))).Block(jen.Id("body").Op("=").Id("data"))
	case ir.EncodingText:
		g.Id("body").Op(":=").String().Call(jen.Id("data"))
	default:
		panic(fmt.Sprintf("emit: unhandled request body encoding %v", c.Encoding))
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
	if op.WebSocket {
		args := append(e.serverArgs(op), jen.Id("w"), jen.Id("r").Dot("WithContext").Call(jen.Id("ctx")))
		g.Id("h").Dot("endUpgrade").Call(jen.Id("w"), jen.Id("r"), call.Call(args...))
		return
	}
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
				s.Case(jen.Id(r.VariantType)).Block(e.writeAnswer(r, status, jen.Id("res").Dot("Body")))
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
	g.Add(e.writeAnswer(op.Success, status, jen.Id("res")))
}

// writeAnswer writes a response r's chosen content (nil: no body) with
// status.
func (e *emitter) writeAnswer(r *ir.Response, status jen.Code, val jen.Code) jen.Code {
	c := r.Chosen
	raw := func(contentType jen.Code, data jen.Code) jen.Code {
		return jen.Id("h").Dot("writeRaw").Call(jen.Id("w"), status, contentType, data)
	}
	switch {
	case c == nil:
		return jen.Id("w").Dot("WriteHeader").Call(status)
	case c.Encoding == ir.EncodingRawJSON:
		return raw(jen.Lit("application/json"), val)
	case c.Encoding == ir.EncodingRawBody:
		return jen.Id("h").Dot("writeRawBody").Call(jen.Id("w"), status, val)
	case c.Encoding == ir.EncodingText:
		return raw(jen.Lit(c.MediaType), jen.Index().Byte().Call(val))
	case c.Encoding == ir.EncodingForm:
		return raw(jen.Lit("application/x-www-form-urlencoded"), jen.Index().Byte().Call(jen.Add(val).Dot("Encode").Call()))
	case c.Encoding == ir.EncodingBytes && (len(r.Contents) > 1 || c.MediaType != sendableType(c.MediaType)):
		// Several media types: the one the body is, when it is listed.
		types := []jen.Code{val}
		for _, alt := range r.Contents {
			types = append(types, jen.Lit(sendableType(alt.MediaType)))
		}
		return raw(jen.Id("sniffContentType").Call(types...), val)
	case c.Encoding == ir.EncodingBytes:
		return raw(jen.Lit(c.MediaType), val)
	}
	return jen.Id("h").Dot("writeJSON").Call(jen.Id("w"), jen.Id("r"), status, e.jsonArg(val, c.Type))
}
