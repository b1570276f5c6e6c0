package load

import (
	"path"
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
// no oneOf or anyOf) that have descendants: named schemas whose allOf
// reaches the base through $refs alone, their own such children on every
// level (Swagger 2.0's Fish → Shark → Sawshark: a sawshark is a fish), and
// the schemas the mapping names. Each base gets those as its oneOf, then
// itself without them (its Base) as the last variant; every allOf member
// that reached the base reaches its Base instead, as mendInherit makes a
// loop mean. A descendant that is a base of its own (Shark, with a
// discriminator and children) is its Base among the variants, told by its
// own value, so that every variant is a struct and the union one level
// deep.
func (l *loader) inheritMapped() {
	named := make([]*document.Schema, 0, len(l.doc.Named))
	names := map[*document.Schema]string{}
	for _, n := range l.doc.Named {
		named = append(named, n.Schema)
		names[n.Schema] = n.Name
	}
	// Every family is found before any changes: making a base a union
	// drops its allOf, by which its descendants are found.
	var bases []*document.Schema
	children := map[*document.Schema][]*document.Schema{}
	for _, p := range named {
		if p.Discriminator == nil || len(p.OneOf)+len(p.AnyOf) > 0 || p.Ref != nil {
			continue
		}
		d := p.Discriminator
		kids := descendants(p, named)
		for i, m := range d.Mapping {
			if m.Schema == nil && i < len(d.Refs) {
				d.Mapping[i].Schema = namedTarget(l.doc.Named, d.Refs[i])
			}
			if d.Mapping[i].Schema == nil && i < len(d.Refs) {
				d.Mapping[i].Schema = l.mappedFile(p, d.Refs[i])
			}
			if t := d.Mapping[i].Schema; t != nil && t != p && !slices.Contains(kids, t) {
				kids = append(kids, t)
			}
		}
		if len(kids) > 0 {
			bases = append(bases, p)
			children[p] = kids
			baseOf(p)
		}
	}
	if len(bases) == 0 {
		return
	}
	// Only the descendants' allOf reach the Base: elsewhere a reference
	// through allOf is the whole union (pet: {description: …, allOf:
	// [$ref: Pet]}, 3.0's way to describe a $ref, holds a cat too).
	seen := map[*document.Schema]bool{}
	for _, p := range bases {
		for _, s := range children[p] {
			if seen[s] {
				continue
			}
			seen[s] = true
			rebase(s, children)
		}
	}
	for _, p := range bases {
		d := p.Discriminator
		variants := make([]*document.Schema, 0, len(children[p])+1)
		for _, c := range children[p] {
			v := c
			if children[c] != nil || c.BaseOf == nil && c.Base != nil {
				v = c.Base // a base of its own (or a mended loop's)
			}
			if value := valueOf(c, names[c]); value != "" && (c.DiscriminatorValue != "" || v != c) && !mapped(d, value) {
				d.Mapping = append(d.Mapping, document.Property{Name: value, Schema: v})
			}
			v.Variant = true
			variants = append(variants, v)
		}
		for i, m := range d.Mapping {
			if m.Schema == p {
				d.Mapping[i].Schema = p.Base
			}
		}
		if own := valueOf(p, names[p]); !mapped(d, own) && !pinsOut(p, d.PropertyName, own) {
			d.Mapping = append(d.Mapping, document.Property{Name: own, Schema: p.Base})
		}
		p.OneOf = append(variants, p.Base)
	}
	for _, p := range bases {
		// Every variant holds what the base inherits itself (Shark's
		// allOf [Fish]), its Base as much as its children: the union
		// need not check it beside them.
		p.AllOf, p.RefInAllOf = nil, false
	}
}

// pinsOut reports whether p pins its property prop (const or enum) to
// values other than own. The base's own name in the mapping is invented,
// not the author's word: Pet {kind: enum [cat, dog]} refuses "Pet", and a
// tag no value can carry would leave the union nothing to decode by. The
// base is then selected when the value is absent (it does not require the
// property), else never (lower/inherit.go).
func pinsOut(p *document.Schema, prop, own string) bool {
	for _, q := range p.Properties {
		if q.Name != prop || q.Schema == nil {
			continue
		}
		s := q.Schema
		for i := 0; s.Ref != nil && bareRef(s) && i < 16; i++ {
			s = s.Ref
		}
		switch {
		case s.HasConst:
			return s.Const != own
		case s.HasEnum:
			return !slices.Contains(s.Enum, any(own))
		}
	}
	return false
}

// rebase makes the allOf members of s that reach a base (children) reach
// its Base instead, as mendInherit makes a loop mean.
func rebase(s *document.Schema, children map[*document.Schema][]*document.Schema) {
	for i, m := range s.AllOf {
		if m == nil {
			continue
		}
		if children[m] != nil {
			s.AllOf[i] = m.Base
		} else if p := refBase(m, children); p != nil {
			m.Ref = p.Base
		}
	}
}

// refBase is the base among bases that m's $ref leads to, through bare
// $refs (named schemas that only stand for another) on the way, or nil.
func refBase(m *document.Schema, bases map[*document.Schema][]*document.Schema) *document.Schema {
	for i := 0; m.Ref != nil && i < 16; i++ {
		if bases[m.Ref] != nil {
			return m.Ref
		}
		if m = m.Ref; !bareRef(m) {
			return nil
		}
	}
	return nil
}

// valueOf is the discriminator value that names s by default: its
// x-ms-discriminator-value, else its name.
func valueOf(s *document.Schema, name string) string {
	if s.DiscriminatorValue != "" {
		return s.DiscriminatorValue
	}
	return name
}

// descendants lists the named schemas that inherit p, on every level, in
// document order: those whose allOf reaches p (or its Base) through $refs
// alone, then theirs.
func descendants(p *document.Schema, named []*document.Schema) []*document.Schema {
	in := map[*document.Schema]bool{p: true}
	for grew := true; grew; {
		grew = false
		for _, c := range named {
			if in[c] {
				continue
			}
			for _, m := range c.AllOf {
				if m != nil && (in[m] || in[refTarget(m)]) || m != nil && m.BaseOf != nil && in[m.BaseOf] ||
					m != nil && refTarget(m).BaseOf != nil && in[refTarget(m).BaseOf] {
					in[c], grew = true, true
					break
				}
			}
		}
	}
	var out []*document.Schema
	for _, c := range named {
		if in[c] && c != p {
			out = append(out, c)
		}
	}
	return out
}

// refTarget follows m's $ref through bare $refs to what it stands for.
func refTarget(m *document.Schema) *document.Schema {
	for i := 0; m.Ref != nil && i < 16; i++ {
		if m = m.Ref; !bareRef(m) {
			break
		}
	}
	return m
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

// mappedFile loads the schema a mapping value names in another file
// ("./cat.yaml", "pets.yaml#/Dog"), which nothing else refers to (the
// child refers to its base, not the base to it), and names it as a
// definition: by where it lives, else by its file's name. It returns nil
// for a value that names no schema it can load.
func (l *loader) mappedFile(p *document.Schema, ref string) *document.Schema {
	if l.compiler == nil || !strings.Contains(ref, ".") || strings.HasPrefix(ref, "#") {
		return nil
	}
	var from *File
	for _, f := range l.fs.order {
		if f.Path == p.Source.File {
			from = f
		}
	}
	if from == nil {
		return nil
	}
	target, frag, err := l.fs.refs.resolve(from.URL, ref)
	if err != nil {
		return nil
	}
	cs, err := l.compileURL(target + normPointer("#"+frag))
	if err != nil {
		return nil
	}
	s, err := l.walkCompiled(cs, false)
	if err != nil {
		return nil
	}
	for _, n := range l.doc.Named {
		if n.Schema == s {
			return s
		}
	}
	name, ok := l.definitionName(s)
	if !ok {
		base := path.Base(strings.SplitN(target, "#", 2)[0])
		name = strings.TrimSuffix(base, path.Ext(base))
	}
	l.doc.Named = append(l.doc.Named, &document.Property{Name: name, Schema: s})
	return s
}
