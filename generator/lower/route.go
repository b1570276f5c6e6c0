package lower

import (
	"strings"

	"github.com/specgen/specgen/generator/ir"
	"github.com/specgen/specgen/generator/naming"
)

// argReserved are the identifiers a generated client or server method uses
// besides its path parameters: its own parameters and locals, and the
// packages generated code imports. A path parameter named like one of them
// gets a suffix.
var argReserved = []string{
	"ctx", "params", "body", "editors", "sink", "c", "h", "w", "r", "req",
	"res", "resp", "err", "q", "out", "data", "problems", "header", "raw",
	"s", "v", "ok", "zero", "path", "missing", "in", "stream",
	"kv", "parts", "part", "form", "mp", "obj", "before", "values", "files", "k", "i",
	"base64", "bufio", "bytes", "context", "debug", "errors", "fmt", "http",
	"io", "iter", "json", "slog", "sort", "strconv", "strings", "sync",
	"time", "url", "uuid",
}

// route names an operation's path parameters for method signatures and for
// net/http.ServeMux, and builds the ServeMux pattern path.
func (l *lowerer) route(op *ir.Operation) {
	args := naming.NewScope(argReserved...)
	wildcards := naming.NewScope()
	byWire := map[string]*ir.Param{}
	for _, p := range op.ParamsIn(ir.InPath) {
		p.ArgName, _ = args.Claim(naming.Unexported(p.WireName))
		p.Wildcard, _ = wildcards.Claim(naming.Unexported(p.WireName))
		byWire[p.WireName] = p
	}
	var b strings.Builder
	b.WriteString(strings.TrimRight(l.api.BasePath, "/"))
	seen := map[string]bool{}
	segments := strings.Split(strings.TrimPrefix(op.Path, "/"), "/")
	for _, seg := range segments {
		b.WriteByte('/')
		name, isParam := strings.CutPrefix(seg, "{")
		name, closed := strings.CutSuffix(name, "}")
		switch {
		case isParam && closed && !strings.ContainsAny(name, "{}"):
			p := byWire[name]
			if p == nil {
				l.fail(op.Source, "", "operation %s: path parameter {%s} is not declared", op.Name, name)
				continue
			}
			seen[name] = true
			b.WriteString("{" + p.Wildcard + "}")
		case strings.ContainsAny(seg, "{}"):
			l.fail(op.Source, "path parameter inside a path segment", "operation %s: %q (a parameter must be a whole segment)", op.Name, seg)
		default:
			b.WriteString(seg)
		}
	}
	if strings.HasSuffix(op.Path, "/") && op.Path != "/" {
		// A pattern ending in "/" matches a whole subtree; {$} keeps it to
		// the path itself.
		b.WriteString("{$}")
	}
	op.RoutePath = b.String()
	// A declared path parameter that the path does not have (Coder's spec
	// has two) cannot be sent anywhere: drop it with a note rather than
	// refuse a spec that kin-openapi only warns about.
	kept := op.Params[:0]
	for _, p := range op.Params {
		if p.In == ir.InPath && !seen[p.WireName] {
			l.note(p.Source, "operation %s: path parameter %q does not occur in %s; it is left out", op.Name, p.WireName, op.Path)
			continue
		}
		kept = append(kept, p)
	}
	op.Params = kept
}
