package randspec

import "strings"

// Reusable components: parameters, request bodies, responses and headers
// written once under components (or Swagger 2.0's top-level parameters and
// responses) and referred to by $ref from operations, as large APIs do
// (GitHub's per_page, Stripe's expand, every API's Error response). Their
// names are drawn from pools that collide with the schemas' names and
// with each other once made Go identifiers.

// componentNames name reusable components.
var componentNames = []string{
	"Pet", "limit", "Limit", "Error", "id", "ID", "NotFound", "page[size]",
	"X-Trace", "Client", "default", "Body", "thing-list", "2fa",
}

// sharedParam is a reusable parameter, with what an operation needs to
// know to avoid declaring its place and name twice.
type sharedParam struct {
	ref      *obj
	in, name string
}

// reuse files v under the components of kind (parameters, requestBodies,
// responses, headers) and returns a reference to it.
func (g *gen) reuse(kind string, v *obj) *obj {
	if g.comps == nil {
		g.comps = &obj{}
	}
	c, ok := g.comps.get(kind)
	if !ok {
		c = &obj{}
		g.comps.set(kind, c)
	}
	name := pick(g, componentNames)
	if c.(*obj).has(name) {
		name = g.fresh(strings.Trim(name, "[]"))
	}
	c.(*obj).set(name, v)
	prefix := "#/components/" + kind + "/"
	if g.f == Swagger20 {
		prefix = "#/" + kind + "/"
	}
	return o("$ref", prefix+escapePointer(name))
}

// maybeReuse files a parameter as a component some of the time; a query,
// header or cookie parameter may then be used again by other operations.
func (g *gen) maybeReuse(p *obj) any {
	if !g.chance(0.15) {
		return p
	}
	ref := g.reuse("parameters", p)
	in, _ := p.get("in")
	name, _ := p.get("name")
	if in != "path" && in != "body" {
		g.shared = append(g.shared, sharedParam{ref, in.(string), name.(string)})
	}
	return ref
}

// sharedParams draws parameters other operations filed, skipping those
// whose place and name the operation has (seen, by lower-case name).
func (g *gen) sharedParams(seen map[string]bool, form bool) []any {
	var out []any
	if len(g.shared) == 0 || !g.chance(0.3) {
		return nil
	}
	for _, s := range distinct(g, g.shared, 1+g.intn(2)) {
		key := s.in + " " + strings.ToLower(s.name)
		if seen[key] || (s.in == "formData" && !form) {
			continue
		}
		seen[key] = true
		out = append(out, s.ref)
	}
	return out
}

// writeComponents adds the reusable components to the document: under
// components in OpenAPI 3, at the top in Swagger 2.0.
func (g *gen) writeComponents(into *obj) {
	if g.comps == nil {
		return
	}
	for _, e := range g.comps.kv {
		into.set(e.k, e.v)
	}
}

// responseHeaders writes an answer's headers: scalars, arrays (simple
// style, comma-separated), and references to reusable headers.
func (g *gen) responseHeaders() *obj {
	hs := &obj{}
	for _, name := range distinct(g, []string{"X-Rate-Limit", "X-Next", "X-Tags", "Location", "ETag"}, 1+g.intn(2)) {
		var h *obj
		switch g.intn(3) {
		case 0:
			h = o("schema", o("type", "array", "items", g.leafScalar()))
		case 1:
			h = o("schema", g.leafScalar(), "required", true)
		default:
			h = o("schema", g.integer())
		}
		if g.chance(0.2) {
			h.set("description", "A header.")
		}
		if g.chance(0.2) {
			h = g.reuse("headers", h)
		}
		hs.set(name, h)
	}
	return hs
}
