package diff

import (
	"fmt"
	"strings"

	"github.com/specgen/specgen/generator/ir"
)

// Use is one place an operation reaches a schema: "GET /pets" at
// "response 200".
type Use struct {
	Operation   string `json:"operation"`
	OperationID string `json:"operation_id,omitempty"`
	// Place is where in the operation: "request body", "response 200",
	// "query parameter owner", "response 200 header X-Rate".
	Place string `json:"place"`
}

func (u Use) String() string { return u.Operation + " (" + u.Place + ")" }

// usage is, for every declaration of one version, the directions it
// travels in and the operations that reach it.
type usage struct {
	dirs map[*ir.Decl]dir
	uses map[*ir.Decl][]Use
	// owners finds a named declaration by where it was declared, so that a
	// property merged into another schema by allOf leads back to the
	// schema that declared it: a base schema travels wherever the schemas
	// built on it do.
	owners map[string]*ir.Decl
}

// usageOf follows every operation's parameters, bodies, responses and
// headers through fields, items, map values, union variants and allOf
// members, recording the direction each declaration travels in and the
// places that reach it.
func usageOf(api *ir.API) *usage {
	u := &usage{dirs: map[*ir.Decl]dir{}, uses: map[*ir.Decl][]Use{}, owners: map[string]*ir.Decl{}}
	for _, d := range api.Decls {
		if isNamed(d) && d.Source.Pointer != "" {
			u.owners[d.Source.File+"\x00"+d.Source.Pointer] = d
		}
	}
	for _, op := range api.Operations {
		subject := op.Method + " " + op.Path
		place := func(name string, d dir, types ...ir.Type) {
			w := walk{u: u, use: Use{Operation: subject, OperationID: op.ID, Place: name}, seen: map[*ir.Decl]bool{}}
			for _, t := range types {
				w.visit(t, d)
			}
		}
		for _, p := range op.Params {
			place(string(p.In)+" parameter "+p.WireName, inRequest, p.Type)
		}
		if op.Body != nil {
			var ts []ir.Type
			for _, c := range op.Body.Contents {
				ts = append(ts, c.Type)
			}
			place("request body", inRequest, ts...)
		}
		for _, r := range op.Responses {
			var ts []ir.Type
			for _, c := range r.Contents {
				ts = append(ts, c.Type)
			}
			for _, h := range r.Headers {
				ts = append(ts, h.Type)
			}
			place("response "+r.StatusText(), inResponse, ts...)
		}
	}
	return u
}

// walk is one place's traversal.
type walk struct {
	u    *usage
	use  Use
	seen map[*ir.Decl]bool
}

func (w *walk) visit(t ir.Type, d dir) {
	switch t := t.(type) {
	case *ir.Ref:
		if t.Decl != nil {
			w.decl(t.Decl, d)
		}
	case *ir.Struct:
		for _, f := range t.Fields {
			fd := fieldDir(d, f)
			if owner := w.u.ownerOf(f); owner != nil {
				w.decl(owner, fd)
			}
			w.visit(f.Type, fd)
		}
	case *ir.Union:
		// Whoever sends the union sends its variants.
		for _, v := range t.Variants {
			w.decl(v.Decl, d)
		}
	case *ir.Tuple:
		for _, it := range t.Items {
			w.visit(it.Type, d)
		}
		w.visit(t.Rest, d)
	case *ir.Slice:
		w.visit(t.Elem, d)
	case *ir.Map:
		w.visit(t.Elem, d)
	}
}

// decl records that the place reaches d in direction d and goes on into
// its body, once per place and direction.
func (w *walk) decl(decl *ir.Decl, d dir) {
	if d == 0 {
		return
	}
	first := !w.seen[decl]
	if first {
		w.seen[decl] = true
		w.u.uses[decl] = append(w.u.uses[decl], w.use)
	}
	if !first && w.u.dirs[decl]&d == d {
		return
	}
	w.u.dirs[decl] |= d
	w.visit(decl.Type, d)
}

// ownerOf returns the named declaration a property was declared in, when
// it is a property of a named schema's own "properties".
func (u *usage) ownerOf(f *ir.Field) *ir.Decl {
	p := f.Source.Pointer
	i := strings.LastIndex(p, "/properties/")
	if i < 0 {
		return nil
	}
	return u.owners[f.Source.File+"\x00"+p[:i]]
}

// usedBy lists the places that reach a schema in either version: the new
// version's, then those only the old one had (an operation removed).
func usedBy(o, n *ir.Decl, old, new *usage) []Use {
	var out []Use
	if n != nil {
		out = append(out, new.uses[n]...)
	}
	if o == nil {
		return out
	}
	have := map[Use]bool{}
	for _, x := range out {
		have[x] = true
	}
	for _, x := range old.uses[o] {
		if !have[x] {
			out = append(out, x)
		}
	}
	return out
}

// textUses is how many places the text report lists before "+N more".
const textUses = 3

// UsedByLine lists the places that reach a schema, cut after max: "used by
// 3: GET /a (response 200), POST /b (request body), … +54 more"; "" when
// none does (and for an operation's changes).
func (g Group) UsedByLine(max int) string {
	if len(g.UsedBy) == 0 {
		return ""
	}
	parts := make([]string, 0, max+1)
	for i, u := range g.UsedBy {
		if i == max {
			parts = append(parts, fmt.Sprintf("+%d more", len(g.UsedBy)-max))
			break
		}
		parts = append(parts, u.String())
	}
	return fmt.Sprintf("used by %d: %s", len(g.UsedBy), strings.Join(parts, ", "))
}

// operationsLine lists the operations (not their places) of uses on one
// line, cut after max: "GET /a, POST /b +3 more".
func operationsLine(uses []Use, max int) string {
	var ops []string
	seen := map[string]bool{}
	for _, u := range uses {
		if !seen[u.Operation] {
			seen[u.Operation] = true
			ops = append(ops, u.Operation)
		}
	}
	if len(ops) > max {
		return strings.Join(ops[:max], ", ") + fmt.Sprintf(" +%d more", len(ops)-max)
	}
	return strings.Join(ops, ", ")
}
