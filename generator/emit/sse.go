package emit

import (
	"github.com/dave/jennifer/jen"
)

// genStreams writes the Server-Sent Events plumbing of streaming
// operations: EventStream and StreamError for the client, EventSink and
// its writer for the server. The wire format is the one Coder's strict
// reader accepts: "event: NAME\n", then (except for pings) exactly one
// "data: JSON\n", then a blank line.
func (e *emitter) genStreams(f *jen.File) bool {
	if !e.uses.streams {
		return false
	}
	e.genEventStream(f)
	e.genEventStreamRead(f)
	e.genStreamError(f)
	e.genEventSink(f)
	e.genEventWriter(f)
	return true
}

func sId() *jen.Statement { return jen.Id("s") }

// genEventStream writes EventStream with newEventStream, Recv, All and
// Close.
func (e *emitter) genEventStream(f *jen.File) {
	T := func() *jen.Statement { return jen.Id("T") }
	recv := func() *jen.Statement { return jen.Id("s").Op("*").Id("EventStream").Types(T()) }
	f.Comment("// EventStream reads an event stream whose `data` events carry a T, as a\n" +
		"// streaming Client method returns it. Read it with Recv or range over All;\n" +
		"// Close it when done. It ends when the server ends it, and when the\n" +
		"// context of the call that opened it ends.")
	f.Type().Id("EventStream").Types(jen.Id("T").Any()).Struct(
		jen.Id("ctx").Qual("context", "Context"),
		jen.Id("body").Qual("io", "ReadCloser"),
		jen.Id("r").Op("*").Qual("bufio", "Reader"),
		jen.Id("limit").Int64(),
		jen.Id("stop").Func().Params().Bool(),
		jen.Comment("// err is the error that ended the stream (io.EOF at its end)."),
		jen.Id("err").Error(),
	)

	f.Line()
	f.Comment("// newEventStream reads events from body until ctx ends, which closes body.")
	f.Func().Id("newEventStream").Types(jen.Id("T").Any()).Params(
		jen.Id("ctx").Qual("context", "Context"), jen.Id("body").Qual("io", "ReadCloser"), jen.Id("limit").Int64(),
	).Op("*").Id("EventStream").Types(T()).Block(
		jen.Id("s").Op(":=").Op("&").Id("EventStream").Types(T()).Values(jen.Dict{
			jen.Id("ctx"): jen.Id("ctx"), jen.Id("body"): jen.Id("body"), jen.Id("limit"): jen.Id("limit"),
			jen.Id("r"): jen.Qual("bufio", "NewReader").Call(jen.Id("body")),
		}),
		jen.Id("s").Dot("stop").Op("=").Qual("context", "AfterFunc").Call(jen.Id("ctx"), jen.Func().Params().Block(jen.Id("body").Dot("Close").Call())),
		jen.Return(jen.Id("s")),
	)

	f.Line()
	f.Comment("// Recv returns the value of the next `data` event, skipping pings and\n" +
		"// events of other names. An `error` event is returned as a *StreamError,\n" +
		"// after which the stream goes on; so does it after a `data` event that does\n" +
		"// not decode. At the end of the stream Recv returns io.EOF, and once the\n" +
		"// call's context has ended, its error.")
	f.Func().Params(recv()).Id("Recv").Params().Params(T(), jen.Error()).Block(
		jen.Var().Id("zero").Add(T()),
		jen.For().Block(
			jen.If(sId().Dot("err").Op("!=").Nil()).Block(jen.Return(jen.Id("zero"), sId().Dot("err"))),
			jen.List(jen.Id("name"), jen.Id("data"), jen.Err()).Op(":=").Add(sId()).Dot("next").Call(),
			jen.If(jen.Err().Op("!=").Nil()).Block(
				jen.If(jen.Id("ctxErr").Op(":=").Add(sId()).Dot("ctx").Dot("Err").Call(), jen.Id("ctxErr").Op("!=").Nil()).Block(
					jen.Err().Op("=").Id("ctxErr"),
				),
				sId().Dot("err").Op("=").Err(),
				jen.Return(jen.Id("zero"), jen.Err()),
			),
			jen.Switch(jen.Id("name")).Block(
				jen.Case(jen.Lit("data"), jen.Lit(""), jen.Lit("message")).Block(
					jen.Var().Id("v").Add(T()),
					jen.If(jen.Err().Op(":=").Qual(encJSON, "Unmarshal").Call(jen.Id("data"), jen.Op("&").Id("v")), jen.Err().Op("!=").Nil()).Block(
						jen.Return(jen.Id("zero"), jen.Qual("fmt", "Errorf").Call(jen.Lit("event stream: decoding a data event: %w"), jen.Err())),
					),
					jen.Return(jen.Id("v"), jen.Nil()),
				),
				jen.Case(jen.Lit("error")).Block(
					jen.Return(jen.Id("zero"), jen.Id("newStreamError").Call(jen.Id("data"))),
				),
			),
		),
	)

	f.Line()
	f.Comment("// All returns the stream as a sequence for range: (value, nil) for each\n" +
		"// `data` event, (zero, err) for each error Recv returns, the last one being\n" +
		"// the error that ended the stream (none at its normal end). The stream is\n" +
		"// closed when the loop ends.")
	f.Func().Params(recv()).Id("All").Params().Qual("iter", "Seq2").Types(T(), jen.Error()).Block(
		jen.Return(jen.Func().Params(jen.Id("yield").Func().Params(T(), jen.Error()).Bool()).Block(
			jen.Defer().Add(sId()).Dot("Close").Call(),
			jen.For().Block(
				jen.List(jen.Id("v"), jen.Err()).Op(":=").Add(sId()).Dot("Recv").Call(),
				jen.If(jen.Qual("errors", "Is").Call(jen.Err(), jen.Qual("io", "EOF"))).Block(jen.Return()),
				jen.If(jen.Op("!").Id("yield").Call(jen.Id("v"), jen.Err()).Op("||").Add(sId()).Dot("err").Op("!=").Nil()).Block(jen.Return()),
			),
		)),
	)

	f.Line()
	f.Comment("// Close ends the stream and releases its connection.")
	f.Func().Params(recv()).Id("Close").Params().Error().Block(
		sId().Dot("stop").Call(),
		jen.Return(sId().Dot("body").Dot("Close").Call()),
	)
}

