package emit

import (
	"github.com/dave/jennifer/jen"
)

// tooLargeAnswer is, when some request body is streamed to the
// implementation, the part of apiError that answers 413 to an
// implementation that failed because it read past the body size limit.
func (e *emitter) tooLargeAnswer() jen.Code {
	if !e.uses.streamBody {
		return jen.Null()
	}
	return jen.Var().Id("tooLarge").Op("*").Qual(netHTTP, "MaxBytesError").Line().
		If(jen.Qual("errors", "As").Call(jen.Err(), jen.Op("&").Id("tooLarge"))).Block(
		jen.Return(jen.Id("NewAPIError").Call(jen.Qual(netHTTP, "StatusRequestEntityTooLarge"),
			jen.Qual("fmt", "Sprintf").Call(jen.Lit("The request body is larger than %d bytes."), jen.Id("tooLarge").Dot("Limit")))),
	)
}

// genRequestStream writes requestStream, which hands a request body to the
// implementation as a stream.
func genRequestStream(f *jen.File) {
	w, r := jen.Id("w"), jen.Id("r")
	f.Line()
	f.Comment("// requestStream returns the request body as a reader of at most\n" +
		"// maxBodyBytes (reading past them fails with an *http.MaxBytesError, which\n" +
		"// the handler answers 413), or nil when the body is empty. It answers 400\n" +
		"// itself, and returns false, when a required body is empty.")
	f.Func().Params(jen.Id("h").Op("*").Id("handler")).Id("requestStream").Params(append(rwParams(), jen.Id("required").Bool())...).Params(jen.Qual("io", "Reader"), jen.Bool()).Block(
		jen.Id("br").Op(":=").Qual("bufio", "NewReader").Call(jen.Qual(netHTTP, "MaxBytesReader").Call(w, r.Clone().Dot("Body"), jen.Id("h").Dot("maxBodyBytes"))),
		jen.If(jen.List(jen.Id("_"), jen.Err()).Op(":=").Id("br").Dot("Peek").Call(jen.Lit(1)), jen.Err().Op("==").Nil()).Block(
			jen.Return(jen.Id("br"), jen.True()),
		),
		jen.If(jen.Id("required")).Block(
			jen.Id("h").Dot("writeError").Call(w, r, jen.Id("badRequest").Call(jen.Lit("A request body is required."), jen.Lit(""))),
			jen.Return(jen.Nil(), jen.False()),
		),
		jen.Return(jen.Nil(), jen.True()),
	)
}

// genHijack writes trackedWriter's Hijack, which WebSocket libraries
// upgrade through.
func genHijack(f *jen.File) {
	f.Line()
	f.Comment("// Hijack hands the connection to a WebSocket library; the answer has then\n// started, as far as the handler is concerned.")
	f.Func().Params(jen.Id("w").Op("*").Id("trackedWriter")).Id("Hijack").Params().Params(jen.Qual("net", "Conn"), jen.Op("*").Qual("bufio", "ReadWriter"), jen.Error()).Block(
		jen.Id("w").Dot("wrote").Op("=").True(),
		jen.Return(jen.Qual(netHTTP, "NewResponseController").Call(jen.Id("w").Dot("ResponseWriter")).Dot("Hijack").Call()),
	)
}

// genEndUpgrade writes endUpgrade, which finishes a WebSocket operation.
func genEndUpgrade(f *jen.File) {
	w, r := jen.Id("w"), jen.Id("r")
	f.Line()
	f.Comment("// endUpgrade finishes a WebSocket operation whose implementation returned\n" +
		"// err: before the upgrade (nothing written yet) it is answered like any\n" +
		"// other error; after, the connection is the implementation's, and the\n" +
		"// error is only logged.")
	f.Func().Params(jen.Id("h").Op("*").Id("handler")).Id("endUpgrade").Params(append(rwParams(), jen.Err().Error())...).Block(
		jen.If(jen.Err().Op("==").Nil()).Block(jen.Return()),
		jen.If(jen.List(jen.Id("tw"), jen.Id("ok")).Op(":=").Add(w).Op(".").Parens(jen.Op("*").Id("trackedWriter")), jen.Id("ok").Op("&&").Id("tw").Dot("wrote")).Block(
			jen.Id("h").Dot("logError").Call(r, jen.Err()),
			jen.Return(),
		),
		jen.Id("h").Dot("fail").Call(w, r, jen.Err()),
	)
}
