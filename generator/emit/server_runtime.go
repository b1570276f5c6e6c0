package emit

import (
	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// genServerRuntime writes what the handler methods share: answers,
// failures, credentials, bodies and parameters.
func (e *emitter) genServerRuntime(f *jen.File) {
	e.genAnswers(f)
	if e.uses.auth {
		e.genAuthenticate(f)
	}
	if e.uses.jsonBody || e.uses.rawBody {
		e.genReadBody(f)
	}
	if e.uses.jsonBody {
		e.genDecodeBody(f)
	}
	if e.uses.jsonBody || e.uses.enumParams {
		f.Line()
		f.Comment("// validatable is a value with a generated Validate method.")
		f.Type().Id("validatable").Interface(jen.Id("Validate").Params().Error())
	}
	if e.uses.checkedParams {
		e.genInputCheck(f)
	}
	if e.uses.form || e.uses.multipart {
		e.genFormReaders(f)
	}
	if e.uses.streamBody {
		genRequestStream(f)
	}
	if e.uses.rawAnswer {
		genWriteRawBody(f)
	}
	if e.uses.streams {
		e.genEndStream(f)
	}
	if e.uses.webSockets || e.uses.follow {
		genHijack(f)
	}
	if e.uses.webSockets {
		genEndUpgrade(f)
	}
}

func hId() *jen.Statement { return jen.Id("h") }

var rwParams = func() []jen.Code {
	return []jen.Code{jen.Id("w").Qual(netHTTP, "ResponseWriter"), jen.Id("r").Op("*").Qual(netHTTP, "Request")}
}

// genAnswers writes writeJSON, writeRaw, writeError, fail, apiError,
// internalError and logError.
func (e *emitter) genAnswers(f *jen.File) {
	w, r := jen.Id("w"), jen.Id("r")
	recv := jen.Id("h").Op("*").Id("handler")
	f.Line()
	f.Comment("// writeJSON answers status with v as JSON. v is encoded before anything is\n// written, so that a value that cannot be encoded is answered 500 instead\n// of half an answer.")
	f.Func().Params(recv.Clone()).Id("writeJSON").Params(append(rwParams(), jen.Id("status").Int(), jen.Id("v").Any())...).Block(
		jen.List(jen.Id("data"), jen.Err()).Op(":=").Id("jwMarshal").Call(jen.Id("v")),
		jen.If(jen.Err().Op("!=").Nil()).Block(
			hId().Dot("logError").Call(r, jen.Qual("fmt", "Errorf").Call(jen.Lit("encoding the answer: %w"), jen.Err())),
			jen.List(jen.Id("status"), jen.Id("data")).Op("=").List(jen.Qual(netHTTP, "StatusInternalServerError"), jen.Id("mustJSON").Call(jen.Id("internalError").Call().Dot("Body"))),
		),
		hId().Dot("writeRaw").Call(w, jen.Id("status"), jen.Lit("application/json; charset=utf-8"), jen.Append(jen.Id("data"), jen.LitRune('\n'))),
	)

	f.Line()
	f.Comment("// writeRaw answers status with data as a body of contentType.")
	f.Func().Params(recv.Clone()).Id("writeRaw").Params(jen.Id("w").Qual(netHTTP, "ResponseWriter"), jen.Id("status").Int(), jen.Id("contentType").String(), jen.Id("data").Index().Byte()).Block(
		w.Clone().Dot("Header").Call().Dot("Set").Call(jen.Lit("Content-Type"), jen.Id("contentType")),
		w.Clone().Dot("WriteHeader").Call(jen.Id("status")),
		jen.Comment("// A failed write means the client has gone: nothing is left to do."),
		jen.List(jen.Id("_"), jen.Id("_")).Op("=").Add(w).Dot("Write").Call(jen.Id("data")),
	)

	f.Line()
	f.Comment("// mustJSON encodes an error body, which cannot fail.")
	f.Func().Id("mustJSON").Params(jen.Id("v").Any()).Index().Byte().Block(
		jen.List(jen.Id("data"), jen.Id("_")).Op(":=").Id("jwMarshal").Call(jen.Id("v")),
		jen.Return(jen.Id("data")),
	)

	f.Line()
	f.Comment("// writeError answers with an *APIError's status and body; a missing status\n// is 500 and a missing body says the status's text.")
	f.Func().Params(recv.Clone()).Id("writeError").Params(append(rwParams(), jen.Id("e").Op("*").Id("APIError"))...).Block(append([]jen.Code{
		jen.Id("status").Op(":=").Id("e").Dot("StatusCode"),
		jen.If(jen.Id("status").Op("<").Lit(100).Op("||").Id("status").Op(">").Lit(999)).Block(
			jen.Id("status").Op("=").Qual(netHTTP, "StatusInternalServerError"),
		),
		jen.Id("body").Op(":=").Id("e").Dot("Body"),
		jen.If(jen.Id("body").Op("==").Nil()).Block(
			jen.Id("b").Op(":=").Id("newErrorBody").Call(jen.Qual(netHTTP, "StatusText").Call(jen.Id("status")), jen.Lit("")),
			statusOf(e.api.ErrorModel, jen.Id("status")),
			jen.Id("body").Op("=").Op("&").Id("b"),
		),
	}, e.writeErrorBody()...)...)

	f.Line()
	f.Comment("// fail answers with the error an implementation returned.")
	f.Func().Params(recv.Clone()).Id("fail").Params(append(rwParams(), jen.Err().Error())...).Block(
		hId().Dot("writeError").Call(w, r, hId().Dot("apiError").Call(r, jen.Err())),
	)

	f.Line()
	f.Comment("// apiError turns an implementation's error into the answer: an *APIError\n// as it is, else what the WithErrorHandler function makes of it, else a\n// logged 500.")
	f.Func().Params(recv.Clone()).Id("apiError").Params(jen.Id("r").Op("*").Qual(netHTTP, "Request"), jen.Err().Error()).Op("*").Id("APIError").Block(
		jen.Var().Id("apiErr").Op("*").Id("APIError"),
		jen.If(jen.Qual("errors", "As").Call(jen.Err(), jen.Op("&").Id("apiErr"))).Block(jen.Return(jen.Id("apiErr"))),
		e.tooLargeAnswer(),
		jen.If(hId().Dot("mapError").Op("!=").Nil()).Block(
			jen.If(jen.Id("mapped").Op(":=").Add(hId()).Dot("mapError").Call(r.Clone().Dot("Context").Call(), jen.Err()), jen.Id("mapped").Op("!=").Nil()).Block(
				jen.Return(jen.Id("mapped")),
			),
		),
		hId().Dot("logError").Call(r, jen.Err()),
		jen.Return(jen.Id("internalError").Call()),
	)

	f.Line()
	f.Comment("// badRequest is a 400 answer saying message, with detail and problems.")
	f.Func().Id("badRequest").Params(jen.List(jen.Id("message"), jen.Id("detail")).String(), jen.Id("problems").Op("...").Id("inputProblem")).Op("*").Id("APIError").Block(
		jen.Id("b").Op(":=").Id("newErrorBody").Call(jen.Id("message"), jen.Id("detail"), jen.Id("problems").Op("...")),
		statusOf(e.api.ErrorModel, jen.Qual(netHTTP, "StatusBadRequest")),
		jen.Return(jen.Op("&").Id("APIError").Values(jen.Dict{jen.Id("StatusCode"): jen.Qual(netHTTP, "StatusBadRequest"), jen.Id("Body"): jen.Op("&").Id("b")})),
	)

	f.Line()
	f.Comment("// internalError is the answer to failures of the implementation: it says\n// nothing about them, as they may hold anything.")
	f.Func().Id("internalError").Params().Op("*").Id("APIError").Block(
		jen.Return(jen.Id("NewAPIError").Call(jen.Qual(netHTTP, "StatusInternalServerError"), jen.Lit("An internal server error occurred."))),
	)

	f.Line()
	f.Comment("// logError logs a failure answered 500 with the request's method and path.")
	f.Func().Params(recv.Clone()).Id("logError").Params(jen.Id("r").Op("*").Qual(netHTTP, "Request"), jen.Err().Error()).Block(
		jen.If(hId().Dot("log").Op("!=").Nil()).Block(
			hId().Dot("log").Dot("ErrorContext").Call(r.Clone().Dot("Context").Call(), jen.Lit("request failed"),
				jen.Lit("method"), r.Clone().Dot("Method"), jen.Lit("path"), r.Clone().Dot("URL").Dot("Path"), jen.Lit("error"), jen.Err()),
		),
	)
}

// genAuthenticate writes authenticate and credential.
func (e *emitter) genAuthenticate(f *jen.File) {
	w, r := jen.Id("w"), jen.Id("r")
	recv := jen.Id("h").Op("*").Id("handler")
	f.Line()
	f.Comment("// authenticate finds the request's credential for one of the accepted\n" +
		"// schemes and hands it to the Authenticator. It answers 401 itself, and\n" +
		"// returns false, when there is none (unless optional) or it is rejected.")
	f.Func().Params(recv.Clone()).Id("authenticate").Params(append(rwParams(), jen.Id("accepted").Id("securityMask"), jen.Id("optional").Bool())...).Params(jen.Qual("context", "Context"), jen.Bool()).Block(
		jen.Id("ctx").Op(":=").Add(r).Dot("Context").Call(),
		jen.Id("token").Op(":=").Add(hId()).Dot("credential").Call(r, jen.Id("accepted")),
		jen.Switch().Block(
			jen.Case(jen.Id("token").Op("==").Lit("").Op("&&").Id("optional"), hId().Dot("auth").Op("==").Nil().Op("&&").Id("token").Op("!=").Lit("")).Block(
				jen.Return(jen.Id("ctx"), jen.True()),
			),
			jen.Case(jen.Id("token").Op("==").Lit("")).Block(
				hId().Dot("writeError").Call(w, r, jen.Id("NewAPIError").Call(jen.Qual(netHTTP, "StatusUnauthorized"), jen.Lit("Authentication required: the request carries no credential."))),
				jen.Return(jen.Nil(), jen.False()),
			),
		),
		jen.List(jen.Id("authed"), jen.Err()).Op(":=").Add(hId()).Dot("auth").Call(jen.Id("ctx"), jen.Id("token")),
		jen.If(jen.Err().Op("!=").Nil()).Block(
			jen.Var().Id("apiErr").Op("*").Id("APIError"),
			jen.If(jen.Op("!").Qual("errors", "As").Call(jen.Err(), jen.Op("&").Id("apiErr"))).Block(
				jen.Id("apiErr").Op("=").Id("NewAPIError").Call(jen.Qual(netHTTP, "StatusUnauthorized"), jen.Lit("Authentication failed: the credential was rejected.")),
			),
			hId().Dot("writeError").Call(w, r, jen.Id("apiErr")),
			jen.Return(jen.Nil(), jen.False()),
		),
		jen.If(jen.Id("authed").Op("==").Nil()).Block(jen.Id("authed").Op("=").Id("ctx")),
		jen.Return(jen.Id("authed"), jen.True()),
	)

	f.Line()
	f.Comment("// credential returns the request's credential for the first accepted scheme\n// that it carries, else from a credential cookie; \"\" when there is none.")
	f.Func().Params(recv.Clone()).Id("credential").Params(jen.Id("r").Op("*").Qual(netHTTP, "Request"), jen.Id("accepted").Id("securityMask")).String().BlockFunc(func(g *jen.Group) {
		for _, s := range e.usedSchemes() {
			var get jen.Code
			switch {
			case s.InAuthorization():
				get = jen.Id("authorization").Call(r, jen.Lit(s.AuthorizationScheme()))
			case s.In == ir.InHeader:
				get = r.Clone().Dot("Header").Dot("Get").Call(jen.Lit(s.Param))
			case s.In == ir.InQuery:
				get = r.Clone().Dot("URL").Dot("Query").Call().Dot("Get").Call(jen.Lit(s.Param))
			default:
				get = jen.Id("cookieValue").Call(r, jen.Lit(s.Param))
			}
			g.If(jen.Id("accepted").Op("&").Id(schemeConst(s)).Op("!=").Lit(0)).Block(
				jen.If(jen.Id("v").Op(":=").Add(get), jen.Id("v").Op("!=").Lit("")).Block(jen.Return(jen.Id("v"))),
			)
		}
		g.For(jen.List(jen.Id("_"), jen.Id("name")).Op(":=").Range().Add(hId()).Dot("cookies")).Block(
			jen.If(jen.Id("v").Op(":=").Id("cookieValue").Call(r, jen.Id("name")), jen.Id("v").Op("!=").Lit("")).Block(jen.Return(jen.Id("v"))),
		)
		g.Return(jen.Lit(""))
	})

	f.Line()
	f.Comment("// cookieValue returns the value of the cookie called name, or \"\".")
	f.Func().Id("cookieValue").Params(jen.Id("r").Op("*").Qual(netHTTP, "Request"), jen.Id("name").String()).String().Block(
		jen.List(jen.Id("c"), jen.Err()).Op(":=").Add(r).Dot("Cookie").Call(jen.Id("name")),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Lit(""))),
		jen.Return(jen.Id("c").Dot("Value")),
	)

	if e.uses.authIn["authorization"] {
		f.Line()
		f.Comment("// authorization returns the credentials of the Authorization header when\n// it uses scheme (\"Bearer\", \"Basic\"), or \"\".")
		f.Func().Id("authorization").Params(jen.Id("r").Op("*").Qual(netHTTP, "Request"), jen.Id("scheme").String()).String().Block(
			jen.List(jen.Id("got"), jen.Id("cred"), jen.Id("ok")).Op(":=").Qual("strings", "Cut").Call(r.Clone().Dot("Header").Dot("Get").Call(jen.Lit("Authorization")), jen.Lit(" ")),
			jen.If(jen.Op("!").Id("ok").Op("||").Op("!").Qual("strings", "EqualFold").Call(jen.Id("got"), jen.Id("scheme"))).Block(jen.Return(jen.Lit(""))),
			jen.Return(jen.Qual("strings", "TrimSpace").Call(jen.Id("cred"))),
		)
	}
}

