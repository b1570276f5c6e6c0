package lower

import (
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/specgen/specgen/generator/ir"
	"github.com/specgen/specgen/generator/naming"
)

// routes groups the operations into net/http.ServeMux patterns.
//
// ServeMux matches whole segments and refuses two patterns that match the
// same requests when neither is more specific. Both happen with real
// specs: paths that differ only inside segments with parameters
// (/g/{id}/cover.{f} and /g/{id}/thumb.{f} are one pattern,
// /g/{id}/{seg}), and paths that overlap crosswise (Coder's
// /chats/files/{file} and /chats/{chat}/acl both match /chats/files/acl).
// Such operations become one route: a pattern with a wildcard wherever
// they differ, whose handler tries them in order, each checking the
// literal text it has where the pattern has a wildcard and cutting out
// the parameters of its segments. The order is the most specific first:
// at the first segment where two differ, literal text before parameters
// among text (the most text first) before a whole parameter, as routers
// that prefer static segments do.
func (l *lowerer) routes() {
	var groups []*routeGroup
	for _, op := range l.api.Operations {
		if segs, ok := l.paths[op]; ok {
			groups = append(groups, newGroup(op, segs))
		}
	}
	groups = mergeGroups(groups)
	for _, g := range groups {
		l.api.Routes = append(l.api.Routes, l.finishRoute(g))
	}
	l.checkPatterns()
}

// routeGroup is operations that will share one pattern: the segments
// where they all have the same literal text are literal, the others
// wildcards.
type routeGroup struct {
	method string
	ops    []*ir.Operation
	segs   [][]routeSeg // each operation's segments
	shapes []shape      // each operation's own pattern
	shape               // the group's pattern
}

// shape is a pattern of segments: literal text, or a wildcard.
type shape struct {
	// lits[i] is the literal text of segment i when wild[i] is false.
	lits []string
	wild []bool
}

func newGroup(op *ir.Operation, segs []routeSeg) *routeGroup {
	var sh shape
	for _, s := range segs {
		sh.lits = append(sh.lits, s.literal)
		sh.wild = append(sh.wild, s.param != nil || s.mixed != nil)
	}
	own := shape{lits: slices.Clone(sh.lits), wild: slices.Clone(sh.wild)}
	return &routeGroup{method: op.Method, ops: []*ir.Operation{op}, segs: [][]routeSeg{segs}, shapes: []shape{own}, shape: sh}
}

// mergeGroups merges groups with the same pattern, and groups whose
// patterns (their own, or any of their operations') ServeMux would find in
// conflict, until none are left: a merged pattern matches more, and may
// conflict with another. Merging on the operations' own patterns too keeps
// one order for all of them: /chats/files/{file} conflicts with both
// /chats/{chat}/acl and /chats/{chat}/messages, and all three are tried in
// one handler.
func mergeGroups(groups []*routeGroup) []*routeGroup {
	for merged := true; merged; {
		merged = false
		for i := 0; i < len(groups) && !merged; i++ {
			for j := i + 1; j < len(groups); j++ {
				if groups[i].joins(groups[j]) {
					groups[i].absorb(groups[j])
					groups = slices.Delete(groups, j, j+1)
					merged = true
					break
				}
			}
		}
	}
	return groups
}

// joins reports whether g and h must be one route.
func (g *routeGroup) joins(h *routeGroup) bool {
	if g.method != h.method || len(g.wild) != len(h.wild) {
		return false
	}
	if g.shape.same(h.shape) || g.shape.conflicts(h.shape) {
		return true
	}
	for _, a := range g.shapes {
		for _, b := range h.shapes {
			if a.conflicts(b) {
				return true
			}
		}
	}
	return false
}

// same reports whether a and b are the same pattern but for the
// wildcards' names.
func (a shape) same(b shape) bool {
	if !slices.Equal(a.wild, b.wild) {
		return false
	}
	for i := range a.lits {
		if !a.wild[i] && a.lits[i] != b.lits[i] {
			return false
		}
	}
	return true
}

// conflicts reports whether ServeMux would refuse a and b side by side
// (patterns of as many segments): some path matches both, and neither
// matches every path the other does. A wildcard matches any non-empty
// segment.
func (a shape) conflicts(b shape) bool {
	aInB, bInA := true, true
	for i := range a.wild {
		switch {
		case a.wild[i] && b.wild[i]:
		case a.wild[i]:
			if b.lits[i] == "" {
				return false
			}
			aInB = false
		case b.wild[i]:
			if a.lits[i] == "" {
				return false
			}
			bInA = false
		case a.lits[i] != b.lits[i]:
			return false
		}
	}
	return !aInB && !bInA
}

