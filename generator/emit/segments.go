package emit

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// Path parameters inside a segment (/galleries/{media_id}/cover.{format}):
// net/http.ServeMux matches whole segments, so the route's wildcard is the
// segment, and each operation with such segments gets a match method that
// cuts its parameters out of the segments' text. Its handler answers 404
// when they do not fit; a route that several operations share tries their
// match methods, most specific first (see ir.Route).

// matchName names the handler method that cuts an operation's segment
// parameters; no other handler method starts with "match".
func matchName(op *ir.Operation) string { return "match" + op.Name }

// genMatch writes the match method of an operation whose route checks its
// segments: the literal text it has where the route's pattern has a
// wildcard, and the parameters it cuts out of segments with text.
//
//	// matchGetPageCoverImage cuts format out of the path of GET /galleries/{media_id}/cover.{format}.
//	func (h *handler) matchGetPageCoverImage(r *http.Request) ([]string, bool) {
//		return cutSegment(nil, pathValue(r, "format"), "cover.", "")
//	}
func (e *emitter) genMatch(f *jen.File, op *ir.Operation) {
	var names []string
	var cuts []*ir.PathSegment
	for _, s := range op.Segments {
		for _, p := range s.Params {
			names = append(names, p.WireName)
		}
		if len(s.Params) > 0 {
			cuts = append(cuts, s)
		}
	}
	what := "checks the path of"
	if len(op.Guards) > 0 && len(op.Segments) == 0 {
		var typed []string
		for _, p := range op.Guards {
			typed = append(typed, p.WireName)
		}
		what = "checks the type of " + strings.Join(typed, ", ") + " in"
	}
	if len(names) > 0 {
		what = "cuts " + strings.Join(names, ", ") + " out of the path of"
	}
	f.Line()
	f.Comment(fmt.Sprintf("// %s %s %s %s; false when\n// the path does not fit.", matchName(op), what, op.Method, op.Path))
	f.Func().Params(e.id("h").Op("*").Id("handler")).Id(matchName(op)).Params(e.id("r").Op("*").Qual(netHTTP, "Request")).Params(jen.Index().String(), jen.Bool()).BlockFunc(func(g *jen.Group) {
		e.matchGuards(g, op)
		segment := func(s *ir.PathSegment) *jen.Statement {
			return jen.Id("pathValue").Call(e.id("r"), jen.Lit(s.Wildcard))
		}
		for _, s := range op.Segments {
			if len(s.Params) == 0 {
				g.If(segment(s).Op("!=").Lit(s.Literals[0])).Block(jen.Return(jen.Nil(), jen.False()))
			}
		}
		cut := func(into jen.Code, s *ir.PathSegment) *jen.Statement {
			args := []jen.Code{into, segment(s)}
			for _, l := range s.Literals {
				args = append(args, jen.Lit(l))
			}
			return jen.Id("cutSegment").Call(args...)
		}
		into := jen.Nil()
		for i, s := range cuts {
			if i == len(cuts)-1 {
				g.Return(cut(into, s))
				return
			}
			assign := ":="
			if i > 0 {
				assign = "="
			}
			g.List(e.id("texts"), e.id("ok")).Op(assign).Add(cut(into, s))
			g.If(jen.Op("!").Add(e.id("ok"))).Block(jen.Return(jen.Nil(), jen.False()))
			into = e.id("texts")
		}
		g.Return(jen.Nil(), jen.True())
	})
}

// routeSegments starts the handler of an operation whose route checks its
// segments: their parameters' text, or 404 when the path does not fit.
//
//	pathTexts, ok := h.matchGetPageCoverImage(r)
//	if !ok {
//		h.writeError(w, r, NewAPIError(http.StatusNotFound, "Route not found."))
//		return
//	}
func (e *emitter) routeSegments(g *jen.Group, op *ir.Operation) {
	if len(op.Segments) == 0 {
		return
	}
	texts := jen.Id("_")
	for _, s := range op.Segments {
		if len(s.Params) > 0 {
			texts = e.id("pathTexts")
		}
	}
	g.List(texts, e.id("ok")).Op(":=").Add(e.id("h")).Dot(matchName(op)).Call(e.id("r"))
	g.If(jen.Op("!").Add(e.id("ok"))).Block(e.notFound(), jen.Return())
}