// genReadBody writes readBody, which reads a size-limited body.
func (e *emitter) genReadBody(f *jen.File) {
	w, r := jen.Id("w"), jen.Id("r")
	f.Line()
	f.Comment("// readBody reads the request body, at most maxBodyBytes of it. It answers\n// 413 or 400 itself, and returns false, when it cannot.")
	f.Func().Params(jen.Id("h").Op("*").Id("handler")).Id("readBody").Params(rwParams()...).Params(jen.Index().Byte(), jen.Bool()).Block(
		jen.List(jen.Id("data"), jen.Err()).Op(":=").Qual("io", "ReadAll").Call(jen.Qual(netHTTP, "MaxBytesReader").Call(w, r.Clone().Dot("Body"), hId().Dot("maxBodyBytes"))),
		jen.If(jen.Err().Op("==").Nil()).Block(jen.Return(jen.Id("data"), jen.True())),
		jen.Var().Id("tooLarge").Op("*").Qual(netHTTP, "MaxBytesError"),
		jen.If(jen.Qual("errors", "As").Call(jen.Err(), jen.Op("&").Id("tooLarge"))).Block(
			hId().Dot("writeError").Call(w, r, jen.Id("NewAPIError").Call(jen.Qual(netHTTP, "StatusRequestEntityTooLarge"),
				jen.Qual("fmt", "Sprintf").Call(jen.Lit("The request body is larger than %d bytes."), jen.Id("tooLarge").Dot("Limit")))),
			jen.Return(jen.Nil(), jen.False()),
		),
		hId().Dot("writeError").Call(w, r, jen.Id("NewAPIError").Call(jen.Qual(netHTTP, "StatusBadRequest"), jen.Lit("Reading the request body failed."))),
		jen.Return(jen.Nil(), jen.False()),
	)

	f.Line()
	f.Comment("// isEmptyBody reports whether a body is absent: empty, blank or JSON null.")
	f.Func().Id("isEmptyBody").Params(jen.Id("data").Index().Byte()).Bool().Block(
		jen.Id("t").Op(":=").Qual("bytes", "TrimSpace").Call(jen.Id("data")),
		jen.Return(jen.Len(jen.Id("t")).Op("==").Lit(0).Op("||").String().Call(jen.Id("t")).Op("==").Lit("null")),
	)
}

