package lower

import (
	"sort"
	"strings"

	"github.com/specgen/specgen/generator/document"
)

// $dynamicRef and $recursiveRef are resolved while lowering, not at run
// time: the check of a JSON value is made once per dynamic scope that can
// reach it, a scope being which schema each dynamic anchor stands for
// (the one in the outermost schema resource evaluation entered on its way
// there). A schema that no dynamic anchor reaches keeps one check, named
// and generated as before, and Validate carries no scope: documents
// without dynamic references pay nothing.

// recursiveAnchor is the anchor name 2019-09's $recursiveAnchor: true
// stands for in a dynamicScope; no $dynamicAnchor can be empty.
const recursiveAnchor = ""

// dynamicScope binds dynamic anchor names to the schemas they stand for
// in one dynamic scope. Scopes are values: entering a resource makes a new
// one when it binds something new.
type dynamicScope struct {
	bound map[string]*document.Schema
	// key tells scopes apart in the names of checks ("" when empty).
	key string
}

// dynamicAnchors indexes doc.Anchored by resource: what entering each
// resource puts in scope.
func dynamicAnchors(doc *document.Document) map[string]map[string]*document.Schema {
	out := map[string]map[string]*document.Schema{}
	for _, s := range doc.Anchored {
		add := func(name string) {
			if out[s.Resource] == nil {
				out[s.Resource] = map[string]*document.Schema{}
			}
			if _, dup := out[s.Resource][name]; !dup {
				out[s.Resource][name] = s
			}
		}
		if s.DynamicAnchor != "" {
			add(s.DynamicAnchor)
		}
		if s.RecursiveAnchor && s.Key == s.Resource {
			add(recursiveAnchor)
		}
	}
	return out
}

// enter returns the scope once evaluation reaches s: the anchors of s's
// resource that the scope does not bind yet are bound to it (an outer
// resource's anchor wins).
func (l *lowerer) enter(sc *dynamicScope, s *document.Schema) *dynamicScope {
	anchors := l.anchors[s.Resource]
	if len(anchors) == 0 {
		return sc
	}
	var added []string
	for name := range anchors {
		if _, ok := sc.bound[name]; !ok {
			added = append(added, name)
		}
	}
	if len(added) == 0 {
		return sc
	}
	next := &dynamicScope{bound: map[string]*document.Schema{}}
	for name, t := range sc.bound {
		next.bound[name] = t
	}
	for _, name := range added {
		next.bound[name] = anchors[name]
	}
	names := make([]string, 0, len(next.bound))
	for name := range next.bound {
		names = append(names, name)
	}
	sort.Strings(names)
	var b strings.Builder
	for _, name := range names {
		b.WriteString(" " + name + "=" + next.bound[name].Key)
	}
	next.key = b.String()
	return next
}

// dynamicTarget returns where the reference of s leads in scope sc: the
// schema the scope binds its anchor to, else its first target.
func dynamicTarget(sc *dynamicScope, s *document.Schema) *document.Schema {
	if s.Dynamic == nil {
		return s.Ref
	}
	name := s.Dynamic.Anchor
	if s.Dynamic.Recursive {
		name = recursiveAnchor
	}
	if t, ok := sc.bound[name]; ok {
		return t
	}
	return s.Ref
}

// inDynamicScope reports whether s belongs to a schema resource with
// dynamic anchors: it is declared a JSON value, so that its checks, and
// those of every schema evaluation reaches from it, follow the scope from
// there (a struct's fields would start a scope of their own).
func (l *lowerer) inDynamicScope(s *document.Schema) bool { return len(l.anchors[s.Resource]) > 0 }