// notFound answers 404 with the error body.
func (e *emitter) notFound() jen.Code {
	return e.id("h").Dot("writeError").Call(e.id("w"), e.id("r"), jen.Id("NewAPIError").Call(jen.Qual(netHTTP, "StatusNotFound"), jen.Lit("Route not found.")))
}

// segmentText is the text of a segment parameter in its handler: its
// place among the texts the match method cut, in segment order.
func (e *emitter) segmentText(op *ir.Operation, p *ir.Param) jen.Code {
	i := 0
	for _, s := range op.Segments {
		for _, sp := range s.Params {
			if sp == p {
				return e.id("pathTexts").Index(jen.Lit(i))
			}
			i++
		}
	}
	panic(fmt.Sprintf("emit: parameter %s is not in a segment of %s", p.WireName, op.Name))
}

// routeEntry is a route's entry in handlerRoutes: the pattern and the
// handler method of its last operation, after the operations that share
// the pattern with their match methods, tried in turn (the last answers
// 404 itself when its path does not fit either).
//
//	{pattern: "GET /galleries/{media_id}/{image}", others: []routeChoice{
//		{match: (*handler).matchGetPageCoverImage, serve: (*handler).serveGetPageCoverImage},
//	}, serve: (*handler).serveGetPageThumbnail}
func routeEntry(r *ir.Route) jen.Code {
	last := r.Operations[len(r.Operations)-1]
	field := func(name string, v jen.Code) jen.Code { return jen.Id(name).Op(":").Add(v) }
	entry := []jen.Code{field("pattern", jen.Lit(r.Pattern))}
	if len(r.Operations) > 1 {
		var others []jen.Code
		for _, op := range r.Operations[:len(r.Operations)-1] {
			others = append(others, jen.Values(field("match", handlerMethod(matchName(op))), field("serve", handlerMethod(serveName(op)))))
		}
		entry = append(entry, field("others", jen.Index().Id("routeChoice").Custom(lineEach, others...)))
	}
	return jen.Values(append(entry, field("serve", handlerMethod(serveName(last))))...)
}

// lineEach writes a composite literal's elements one a line.
var lineEach = jen.Options{Open: "{", Close: "}", Separator: ",", Multi: true}

// handlerMethod is the method expression (*handler).name.
func handlerMethod(name string) *jen.Statement {
	return jen.Parens(jen.Op("*").Id("handler")).Dot(name)
}

// matchGuards starts the match method of an operation that shares its
// route with one matching the same paths: the texts of its guard
// parameters must parse as their types, or the request is the other's.
//
//	var in inputCheck
//	_ = in.parseInt("fileID", pathValue(r, "fileID"), 64)
//	if len(in.problems) > 0 {
//		return nil, false
//	}
func (e *emitter) matchGuards(g *jen.Group, op *ir.Operation) {
	if len(op.Guards) == 0 {
		return
	}
	g.Var().Add(e.id("in")).Id("inputCheck")
	for _, p := range op.Guards {
		s := p.Layout.Scalar
		v := e.parseScalar(s, jen.Lit(p.WireName), jen.Id("pathValue").Call(e.id("r"), jen.Lit(p.Wildcard)))
		if s.Enum == nil {
			g.Id("_").Op("=").Add(v)
			continue
		}
		g.Add(e.id("in")).Dot("check").Call(jen.Lit(p.WireName), v)
	}
	g.If(jen.Len(e.id("in").Dot("problems")).Op(">").Lit(0)).Block(jen.Return(jen.Nil(), jen.False()))
}