// genDecodeBody writes decodeBody, which decodes a JSON body and checks it
// with Validate. Required properties need nothing more: the UnmarshalJSON
// of a struct that has them records those absent or null (decode.go).
func (e *emitter) genDecodeBody(f *jen.File) {
	w, r := jen.Id("w"), jen.Id("r")
	f.Line()
	f.Comment("// decodeBody decodes a JSON body with decode and checks it with check (the\n" +
		"// body's Validate, or the route's check of a body declared in the\n" +
		"// operation; nil when there is nothing to check), through decodeChecked:\n" +
		"// every problem at once, those decoding finds (required properties absent\n" +
		"// or null, values of the wrong kind) and those Validate finds. Unknown\n" +
		"// properties are ignored. It answers 400 itself, and returns false, when\n" +
		"// the body is not valid.")
	f.Func().Params(jen.Id("h").Op("*").Id("handler")).Id("decodeBody").Params(append(rwParams(),
		jen.Id("data").Index().Byte(), jen.Id("decode").Func().Params(jen.Op("*").Id("jsonReader")),
		jen.Id("check").Func().Params().Error(),
	)...).Bool().Block(
		jen.Err().Op(":=").Id("decodeChecked").Call(jen.Id("data"), jen.Id("decode"), jen.Id("check")),
		jen.If(jen.Err().Op("==").Nil()).Block(jen.Return(jen.True())),
		jen.List(jen.Id("errs"), jen.Id("ok")).Op(":=").Err().Op(".").Parens(jen.Id("ValueErrors")),
		jen.If(jen.Op("!").Id("ok")).Block(
			jen.Comment("// A syntax error, of the body as a whole."),
			hId().Dot("writeError").Call(w, r, jen.Id("badRequest").Call(jen.Lit("Request body must be valid JSON."), jen.Err().Dot("Error").Call(), jen.Id("inputProblem").Values(jen.Lit("body"), jen.Err().Dot("Error").Call()))),
			jen.Return(jen.False()),
		),
		jen.Id("problems").Op(":=").Make(jen.Index().Id("inputProblem"), jen.Lit(0), jen.Len(jen.Id("errs"))),
		jen.For(jen.List(jen.Id("_"), jen.Id("ve")).Op(":=").Range().Id("errs")).Block(
			jen.Id("field").Op(":=").Id("ve").Dot("Field"),
			jen.If(jen.Id("field").Op("==").Lit("")).Block(jen.Id("field").Op("=").Lit("body")),
			jen.Id("problems").Op("=").Append(jen.Id("problems"), jen.Id("inputProblem").Values(jen.Id("field"), jen.Id("ve").Dot("Message"))),
		),
		hId().Dot("writeError").Call(w, r, jen.Id("badRequest").Call(jen.Lit("Validation failed."), jen.Lit(""), jen.Id("problems").Op("..."))),
		jen.Return(jen.False()),
	)
}

