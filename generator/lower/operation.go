package lower

import (
	"sort"
	"strconv"
	"strings"

	"github.com/specgen/specgen/generator/document"
	"github.com/specgen/specgen/generator/ir"
	"github.com/specgen/specgen/generator/naming"
)

// methodOrder sorts operations of one path.
var methodOrder = map[string]int{"GET": 0, "HEAD": 1, "POST": 2, "PUT": 3, "PATCH": 4, "DELETE": 5, "OPTIONS": 6, "TRACE": 7}

// operations lowers every operation: method names first, then the
// package-level names each operation's client and server code declare
// (params structs, result types), so that inline schemas met later never
// take them; then parameters, bodies and responses.
func (l *lowerer) operations(doc *document.Document) {
	ops := append([]*document.Operation(nil), doc.Operations...)
	sort.SliceStable(ops, func(i, j int) bool {
		if ops[i].Path != ops[j].Path {
			return ops[i].Path < ops[j].Path
		}
		return methodOrder[ops[i].Method] < methodOrder[ops[j].Method]
	})
	// Client methods share Client's method set; "Do" is kept free so that
	// a *Client never looks like an http.Client to a reader.
	methods := naming.NewScope("Do")
	for _, o := range ops {
		want := o.GoName
		if want == "" {
			want = naming.Exported(o.ID)
		}
		if want == "" {
			want = naming.Exported(strings.ToLower(o.Method) + " " + o.Path)
		}
		name, renamed := methods.Claim(want)
		if renamed {
			l.noteAs(ir.NoteRenamed, o.Source, "operation %s %s is named %s: %s is taken", o.Method, o.Path, name, want)
		}
		l.api.Operations = append(l.api.Operations, &ir.Operation{
			Name: name, ID: o.ID, Method: o.Method, Path: o.Path, Summary: o.Summary,
			Doc: o.Description, Deprecated: o.Deprecated, Tags: o.Tags,
			Security: securityRequirements(o.Security), Source: o.Source, WebSocket: l.isWebSocket(o),
		})
	}
	// The follow forms' methods are named after every operation's, so
	// that they never take an operation's name.
	for i, o := range ops {
		l.followName(methods, l.api.Operations[i], o)
	}
	for i, o := range ops {
		l.operationNames(l.api.Operations[i], o)
	}
	for i, o := range ops {
		l.operation(l.api.Operations[i], o)
	}
	l.api.SchemeChecks = l.schemeChecks()
	l.routes()
}

// operationNames claims the package-level names an operation's code
// declares: its params struct and, when it lists several responses, the
// result interface and one type per response.
func (l *lowerer) operationNames(op *ir.Operation, o *document.Operation) {
	for _, p := range o.Params {
		if p.In != "path" {
			op.ParamsType = l.claimOpName(op, op.Name+"Params")
			break
		}
	}
	if len(o.Responses) > 1 && !streams(o) && !op.WebSocket {
		op.ResultType = l.claimOpName(op, op.Name+"Result")
		for _, r := range o.Responses {
			l.variants[op] = append(l.variants[op], l.claimOpName(op, op.Name+statusWord(r.Status)))
		}
	}
}

// claimOpName claims a package-level name for op's generated code.
func (l *lowerer) claimOpName(op *ir.Operation, want string) string {
	name, renamed := l.scope.Claim(want)
	if renamed {
		l.noteAs(ir.NoteRenamed, op.Source, "operation %s: its type is named %s: %s is taken", op.Name, name, want)
	}
	return name
}

// streams reports whether an operation's first success answer is an event
// stream; such operations return the stream, never a result type.
func streams(o *document.Operation) bool {
	if o.Method == "HEAD" {
		return false // its answers have no content (operation)
	}
	for _, r := range o.Responses {
		if s, _ := parseStatus(r.Status); s >= 200 && s < 300 || r.Status == "2XX" || r.Status == "2xx" {
			for _, m := range r.Content {
				if isEventStream(m.Name) {
					return true
				}
			}
			return false
		}
	}
	return false
}