// absorb adds h's operations to g, widening g's pattern where they differ.
func (g *routeGroup) absorb(h *routeGroup) {
	for i := range g.wild {
		g.wild[i] = g.wild[i] || h.wild[i] || g.lits[i] != h.lits[i]
	}
	g.ops = append(g.ops, h.ops...)
	g.segs = append(g.segs, h.segs...)
	g.shapes = append(g.shapes, h.shapes...)
}

// finishRoute names the group's wildcards, gives them to its operations,
// orders the operations and builds the route.
func (l *lowerer) finishRoute(g *routeGroup) *ir.Route {
	names := g.wildcardNames()
	var path strings.Builder
	path.WriteString(strings.TrimRight(l.api.BasePath, "/"))
	for i := range g.wild {
		path.WriteByte('/')
		if g.wild[i] {
			path.WriteString("{" + names[i] + "}")
		} else {
			path.WriteString(g.lits[i])
		}
	}
	if last := len(g.wild) - 1; !g.wild[last] && g.lits[last] == "" {
		// A pattern ending in "/" matches a whole subtree; {$} keeps it to
		// the path itself.
		path.WriteString("{$}")
	}
	keys := map[*ir.Operation]string{}
	for k, op := range g.ops {
		op.RoutePath = path.String()
		op.Segments = nil
		for i, s := range g.segs[k] {
			switch {
			case !g.wild[i]:
			case s.param != nil:
				s.param.Wildcard = names[i]
			case s.mixed != nil:
				s.mixed.Wildcard = names[i]
				for _, p := range s.mixed.Params {
					p.Wildcard = names[i]
				}
				op.Segments = append(op.Segments, s.mixed)
			default:
				op.Segments = append(op.Segments, &ir.PathSegment{Wildcard: names[i], Literals: []string{s.literal}})
			}
		}
		keys[op] = g.dispatchKey(k)
	}
	order := make([]int, len(g.ops))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return g.moreSpecific(order[a], order[b]) })
	r := &ir.Route{Pattern: g.method + " " + path.String()}
	// fallback holds, for each set of requests, the operation tried last.
	fallback := map[string]*ir.Operation{}
	for _, k := range order {
		op := g.ops[k]
		last := fallback[keys[op]]
		if last == nil {
			fallback[keys[op]] = op
			r.Operations = append(r.Operations, op)
			continue
		}
		next := shareByType(r, g, last, op)
		if next == nil {
			l.failRoute(op, "operation %s (%s %s) matches every request it would, and is tried first", last.Name, last.Method, last.Path)
			op.RoutePath, op.Segments = "", nil
			continue
		}
		fallback[keys[op]] = next
	}
	return r
}

// wildcardNames names the group's wildcards: as the first operation with a
// parameter in the segment names it, else "segment" and its position.
func (g *routeGroup) wildcardNames() []string {
	names := make([]string, len(g.wild))
	scope := naming.NewScope()
	for i, w := range g.wild {
		if !w {
			continue
		}
		want := fmt.Sprintf("segment%d", i+1)
		for _, segs := range g.segs {
			if segs[i].wildcard != "" {
				want = segs[i].wildcard
				break
			}
		}
		names[i], _ = scope.Claim(want)
	}
	return names
}

// dispatchKey describes what operation k's segments match where the
// pattern has wildcards; two operations with the same key match the same
// requests.
func (g *routeGroup) dispatchKey(k int) string {
	var b strings.Builder
	for i, s := range g.segs[k] {
		if !g.wild[i] {
			continue
		}
		switch {
		case s.param != nil:
			b.WriteString("*")
		case s.mixed != nil:
			b.WriteString("~" + strings.Join(s.mixed.Literals, "\x00"))
		default:
			b.WriteString("=" + s.literal)
		}
		b.WriteString("\x01")
	}
	return b.String()
}

