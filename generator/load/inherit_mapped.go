package load

import (
	"slices"
	"strings"

	"github.com/specgen/specgen/generator/document"
)

// Swagger 2.0 has no oneOf: a base names its discriminator, and its
// children are the definitions whose allOf includes it (Cat: allOf
// [{$ref: Pet}, …]), each told by its name or by AutoRest's
// x-ms-discriminator-value. OpenAPI 3 descriptions write the same, the
// children listed in the mapping or nowhere. Read as JSON Schema, a
// reference to Pet is Pet's properties alone, and a cat's own properties
// are lost in decoding; every OpenAPI tool reads it as "one of Pet's
// children". inheritMapped gives such a base the oneOf its description
// leaves out, which makes it the loop inherit.go reads: Pet is the union
// of its children and of Pet itself (its own name a discriminator value as
// any child's), each child holding Pet's properties and its own.

// inheritMapped finds the bases among the named schemas (a discriminator,
// no oneOf or anyOf) that have children: named schemas whose allOf
// reaches the base through $refs alone, and the schemas the mapping
// names. Each base gets those as its oneOf, then itself without them
// (its Base) as the last variant; every allOf member that reached the
// base reaches its Base instead, as mendInherit makes a loop mean. Bases
// are taken in document order, so that on two levels (Pet → Dog →
// Poodle, Dog a base of its own) Dog's Base still inherits Pet's.
func (l *loader) inheritMapped() {
	named := make([]*document.Schema, 0, len(l.doc.Named))
	for _, n := range l.doc.Named {
		named = append(named, n.Schema)
	}
	all := make([]*document.Schema, 0, len(l.walker.memo))
	for _, s := range l.walker.memo {
		all = append(all, s)
	}
	for _, n := range l.doc.Named {
		p := n.Schema
		if p.Discriminator == nil || len(p.OneOf)+len(p.AnyOf) > 0 || p.Base != nil || p.Ref != nil {
			continue
		}
		var children []*document.Schema
		for _, c := range named {
			if c != p && reachesInAllOf(c, p) {
				children = append(children, c)
			}
		}
		d := p.Discriminator
		for i, m := range d.Mapping {
			if m.Schema == nil && i < len(d.Refs) {
				d.Mapping[i].Schema = namedTarget(l.doc.Named, d.Refs[i])
			}
			if t := d.Mapping[i].Schema; t != nil && t != p && !slices.Contains(children, t) {
				children = append(children, t)
			}
		}
		if len(children) == 0 {
			continue
		}
		base := baseOf(p)
		for _, s := range all {
			for i, m := range s.AllOf {
				if m == p {
					s.AllOf[i] = base
				} else if m != nil && reachesByRef(m, p) {
					m.Ref = base
				}
			}
		}
		for _, c := range children {
			if c.DiscriminatorValue != "" && !mapped(d, c.DiscriminatorValue) {
				d.Mapping = append(d.Mapping, document.Property{Name: c.DiscriminatorValue, Schema: c})
			}
		}
		own := n.Name
		if p.DiscriminatorValue != "" {
			own = p.DiscriminatorValue
		}
		for i, m := range d.Mapping {
			if m.Schema == p {
				d.Mapping[i].Schema = base
			}
		}
		if !mapped(d, own) {
			d.Mapping = append(d.Mapping, document.Property{Name: own, Schema: base})
		}
		p.OneOf = append(children, base)
	}
}

// reachesInAllOf reports whether an allOf member of c is p, or reaches it
// through bare $refs.
func reachesInAllOf(c, p *document.Schema) bool {
	for _, m := range c.AllOf {
		if m == p || m != nil && reachesByRef(m, p) {
			return true
		}
	}
	return false
}

// reachesByRef reports whether m's $ref leads to p, through bare $refs
// (named schemas that only stand for another) on the way.
func reachesByRef(m, p *document.Schema) bool {
	for i := 0; m.Ref != nil && i < 16; i++ {
		if m.Ref == p {
			return true
		}
		if m = m.Ref; !bareRef(m) {
			return false
		}
	}
	return false
}

// namedTarget is the named schema a mapping value names: a $ref
// ("#/components/schemas/Cat", "#/definitions/Cat") or a bare schema name
// ("Cat"), compared with the end of the schemas' canonical keys as
// mappingTargets does.
func namedTarget(named []*document.Property, ref string) *document.Schema {
	ref = strings.TrimPrefix(ref, "./")
	for _, n := range named {
		if n.Name == ref && !strings.Contains(ref, "/") ||
			strings.Contains(ref, "#") && strings.HasSuffix(n.Schema.Key, ref) {
			return n.Schema
		}
	}
	return nil
}

// mapped reports whether d's mapping already gives value to a schema.
func mapped(d *document.Discriminator, value string) bool {
	for _, m := range d.Mapping {
		if m.Name == value && m.Schema != nil {
			return true
		}
	}
	return false
}