// genEventStreamRead writes next and readLine, the event parser: fields
// `event` and `data` (several data lines join with "\n"), comments and
// other fields skipped, a blank line ending an event.
func (e *emitter) genEventStreamRead(f *jen.File) {
	recv := func() *jen.Statement { return jen.Id("s").Op("*").Id("EventStream").Types(jen.Id("T")) }
	f.Line()
	f.Comment("// next reads one event: its name and its data.")
	f.Func().Params(recv()).Id("next").Params().Params(jen.Id("name").String(), jen.Id("data").Index().Byte(), jen.Err().Error()).Block(
		jen.List(jen.Id("seen"), jen.Id("hasData")).Op(":=").List(jen.False(), jen.False()),
		jen.For().Block(
			jen.List(jen.Id("line"), jen.Err()).Op(":=").Add(sId()).Dot("readLine").Call(),
			jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Lit(""), jen.Nil(), jen.Err())),
			jen.Switch().Block(
				jen.Case(jen.Len(jen.Id("line")).Op("==").Lit(0)).Block(
					jen.If(jen.Id("seen")).Block(jen.Return(jen.Id("name"), jen.Id("data"), jen.Nil())),
					jen.Continue(),
				),
				jen.Case(jen.Id("line").Index(jen.Lit(0)).Op("==").LitRune(':')).Block(
					jen.Continue(),
				),
			),
			jen.List(jen.Id("field"), jen.Id("value"), jen.Id("_")).Op(":=").Qual("bytes", "Cut").Call(jen.Id("line"), jen.Index().Byte().Call(jen.Lit(":"))),
			jen.Id("value").Op("=").Qual("bytes", "TrimPrefix").Call(jen.Id("value"), jen.Index().Byte().Call(jen.Lit(" "))),
			jen.Switch(jen.String().Call(jen.Id("field"))).Block(
				jen.Case(jen.Lit("event")).Block(
					jen.List(jen.Id("name"), jen.Id("seen")).Op("=").List(jen.String().Call(jen.Id("value")), jen.True()),
				),
				jen.Case(jen.Lit("data")).Block(
					jen.If(jen.Id("hasData")).Block(jen.Id("data").Op("=").Append(jen.Id("data"), jen.LitRune('\n'))),
					jen.Id("data").Op("=").Append(jen.Id("data"), jen.Id("value").Op("...")),
					jen.List(jen.Id("seen"), jen.Id("hasData")).Op("=").List(jen.True(), jen.True()),
					jen.If(jen.Int64().Call(jen.Len(jen.Id("data"))).Op(">").Add(sId()).Dot("limit")).Block(
						jen.Return(jen.Lit(""), jen.Nil(), jen.Qual("fmt", "Errorf").Call(jen.Lit("event stream: an event is larger than %d bytes"), sId().Dot("limit"))),
					),
				),
			),
		),
	)

	f.Line()
	f.Comment("// readLine reads one line without its end (\\n or \\r\\n), failing on lines\n// longer than the limit.")
	f.Func().Params(recv()).Id("readLine").Params().Params(jen.Index().Byte(), jen.Error()).Block(
		jen.Var().Id("line").Index().Byte(),
		jen.For().Block(
			jen.List(jen.Id("chunk"), jen.Err()).Op(":=").Add(sId()).Dot("r").Dot("ReadSlice").Call(jen.LitRune('\n')),
			jen.Id("line").Op("=").Append(jen.Id("line"), jen.Id("chunk").Op("...")),
			jen.If(jen.Int64().Call(jen.Len(jen.Id("line"))).Op(">").Add(sId()).Dot("limit")).Block(
				jen.Return(jen.Nil(), jen.Qual("fmt", "Errorf").Call(jen.Lit("event stream: a line is longer than %d bytes"), sId().Dot("limit"))),
			),
			jen.Switch().Block(
				jen.Case(jen.Err().Op("==").Qual("bufio", "ErrBufferFull")).Block(jen.Continue()),
				jen.Case(jen.Err().Op("!=").Nil().Op("&&").Parens(jen.Err().Op("!=").Qual("io", "EOF").Op("||").Len(jen.Id("line")).Op("==").Lit(0))).Block(
					jen.Return(jen.Nil(), jen.Err()),
				),
			),
			jen.Id("line").Op("=").Qual("bytes", "TrimSuffix").Call(jen.Id("line"), jen.Index().Byte().Call(jen.Lit("\n"))),
			jen.Return(jen.Qual("bytes", "TrimSuffix").Call(jen.Id("line"), jen.Index().Byte().Call(jen.Lit("\r"))), jen.Nil()),
		),
	)
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
			jen.Id("e").Dot("Body").Op("=").Op("&").Id("b"),
		),
		jen.Return(jen.Id("e")),
	)
	f.Line()
	f.Comment("// Error returns \"event stream error: message: detail\".")
	f.Func().Params(jen.Id("e").Op("*").Id("StreamError")).Id("Error").Params().String().Block(
		jen.If(jen.Id("text").Op(":=").Id("errorText").Call(jen.Id("e").Dot("Body")), jen.Id("text").Op("!=").Lit("")).Block(
			jen.Return(jen.Lit("event stream error: ").Op("+").Id("text")),
		),
		jen.Return(jen.Lit("event stream error: ").Op("+").Id("rawText").Call(jen.Id("e").Dot("Raw"))),
	)
}

