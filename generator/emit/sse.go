package emit

import (
	"github.com/dave/jennifer/jen"
)

// genStreams writes the spec-dependent part of the Server-Sent Events
// plumbing of streaming operations: StreamError, whose body has the API's
// error type. The rest (EventStream for the client, EventSink and its
// writer for the server) is fixed code, runtime/eventstream.go and
// runtime/eventsink.go. The wire format is the one Coder's strict reader
// accepts: "event: NAME\n", then (except for pings) exactly one
// "data: JSON\n", then a blank line.
func (e *emitter) genStreams(f *jen.File) bool {
	if !e.hasStreams() {
		return false
	}
	e.genStreamError(f)
	return true
}

// genStreamError writes StreamError, an `error` event.
func (e *emitter) genStreamError(f *jen.File) {
	body := e.api.ErrorModel.Decl.Name
	f.Line()
	f.Comment("// StreamError is an `error` event of an event stream: the server reported a\n// problem and kept the stream open.")
	f.Type().Id("StreamError").Struct(
		jen.Comment("// Body is the event's data decoded as an error body; nil when it is not\n// JSON of that shape."),
		jen.Id("Body").Op("*").Id(body),
		jen.Comment("// Raw is the event's data."),
		jen.Id("Raw").Index().Byte(),
	)
	f.Line()
	f.Func().Id("newStreamError").Params(jen.Id("data").Index().Byte()).Op("*").Id("StreamError").Block(
		jen.Id("e").Op(":=").Op("&").Id("StreamError").Values(jen.Dict{jen.Id("Raw"): jen.Id("data")}),
		jen.Var().Id("b").Id(body),
		jen.If(jen.Qual(encJSON, "Unmarshal").Call(jen.Id("data"), jen.Op("&").Id("b")).Op("==").Nil()).Block(
			jen.Id("e.Body").Op("=").Op("&").Id("b"),
		),
		jen.Return(jen.Id("e")),
	)
	f.Line()
	f.Comment("// Error returns \"event stream error: message: detail\".")
	f.Func().Params(jen.Id("e").Op("*").Id("StreamError")).Id("Error").Params().String().Block(
		jen.If(jen.Id("text").Op(":=").Id("errorText").Call(jen.Id("e.Body")), jen.Id("text").Op("!=").Lit("")).Block(
			jen.Return(jen.Lit("event stream error: ").Op("+").Id("text")),
		),
		jen.Return(jen.Lit("event stream error: ").Op("+").Id("rawText").Call(jen.Id("e.Raw"))),
	)
}
