package load

import (
	"strings"

	"github.com/specgen/specgen/generator/document"
)

// API descriptions write polymorphism as a base with a discriminator that
// lists its children in oneOf (or anyOf), each child being allOf [{$ref:
// base}, {its own properties}]. Read as JSON Schema the loop never ends
// (the child's allOf applies the base's oneOf again, which applies the
// child again); every generator reads it the OpenAPI way instead: inside
// a child the base stands for its properties only, and the discriminator
// picks the child. mendInherit makes the loop mean that: the child's $ref
// reaches the base's Base, the base without its oneOf, anyOf and
// discriminator. Lowering notes what a child decoded alone leaves
// unchecked (lower/inherit.go).

// mendInherit looks for that shape in the loop cycle (the edges from s back
// to s): a $ref to a schema with a discriminator that the loop leaves
// through oneOf or anyOf, the loop coming back to it through allOf. It
// points that $ref at the base's Base and reports whether it did.
func mendInherit(s *document.Schema, cycle []edge) bool {
	nodes := []*document.Schema{s}
	viaAllOf := false
	for _, e := range cycle {
		nodes = append(nodes, e.to)
		viaAllOf = viaAllOf || strings.HasPrefix(e.via, "allOf/")
	}
	if !viaAllOf {
		return false
	}
	for k, e := range cycle {
		p := nodes[k+1]
		next := cycle[(k+1)%len(cycle)].via
		if e.via != "$ref" || p.Discriminator == nil ||
			!strings.HasPrefix(next, "oneOf/") && !strings.HasPrefix(next, "anyOf/") {
			continue
		}
		nodes[k].Ref = baseOf(p)
		return true
	}
	return false
}

// baseOf is p without its oneOf, anyOf and discriminator: what a child's
// allOf reaches of it. Its Key is p's with a suffix no JSON pointer has
// ("~" only escapes "0" and "1"), so lowering caches it apart from p.
func baseOf(p *document.Schema) *document.Schema {
	if p.Base == nil {
		b := *p
		b.Key = p.Key + "~base"
		b.OneOf, b.AnyOf, b.Discriminator = nil, nil, nil
		b.BaseOf = p
		p.Base = &b
	}
	return p.Base
}