// genEventSink writes EventSink, what a streaming Server method writes to.
func (e *emitter) genEventSink(f *jen.File) {
	T := func() *jen.Statement { return jen.Id("T") }
	recv := func() *jen.Statement { return jen.Id("s").Op("*").Id("EventSink").Types(T()) }
	f.Line()
	f.Comment("// EventSink sends an event stream whose `data` events carry a T: a Server's\n" +
		"// streaming method gets one. The stream starts (200, then a `ping` event)\n" +
		"// with the first event sent; until then the method may still fail with an\n" +
		"// error status. While it is open the handler sends a `ping` at every\n" +
		"// ping interval. Sending fails once the client has gone, and the method\n" +
		"// should then return. Send and SendError are safe for concurrent use.")
	f.Type().Id("EventSink").Types(jen.Id("T").Any()).Struct(jen.Id("w").Op("*").Id("eventWriter"))
	f.Line()
	f.Comment("// Send sends v as a `data` event.")
	f.Func().Params(recv()).Id("Send").Params(jen.Id("v").Add(T())).Error().Block(
		jen.List(jen.Id("data"), jen.Err()).Op(":=").Id("jwMarshal").Call(jen.Op("&").Id("v")),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
		jen.Return(sId().Dot("w").Dot("event").Call(jen.Lit("data"), jen.Id("data"))),
	)
	f.Line()
	f.Comment("// SendError sends an `error` event saying message; the stream stays open.")
	f.Func().Params(recv()).Id("SendError").Params(jen.Id("message").String()).Error().Block(
		jen.List(jen.Id("data"), jen.Err()).Op(":=").Id("jwMarshal").Call(jen.Id("newErrorBody").Call(jen.Id("message"), jen.Lit(""))),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
		jen.Return(sId().Dot("w").Dot("event").Call(jen.Lit("error"), jen.Id("data"))),
	)
}