// genInputCheck writes inputCheck, which collects what is wrong with a
// request's parameters while they are parsed, with one method per kind of
// value the API's parameters have.
func (e *emitter) genInputCheck(f *jen.File) {
	in := func() *jen.Statement { return jen.Id("in") }
	recv := func() *jen.Statement { return jen.Id("in").Op("*").Id("inputCheck") }
	f.Line()
	f.Comment("// inputCheck collects the problems of a request's parameters.")
	f.Type().Id("inputCheck").Struct(jen.Id("problems").Index().Id("inputProblem"))
	f.Line()
	f.Comment("// add records that field is not valid.")
	f.Func().Params(recv()).Id("add").Params(jen.List(jen.Id("field"), jen.Id("detail")).String()).Block(
		in().Dot("problems").Op("=").Append(in().Dot("problems"), jen.Id("inputProblem").Values(jen.Id("field"), jen.Id("detail"))),
	)
	f.Line()
	f.Comment("// ok answers 400 with the problems, if any, and reports whether there were\n// none.")
	f.Func().Params(recv()).Id("ok").Params(append([]jen.Code{jen.Id("h").Op("*").Id("handler")}, rwParams()...)...).Bool().Block(
		jen.If(jen.Len(in().Dot("problems")).Op("==").Lit(0)).Block(jen.Return(jen.True())),
		jen.Id("h").Dot("writeError").Call(jen.Id("w"), jen.Id("r"), jen.Id("badRequest").Call(jen.Lit("Invalid request parameters."), jen.Lit(""), in().Dot("problems").Op("..."))),
		jen.Return(jen.False()),
	)
	e.genInputCheckPairs(f)
	if e.uses.enumParams {
		f.Line()
		f.Comment("// check records v's Validate failure.")
		f.Func().Params(recv()).Id("check").Params(jen.Id("field").String(), jen.Id("v").Id("validatable")).Block(
			jen.If(jen.Err().Op(":=").Id("v").Dot("Validate").Call(), jen.Err().Op("!=").Nil()).Block(in().Dot("add").Call(jen.Id("field"), jen.Err().Dot("Error").Call())),
		)
	}
	// parser writes a method parsing one kind of value; what is what the
	// value must be ("a UUID").
	parser := func(name string, result jen.Code, what string, extra []jen.Code, parse jen.Code) {
		params := append([]jen.Code{jen.List(jen.Id("field"), jen.Id("s")).String()}, extra...)
		f.Line()
		f.Comment("// " + name + " parses s, the value of the parameter field, recording a\n// problem when it is not " + what + ".")
		f.Func().Params(recv()).Id(name).Params(params...).Add(result).Block(
			jen.List(jen.Id("v"), jen.Err()).Op(":=").Add(parse),
			jen.If(jen.Err().Op("!=").Nil()).Block(in().Dot("add").Call(jen.Id("field"), jen.Lit("must be "+what))),
			jen.Return(jen.Id("v")),
		)
	}
	bitsParam := []jen.Code{jen.Id("bits").Int()}
	u := e.uses.parse
	if u[ir.KindBool] {
		parser("parseBool", jen.Bool(), "true or false", nil, jen.Qual("strconv", "ParseBool").Call(jen.Id("s")))
	}
	if u[ir.KindInt] || u[ir.KindInt32] || u[ir.KindInt64] {
		parser("parseInt", jen.Int64(), "an integer of that size", bitsParam, jen.Qual("strconv", "ParseInt").Call(jen.Id("s"), jen.Lit(10), jen.Id("bits")))
	}
	if u[ir.KindUint32] || u[ir.KindUint64] {
		parser("parseUint", jen.Uint64(), "a non-negative integer of that size", bitsParam, jen.Qual("strconv", "ParseUint").Call(jen.Id("s"), jen.Lit(10), jen.Id("bits")))
	}
	if u[ir.KindFloat32] || u[ir.KindFloat64] {
		parser("parseFloat", jen.Float64(), "a number", bitsParam, jen.Qual("strconv", "ParseFloat").Call(jen.Id("s"), jen.Id("bits")))
	}
	if u[ir.KindUUID] {
		parser("parseUUID", jen.Qual("github.com/google/uuid", "UUID"), "a UUID", nil, jen.Qual("github.com/google/uuid", "Parse").Call(jen.Id("s")))
	}
	if u[ir.KindTime] {
		parser("parseTime", jen.Qual("time", "Time"), "an RFC 3339 date-time", nil, jen.Qual("time", "Parse").Call(jen.Qual("time", "RFC3339"), jen.Id("s")))
	}
	if u[ir.KindBytes] {
		parser("parseBytes", jen.Index().Byte(), "base64", nil, jen.Qual("encoding/base64", "StdEncoding").Dot("DecodeString").Call(jen.Id("s")))
	}
}

