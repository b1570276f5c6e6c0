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
			l.note(o.Source, "operation %s %s is named %s: %s is taken", o.Method, o.Path, name, want)
		}
		l.api.Operations = append(l.api.Operations, &ir.Operation{
			Name: name, ID: o.ID, Method: o.Method, Path: o.Path, Summary: o.Summary,
			Doc: o.Description, Deprecated: o.Deprecated, Tags: o.Tags,
			Security: o.Security, Source: o.Source,
		})
	}
	for i, o := range ops {
		l.operationNames(l.api.Operations[i], o)
	}
	for i, o := range ops {
		l.operation(l.api.Operations[i], o)
	}
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
	if len(o.Responses) > 1 && !streams(o) {
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
		l.note(op.Source, "operation %s: its type is named %s: %s is taken", op.Name, name, want)
	}
	return name
}

// streams reports whether an operation's first success answer is an event
// stream; such operations return the stream, never a result type.
func streams(o *document.Operation) bool {
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
	scope := naming.NewScope()
	for _, p := range o.Params {
		switch ir.ParamIn(p.In) {
		case ir.InPath, ir.InQuery, ir.InHeader, ir.InCookie:
		default:
			l.fail(p.Source, "", "parameter %q is in %q: want path, query, header or cookie", p.Name, p.In)
			continue
		}
		name, _ := scope.Claim(nonEmpty(naming.Exported(p.Name), "Param"))
		param := &ir.Param{
			Name: name, WireName: p.Name, In: ir.ParamIn(p.In), Doc: p.Description,
			Deprecated: p.Deprecated, Required: p.Required, Source: p.Source,
			Type: l.typeOf(p.Schema, op.Name+name),
		}
		if p.Schema != nil && p.Schema.HasDef {
			param.Default = irValue(p.Schema.Default)
		}
		param.Style, param.Explode = paramStyle(p)
		l.checkParam(op, param)
		op.Params = append(op.Params, param)
	}
	l.route(op)
	if b := o.Body; b != nil {
		op.Body = &ir.Body{Required: b.Required, Doc: b.Description, Contents: l.contents(b.Content, op.Name+"Request")}
		op.Body.Chosen = choose(op.Body.Contents)
		if c := op.Body.Chosen; c != nil && c.Encoding == ir.EncodingEventStream {
			l.fail(b.Source, "request body of type text/event-stream", "operation %s sends an event stream", op.Name)
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
		resp.Contents = l.contents(r.Content, hint)
		resp.Chosen = choose(resp.Contents)
		for _, h := range r.Headers {
			resp.Headers = append(resp.Headers, &ir.Param{
				Name: naming.Exported(h.Name), WireName: h.Name, In: ir.InHeader, Doc: h.Description,
				Required: h.Required, Type: l.typeOf(h.Schema, hint+naming.Exported(h.Name)), Source: h.Source,
				Style: "simple",
			})
		}
		if len(r.Headers) > 0 {
			l.note(r.Source, "operation %s: the headers of response %s are documented but not generated", op.Name, r.Status)
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
			l.fail(o.Source, "event stream outside the first 2xx response", "operation %s answers %s with an event stream", op.Name, statusText(r))
		}
	}
	op.Auth = l.auth(op)
}

// contents lowers a body's media types and decides how each travels.
func (l *lowerer) contents(content []*document.MediaType, hint string) []*ir.Content {
	var out []*ir.Content
	for _, m := range content {
		c := &ir.Content{MediaType: m.Name}
		if m.Schema != nil {
			c.Type = l.typeOf(m.Schema, hint)
		}
		switch {
		case isEventStream(m.Name):
			c.Streaming = ir.ServerSentEvents
			c.Encoding = ir.EncodingEventStream
			if c.Type == nil {
				c.Type = &ir.Any{}
			}
		case isJSON(m.Name) && isAnyJSON(c.Type):
			// A schema that admits any JSON document (the provisioner
			// state) travels byte for byte: decoding it into `any` would
			// reorder keys and turn an empty body into an error.
			c.Encoding = ir.EncodingRawJSON
		case isJSON(m.Name):
			c.Encoding = ir.EncodingJSON
		default:
			c.Encoding = ir.EncodingBytes
		}
		out = append(out, c)
	}
	return out
}

// choose picks the content generated code uses: the first JSON or event
// stream one, else the first.
func choose(cs []*ir.Content) *ir.Content {
	for _, c := range cs {
		if c.Encoding != ir.EncodingBytes {
			return c
		}
	}
	if len(cs) > 0 {
		return cs[0]
	}
	return nil
}

// isJSON reports whether a media type carries JSON: application/json and
// any type/subtype+json.
func isJSON(mediaType string) bool {
	mt := strings.ToLower(strings.TrimSpace(strings.SplitN(mediaType, ";", 2)[0]))
	_, sub, ok := strings.Cut(mt, "/")
	return ok && (sub == "json" || strings.HasSuffix(sub, "+json"))
}

func isEventStream(mediaType string) bool {
	return strings.HasPrefix(strings.ToLower(strings.TrimSpace(mediaType)), "text/event-stream")
}

// isAnyJSON reports whether t is any JSON value with nothing to check.
func isAnyJSON(t ir.Type) bool {
	if t == nil {
		return true
	}
	a, ok := t.(*ir.Any)
	return ok && a.Check.Empty()
}

// paramStyle fills in OpenAPI's defaults: form/explode for query and
// cookie, simple for path and header.
func paramStyle(p *document.Param) (string, bool) {
	style := p.Style
	if style == "" {
		switch p.In {
		case "query", "cookie":
			style = "form"
		default:
			style = "simple"
		}
	}
	explode := style == "form"
	if p.Explode != nil {
		explode = *p.Explode
	}
	return style, explode
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