func (l *lowerer) operation(op *ir.Operation, o *document.Operation) {
	l.params(op, o)
	l.followForm(op, o)
	l.route(op)
	if b := o.Body; b != nil {
		op.Body = &ir.Body{Required: b.Required, Doc: b.Description, Contents: l.contents(op, b.Source, b.Content, op.Name+"Request", true)}
		op.Body.Chosen = choose(op.Body.Contents, true)
		c := op.Body.Chosen
		if c != nil && c.Encoding == ir.EncodingEventStream {
			l.degrade(ir.NoteBodyAsBytes, b.Source, "operation %s sends an event stream, which the generated client does not write; the body is an io.Reader of its bytes", op.Name)
			c.Encoding = ir.EncodingBytes
		}
		if c != nil && c.Encoding == ir.EncodingMultipart && !c.Form.Values {
			c.Form.TypeName = l.claimOpName(op, op.Name+"Form")
		}
		if len(op.Body.Contents) > 1 {
			l.noteAs(ir.NoteChoice, b.Source, "operation %s: of the request body's %d media types, %s is generated", op.Name, len(op.Body.Contents), c.MediaType)
		}
	}
	firstSuccess := true
	for i, r := range o.Responses {
		resp := &ir.Response{Doc: r.Description}
		resp.Status, resp.StatusRange = parseStatus(r.Status)
		hint := op.Name + "Response"
		isSuccess := resp.IsSuccess()
		if !(isSuccess && firstSuccess) {
			hint += statusWord(r.Status)
		}
		if isSuccess {
			firstSuccess = false
		}
		content := r.Content
		if o.Method == "HEAD" && len(content) > 0 {
			// RFC 9110 §9.3.2: an answer to HEAD has no content, so no
			// client can decode one (the client's decoding failed on every
			// call: randspec's round trip) and net/http drops what a
			// server writes.
			l.noteAs(ir.NoteSpecWarning, r.Source, "operation %s: response %s of a HEAD request has content, which HTTP never sends; it is not generated", op.Name, r.Status)
			content = nil
		}
		resp.Contents = l.contents(op, r.Source, content, hint, false)
		resp.Chosen = choose(resp.Contents, false)
		if c := resp.Chosen; c != nil && c.Encoding == ir.EncodingRawBody {
			l.degrade(ir.NoteRawBody, r.Source, "operation %s answers %s, which specgen does not decode; the answer is a RawBody (its Content-Type and an io.ReadCloser of the body) for the caller to read with mime/multipart", op.Name, c.MediaType)
		}
		for _, h := range r.Headers {
			resp.Headers = append(resp.Headers, &ir.Param{
				Name: naming.Exported(h.Name), WireName: h.Name, In: ir.InHeader, Doc: h.Description,
				Required: h.Required, Type: l.typeOf(h.Schema, hint+naming.Exported(h.Name)), Source: h.Source,
				Style: "simple",
			})
		}
		if len(r.Headers) > 0 {
			l.noteAs(ir.NoteNotGenerated, r.Source, "operation %s: the headers of response %s are documented but not generated", op.Name, r.Status)
		}
		if op.Success == nil && isSuccess {
			op.Success = resp
		}
		if op.ResultType != "" {
			resp.VariantType = l.variants[op][i]
		}
		op.Responses = append(op.Responses, resp)
	}
	for _, r := range op.Responses {
		if c := r.Chosen; c != nil && c.Encoding == ir.EncodingEventStream && r != op.Success {
			l.degrade(ir.NoteBodyAsBytes, o.Source, "operation %s answers %s with an event stream, which only its first 2xx answer can be; the body is read as bytes", op.Name, statusText(r))
			c.Encoding = ir.EncodingBytes
		}
	}
	op.Auth = l.auth(op)
}

// parseStatus reads "200" as 200, "2XX" as range 2, "default" as 0.
func parseStatus(s string) (int, int) {
	if n, err := strconv.Atoi(s); err == nil {
		return n, 0
	}
	if len(s) == 3 && (s[1] == 'X' || s[1] == 'x') && s[0] >= '1' && s[0] <= '5' {
		return 0, int(s[0] - '0')
	}
	return 0, 0
}

// statusWord names a response in a type name: "404" → "404", "default" →
// "Default", "4XX" → "4XX".
func statusWord(s string) string {
	if s == "default" {
		return "Default"
	}
	return strings.ToUpper(s)
}

// statusText names a lowered response in messages.
func statusText(r *ir.Response) string {
	switch {
	case r.Status != 0:
		return strconv.Itoa(r.Status)
	case r.StatusRange != 0:
		return strconv.Itoa(r.StatusRange) + "XX"
	}
	return "default"
}

func nonEmpty(s, fallback string) string {
	if s == "" {
		return fallback
	}
	return s
}