// genEndStream writes endStream, which finishes an event-stream answer.
func (e *emitter) genEndStream(f *jen.File) {
	w, r := jen.Id("w"), jen.Id("r")
	f.Line()
	f.Comment("// endStream finishes a streaming answer once the implementation returned\n" +
		"// err. Before the stream started an error is answered like any other;\n" +
		"// after, it is sent as an `error` event. A stream that never started is\n" +
		"// started, so that the client sees an empty stream, not a missing answer.")
	f.Func().Params(jen.Id("h").Op("*").Id("handler")).Id("endStream").Params(append(rwParams(), jen.Id("s").Op("*").Id("eventWriter"), jen.Err().Error())...).Block(
		jen.Defer().Id("s").Dot("close").Call(),
		jen.Switch().Block(
			jen.Case(jen.Err().Op("!=").Nil().Op("&&").Op("!").Id("s").Dot("isStarted").Call()).Block(
				hId().Dot("fail").Call(w, r, jen.Err()),
			),
			jen.Case(jen.Err().Op("!=").Nil()).Block(
				jen.Id("body").Op(":=").Add(hId()).Dot("apiError").Call(r, jen.Err()).Dot("Body"),
				jen.If(jen.Id("body").Op("==").Nil()).Block(jen.Id("body").Op("=").Id("internalError").Call().Dot("Body")),
				jen.Id("_").Op("=").Id("s").Dot("event").Call(jen.Lit("error"), jen.Id("mustJSON").Call(jen.Id("body"))),
			),
			jen.Default().Block(
				jen.Id("s").Dot("mu").Dot("Lock").Call(),
				jen.Id("_").Op("=").Id("s").Dot("startLocked").Call(),
				jen.Id("s").Dot("mu").Dot("Unlock").Call(),
			),
		),
	)
}