// genEventWriter writes eventWriter: one response's frames, pings and
// lifetime.
func (e *emitter) genEventWriter(f *jen.File) {
	w := func() *jen.Statement { return jen.Id("w") }
	recv := jen.Id("w").Op("*").Id("eventWriter")
	f.Line()
	f.Comment("// eventWriter writes the frames of one event-stream answer. It starts the\n// answer on the first event, pings every interval until closed, and\n// serializes writes.")
	f.Type().Id("eventWriter").Struct(
		jen.Id("rw").Qual(netHTTP, "ResponseWriter"),
		jen.Id("rc").Op("*").Qual(netHTTP, "ResponseController"),
		jen.Id("ctx").Qual("context", "Context"),
		jen.Id("interval").Qual("time", "Duration"),
		jen.Line(),
		jen.Id("mu").Qual("sync", "Mutex"),
		jen.Id("started").Bool(),
		jen.Comment("// err is the first write error, or errStreamClosed; no write follows it."),
		jen.Id("err").Error(),
		jen.Comment("// stop ends the pings; done is closed when they have ended."),
		jen.List(jen.Id("stop"), jen.Id("done")).Chan().Struct(),
	)
	f.Line()
	f.Comment("// errStreamClosed is what sending returns once the handler has returned.")
	f.Var().Id("errStreamClosed").Op("=").Qual("errors", "New").Call(jen.Lit("event stream: closed"))

	f.Line()
	f.Func().Id("newEventWriter").Params(jen.Id("rw").Qual(netHTTP, "ResponseWriter"), jen.Id("r").Op("*").Qual(netHTTP, "Request"), jen.Id("interval").Qual("time", "Duration")).Op("*").Id("eventWriter").Block(
		jen.Return(jen.Op("&").Id("eventWriter").Values(jen.Dict{
			jen.Id("rw"): jen.Id("rw"), jen.Id("rc"): jen.Qual(netHTTP, "NewResponseController").Call(jen.Id("rw")),
			jen.Id("ctx"): jen.Id("r").Dot("Context").Call(), jen.Id("interval"): jen.Id("interval"),
		})),
	)

	f.Line()
	f.Comment("// event sends one event, starting the answer first if need be.")
	f.Func().Params(recv.Clone()).Id("event").Params(jen.Id("name").String(), jen.Id("data").Index().Byte()).Error().Block(
		w().Dot("mu").Dot("Lock").Call(),
		jen.Defer().Add(w()).Dot("mu").Dot("Unlock").Call(),
		jen.If(jen.Err().Op(":=").Add(w()).Dot("startLocked").Call(), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
		jen.Id("frame").Op(":=").Make(jen.Index().Byte(), jen.Lit(0), jen.Len(jen.Id("name")).Op("+").Len(jen.Id("data")).Op("+").Lit(17)),
		jen.Id("frame").Op("=").Append(jen.Id("frame"), jen.Lit("event: ").Op("...")),
		jen.Id("frame").Op("=").Append(jen.Id("frame"), jen.Id("name").Op("...")),
		jen.Id("frame").Op("=").Append(jen.Id("frame"), jen.Lit("\ndata: ").Op("...")),
		jen.Id("frame").Op("=").Append(jen.Id("frame"), jen.Id("data").Op("...")),
		jen.Id("frame").Op("=").Append(jen.Id("frame"), jen.Lit("\n\n").Op("...")),
		jen.Return(w().Dot("writeLocked").Call(jen.Id("frame"))),
	)

	f.Line()
	f.Comment("// startLocked starts the answer unless it has started: the headers, the\n// status, an initial ping; then the pings.")
	f.Func().Params(recv.Clone()).Id("startLocked").Params().Error().Block(
		jen.If(w().Dot("err").Op("!=").Nil()).Block(jen.Return(w().Dot("err"))),
		jen.If(jen.Err().Op(":=").Add(w()).Dot("ctx").Dot("Err").Call(), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
		jen.If(w().Dot("started")).Block(jen.Return(jen.Nil())),
		w().Dot("started").Op("=").True(),
		jen.Id("h").Op(":=").Add(w()).Dot("rw").Dot("Header").Call(),
		jen.Id("h").Dot("Set").Call(jen.Lit("Content-Type"), jen.Lit("text/event-stream")),
		jen.Id("h").Dot("Set").Call(jen.Lit("Cache-Control"), jen.Lit("no-cache")),
		jen.Id("h").Dot("Set").Call(jen.Lit("X-Accel-Buffering"), jen.Lit("no")),
		w().Dot("rw").Dot("WriteHeader").Call(jen.Qual(netHTTP, "StatusOK")),
		jen.If(w().Dot("interval").Op(">").Lit(0)).Block(
			jen.List(w().Dot("stop"), w().Dot("done")).Op("=").List(jen.Make(jen.Chan().Struct()), jen.Make(jen.Chan().Struct())),
			jen.Go().Add(w()).Dot("pings").Call(w().Dot("stop"), w().Dot("done")),
		),
		jen.Return(w().Dot("writeLocked").Call(jen.Index().Byte().Call(jen.Lit("event: ping\n\n")))),
	)

	f.Line()
	f.Comment("// writeLocked writes and flushes frame; the first failure sticks.")
	f.Func().Params(recv.Clone()).Id("writeLocked").Params(jen.Id("frame").Index().Byte()).Error().Block(
		jen.If(w().Dot("err").Op("!=").Nil()).Block(jen.Return(w().Dot("err"))),
		jen.List(jen.Id("_"), jen.Err()).Op(":=").Add(w()).Dot("rw").Dot("Write").Call(jen.Id("frame")),
		jen.If(jen.Err().Op("==").Nil()).Block(jen.Err().Op("=").Add(w()).Dot("rc").Dot("Flush").Call()),
		jen.If(jen.Err().Op("!=").Nil()).Block(w().Dot("err").Op("=").Err()),
		jen.Return(jen.Err()),
	)

	f.Line()
	f.Comment("// pings sends a ping every interval until stop is closed or the client has\n// gone; then it closes done.")
	f.Func().Params(recv.Clone()).Id("pings").Params(jen.Id("stop").Op("<-").Chan().Struct(), jen.Id("done").Chan().Struct()).Block(
		jen.Defer().Id("close").Call(jen.Id("done")),
		jen.Id("t").Op(":=").Qual("time", "NewTicker").Call(w().Dot("interval")),
		jen.Defer().Id("t").Dot("Stop").Call(),
		jen.For().Block(
			jen.Select().Block(
				jen.Case(jen.Op("<-").Id("stop")).Block(jen.Return()),
				jen.Case(jen.Op("<-").Add(w()).Dot("ctx").Dot("Done").Call()).Block(jen.Return()),
				jen.Case(jen.Op("<-").Id("t").Dot("C")).Block(
					w().Dot("mu").Dot("Lock").Call(),
					jen.Id("err").Op(":=").Add(w()).Dot("writeLocked").Call(jen.Index().Byte().Call(jen.Lit("event: ping\n\n"))),
					w().Dot("mu").Dot("Unlock").Call(),
					jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return()),
				),
			),
		),
	)

	f.Line()
	f.Comment("// isStarted reports whether the answer has started.")
	f.Func().Params(recv.Clone()).Id("isStarted").Params().Bool().Block(
		w().Dot("mu").Dot("Lock").Call(),
		jen.Defer().Add(w()).Dot("mu").Dot("Unlock").Call(),
		jen.Return(w().Dot("started")),
	)

	f.Line()
	f.Comment("// close stops the pings and every later write: the handler calls it before\n// it returns, as the ResponseWriter must not be used after that.")
	f.Func().Params(recv.Clone()).Id("close").Params().Block(
		w().Dot("mu").Dot("Lock").Call(),
		jen.If(w().Dot("err").Op("==").Nil()).Block(w().Dot("err").Op("=").Id("errStreamClosed")),
		jen.List(jen.Id("stop"), jen.Id("done")).Op(":=").List(w().Dot("stop"), w().Dot("done")),
		w().Dot("stop").Op("=").Nil(),
		w().Dot("mu").Dot("Unlock").Call(),
		jen.If(jen.Id("stop").Op("!=").Nil()).Block(
			jen.Id("close").Call(jen.Id("stop")),
			jen.Op("<-").Id("done"),
		),
	)
}
