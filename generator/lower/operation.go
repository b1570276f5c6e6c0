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

// operations lowers every operation: names first (so that the types named
// after operations are stable), then parameters, bodies and responses.
func (l *lowerer) operations(doc *document.Document) {
	ops := append([]*document.Operation(nil), doc.Operations...)
	sort.SliceStable(ops, func(i, j int) bool {
		if ops[i].Path != ops[j].Path {
			return ops[i].Path < ops[j].Path
		}
		return methodOrder[ops[i].Method] < methodOrder[ops[j].Method]
	})
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
		l.operation(l.api.Operations[i], o)
	}
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
		op.Params = append(op.Params, param)
	}
	if b := o.Body; b != nil {
		op.Body = &ir.Body{Required: b.Required, Doc: b.Description, Contents: l.contents(b.Content, op.Name+"Request")}
	}
	firstSuccess := true
	for _, r := range o.Responses {
		resp := &ir.Response{Doc: r.Description}
		resp.Status, resp.StatusRange = parseStatus(r.Status)
		hint := op.Name + "Response"
		isSuccess := resp.Status >= 200 && resp.Status < 300 || resp.StatusRange == 2
		if !(isSuccess && firstSuccess) {
			hint += statusWord(r.Status)
		}
		if isSuccess {
			firstSuccess = false
		}
		resp.Contents = l.contents(r.Content, hint)
		for _, h := range r.Headers {
			resp.Headers = append(resp.Headers, &ir.Param{
				Name: naming.Exported(h.Name), WireName: h.Name, In: ir.InHeader, Doc: h.Description,
				Required: h.Required, Type: l.typeOf(h.Schema, hint+naming.Exported(h.Name)), Source: h.Source,
				Style: "simple",
			})
		}
		op.Responses = append(op.Responses, resp)
	}
}

func (l *lowerer) contents(content []*document.MediaType, hint string) []*ir.Content {
	var out []*ir.Content
	for _, m := range content {
		c := &ir.Content{MediaType: m.Name}
		if m.Schema != nil {
			c.Type = l.typeOf(m.Schema, hint)
		}
		if strings.HasPrefix(strings.ToLower(m.Name), "text/event-stream") {
			c.Streaming = ir.ServerSentEvents
		}
		out = append(out, c)
	}
	return out
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

func nonEmpty(s, fallback string) string {
	if s == "" {
		return fallback
	}
	return s
}