// moreSpecific reports whether operation a is tried before b: at the first
// segment where they differ, a has literal text where b has a parameter,
// or parameters among more text.
func (g *routeGroup) moreSpecific(a, b int) bool {
	rank := func(s routeSeg) (int, int) {
		switch {
		case s.param != nil:
			return 0, 0
		case s.mixed != nil:
			return 1, s.mixed.LiteralLength()
		}
		return 2, len(s.literal)
	}
	for i := range g.wild {
		ra, la := rank(g.segs[a][i])
		rb, lb := rank(g.segs[b][i])
		if ra != rb {
			return ra > rb
		}
		if ra == 1 && la != lb {
			return la > lb
		}
	}
	return false
}

// checkPatterns registers every route in a ServeMux, as the generated
// NewHandler will, and fails on a pattern ServeMux refuses that grouping
// did not foresee.
func (l *lowerer) checkPatterns() {
	mux := http.NewServeMux()
	nothing := func(http.ResponseWriter, *http.Request) {}
	kept := l.api.Routes[:0]
	for _, r := range l.api.Routes {
		if why := register(mux, r.Pattern, nothing); why != "" {
			for _, op := range r.Operations {
				l.failRoute(op, "net/http.ServeMux refuses its route: %s", why)
				op.RoutePath = ""
			}
			continue
		}
		kept = append(kept, r)
	}
	l.api.Routes = kept
}

// registeredAt is where ServeMux says a pattern was registered: specgen's
// own source, which has no place in an error about a spec.
var registeredAt = regexp.MustCompile(` \(registered at [^)]*\)`)

// register registers pattern in mux, returning ServeMux's complaint.
func register(mux *http.ServeMux, pattern string, h http.HandlerFunc) (why string) {
	defer func() {
		if v := recover(); v != nil {
			why = registeredAt.ReplaceAllString(fmt.Sprint(v), "")
			why = strings.ReplaceAll(why, ":\n", ": ")
			why = strings.ReplaceAll(why, "\n", " ")
		}
	}()
	mux.HandleFunc(pattern, h)
	return ""
}

// failRoute reports an operation whose route the generated handler cannot
// serve (format says why): NewHandler leaves it out, and so does the
// Server interface; its client method stays. An error under -strict.
func (l *lowerer) failRoute(op *ir.Operation, format string, a ...any) {
	msg := fmt.Sprintf("operation %s (%s %s): ", op.Name, op.Method, op.Path) + fmt.Sprintf(format, a...)
	l.degrade(ir.NoteNotServed, op.Source, "%s; the client calls it, but NewHandler does not serve it and Server has no method for it", msg)
}

// shareByType lets op share a route with last, an operation that matches
// the same requests, when a whole-segment path parameter tells them apart
// by its type: GET /files/{fileID} (an integer) and GET /files/{fileName}
// (a string) are one ServeMux pattern, and a segment that parses as an
// integer means the first. The typed operation is tried first, guarded by
// that parameter (ir.Operation.Guards); the other is the fallback, which
// shareByType returns (nil when no parameter tells them apart).
func shareByType(r *ir.Route, g *routeGroup, last, op *ir.Operation) *ir.Operation {
	segsOf := func(o *ir.Operation) []routeSeg {
		return g.segs[slices.Index(g.ops, o)]
	}
	ls, os := segsOf(last), segsOf(op)
	for i := range ls {
		a, b := ls[i].param, os[i].param
		if a == nil || b == nil {
			continue
		}
		switch {
		case typedParam(a) && !sameScalar(a, b):
			// last is tried first, guarded by a; op falls back.
			last.Guards = append(last.Guards, a)
			r.Operations = append(r.Operations, op)
			return op
		case typedParam(b) && !sameScalar(a, b):
			// op is tried first, guarded by b; last stays the fallback.
			op.Guards = append(op.Guards, b)
			at := slices.Index(r.Operations, last)
			r.Operations = slices.Insert(r.Operations, at, op)
			return last
		}
	}
	return nil
}

// typedParam reports whether a path parameter's text must parse (a
// number, a boolean, a uuid, a time, an enum value), so that text that
// does not parse is not it.
func typedParam(p *ir.Param) bool {
	if p.Layout.Kind != ir.LayoutScalar {
		return false
	}
	s := p.Layout.Scalar
	return s.Enum != nil || s.Kind != ir.KindString && s.Kind != ir.KindBytes
}

// sameScalar reports whether two path parameters read the same texts.
func sameScalar(a, b *ir.Param) bool {
	return a.Layout.Kind == b.Layout.Kind && a.Layout.Scalar.Kind == b.Layout.Scalar.Kind && a.Layout.Scalar.Enum == b.Layout.Scalar.Enum
}
