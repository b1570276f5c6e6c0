package lower

import (
	"strings"

	"github.com/specgen/specgen/generator/ir"
	"github.com/specgen/specgen/generator/naming"
)

// fixedReserved holds fixedNames, the package-level names generated code
// may declare or import whatever the spec, built once: every scope of
// spec-made names lies over it (the package's, each operation's path
// parameters', the value checks', the patterns'). A path parameter's
// argument keeps its name against the generated methods' own parameters
// and locals, which emit claims after it (emit/locals.go).
var fixedReserved = naming.NewReserved(fixedNames...)

// routeSeg is one segment of an operation's path: literal text, a
// parameter, or parameters among text.
type routeSeg struct {
	literal string
	param   *ir.Param       // a whole-segment parameter
	mixed   *ir.PathSegment // parameters among literal text
	// wildcard is the segment's own wildcard name, before routes() groups
	// operations; "" for literal text.
	wildcard string
}

// route names an operation's path parameters for method signatures and
// wildcards, and splits its path into segments (l.paths, from which
// routes() makes the ServeMux pattern) and into the client's path parts.
func (l *lowerer) route(op *ir.Operation) {
	segments := strings.Split(strings.TrimPrefix(op.Path, "/"), "/")
	pieces := make([][]templatePiece, len(segments))
	inside := map[string]bool{} // parameters that share a segment
	prefixes := map[string]string{}
	for _, p := range op.ParamsIn(ir.InPath) {
		if pre := l.pathPrefix[p]; pre != "" {
			prefixes[p.WireName] = pre
		}
	}
	for i, seg := range segments {
		ps, problem := splitTemplate(seg)
		if problem != "" {
			l.fail(op.Source, "", "operation %s: path segment %q: %s", op.Name, seg, problem)
			return
		}
		ps = withPrefixes(ps, prefixes)
		pieces[i] = ps
		if !wholeParam(ps) {
			for _, p := range ps {
				if p.param {
					inside[p.text] = true
				}
			}
		}
	}
	l.declareTemplateParams(op, pieces)
	args := naming.NewScopeOver(fixedReserved)
	wildcards := naming.NewScope()
	byWire := map[string]*ir.Param{}
	for _, p := range op.ParamsIn(ir.InPath) {
		p.ArgName, _ = args.Claim(naming.Unexported(p.WireName))
		if !inside[p.WireName] {
			p.Wildcard, _ = wildcards.Claim(naming.Unexported(p.WireName))
		}
		byWire[p.WireName] = p
	}
	b := pathBuilder{l: l, op: op, byWire: byWire, wildcards: wildcards, seen: map[string]bool{}}
	for i, seg := range segments {
		if !b.segment(seg, pieces[i]) {
			return
		}
	}
	if b.lit != "" || len(b.parts) == 0 {
		b.parts = append(b.parts, ir.PathPart{Literal: nonEmpty(b.lit, "/")})
	}
	op.PathParts = b.parts
	if !b.unroutable {
		l.paths[op] = b.segs
	}
	// A declared path parameter that the path does not have (Coder's spec
	// has two) cannot be sent anywhere: drop it with a note rather than
	// refuse a spec that kin-openapi only warns about.
	kept := op.Params[:0]
	for _, p := range op.Params {
		if p.In == ir.InPath && !b.seen[p.WireName] {
			l.noteAs(ir.NoteSpecWarning, p.Source, "operation %s: path parameter %q does not occur in %s; it is left out", op.Name, p.WireName, op.Path)
			continue
		}
		kept = append(kept, p)
	}
	op.Params = kept
}

// pathBuilder splits an operation's path into segments and client path
// parts, one segment at a time.
type pathBuilder struct {
	l         *lowerer
	op        *ir.Operation
	byWire    map[string]*ir.Param
	wildcards *naming.Scope
	seen      map[string]bool
	// unroutable is set when the server cannot match the path (the client
	// can still send it).
	unroutable bool
	segs       []routeSeg
	parts      []ir.PathPart
	lit        string // client literal text not yet in parts
}

// segment adds one path segment; false after failing on it.
func (b *pathBuilder) segment(seg string, pieces []templatePiece) bool {
	b.lit += "/"
	if len(pieces) == 0 || len(pieces) == 1 && !pieces[0].param {
		b.segs = append(b.segs, routeSeg{literal: seg})
		b.lit += seg
		return true
	}
	params := b.params(pieces)
	if params == nil {
		return false
	}
	if wholeParam(pieces) {
		p := params[0]
		b.segs = append(b.segs, routeSeg{param: p, wildcard: p.Wildcard})
		b.addParam(p)
		return true
	}
	s := &ir.PathSegment{Params: params}
	s.Wildcard, _ = b.wildcards.Claim(naming.Unexported(params[0].WireName))
	next := ""
	for i, pc := range pieces {
		if !pc.param {
			next += pc.text
			b.lit += pc.text
			continue
		}
		if i > 0 && pieces[i-1].param && !b.unroutable {
			b.l.failRoute(b.op, "adjacent path parameters: %q has no text between {%s} and {%s}, so the segment could be split anywhere", seg, pieces[i-1].text, pc.text)
			b.unroutable = true
		}
		s.Literals = append(s.Literals, next)
		next = ""
		b.addParam(b.byWire[pc.text])
	}
	s.Literals = append(s.Literals, next)
	for _, p := range params {
		p.Segment = s
	}
	b.segs = append(b.segs, routeSeg{mixed: s, wildcard: s.Wildcard})
	return true
}

// params returns the parameters a segment names, in order; one that
// occurs twice in the path leaves the operation to the client.
func (b *pathBuilder) params(pieces []templatePiece) []*ir.Param {
	var out []*ir.Param
	for _, pc := range pieces {
		if !pc.param {
			continue
		}
		p := b.byWire[pc.text]
		if b.seen[pc.text] && !b.unroutable {
			// The client sends the value twice; a ServeMux pattern cannot
			// name one wildcard twice.
			b.l.failRoute(b.op, "path parameter {%s} occurs twice", pc.text)
			b.unroutable = true
		}
		b.seen[pc.text] = true
		out = append(out, p)
	}
	return out
}

// addParam ends the client's literal text and adds a parameter.
func (b *pathBuilder) addParam(p *ir.Param) {
	b.parts = append(b.parts, ir.PathPart{Literal: b.lit}, ir.PathPart{Param: p})
	b.lit = ""
}

// templatePiece is literal text or a parameter name of a path segment.
type templatePiece struct {
	text  string
	param bool
}

// splitTemplate splits a path segment into literal text and {parameters};
// it returns a problem for braces that do not pair up.
func splitTemplate(seg string) ([]templatePiece, string) {
	var out []templatePiece
	for seg != "" {
		open := strings.IndexAny(seg, "{}")
		switch {
		case open < 0:
			return append(out, templatePiece{text: seg}), ""
		case seg[open] == '}':
			return nil, "a } closes no {"
		case open > 0:
			out = append(out, templatePiece{text: seg[:open]})
		}
		rest := seg[open+1:]
		end := strings.IndexAny(rest, "{}")
		switch {
		case end < 0 || rest[end] == '{':
			return nil, "a { is not closed"
		case end == 0:
			return nil, "{} names no parameter"
		}
		out = append(out, templatePiece{text: rest[:end], param: true})
		seg = rest[end+1:]
	}
	return out, ""
}

// wholeParam reports whether a segment is one parameter and nothing else.
func wholeParam(pieces []templatePiece) bool {
	return len(pieces) == 1 && pieces[0].param
}

// withPrefixes puts the literal text of label and matrix parameters
// (".", ";id=") before them: /users/{id} in label style is /users/.{id},
// a segment of text and a parameter, routed and sent as such.
func withPrefixes(ps []templatePiece, prefixes map[string]string) []templatePiece {
	var out []templatePiece
	for _, pc := range ps {
		if pre := prefixes[pc.text]; pc.param && pre != "" {
			if n := len(out); n > 0 && !out[n-1].param {
				out[n-1].text += pre
			} else {
				out = append(out, templatePiece{text: pre})
			}
		}
		out = append(out, pc)
	}
	return out
}

// declareTemplateParams declares the parameters a path template names but
// the operation does not (a spec defect other tools read): a required
// string, its text, with a warning.
func (l *lowerer) declareTemplateParams(op *ir.Operation, pieces [][]templatePiece) {
	declared := map[string]bool{}
	for _, p := range op.ParamsIn(ir.InPath) {
		declared[p.WireName] = true
	}
	for _, ps := range pieces {
		for _, pc := range ps {
			if !pc.param || declared[pc.text] {
				continue
			}
			declared[pc.text] = true
			l.noteAs(ir.NoteSpecWarning, op.Source, "operation %s: path parameter {%s} is not declared; it is read as a required string (declare it in parameters)", op.Name, pc.text)
			op.Params = append(op.Params, &ir.Param{
				Name: nonEmpty(naming.Exported(pc.text), "Param"), WireName: pc.text, In: ir.InPath,
				Required: true, Source: op.Source, Style: "simple",
				Type:   &ir.Primitive{Kind: ir.KindString},
				Layout: ir.Layout{Kind: ir.LayoutScalar, Scalar: ir.Scalar{Kind: ir.KindString}},
			})
		}
	}
}
