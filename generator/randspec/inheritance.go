package randspec

// inheritance adds a family of named schemas in the style of Java-minded
// APIs (Swagger's Pet/Cat/Dog, Kubernetes' and Azure's resources): a base
// object that names a discriminator, children that are allOf [base, own
// properties], and grandchildren that extend a child, so allOf chains of
// two and three links. In OpenAPI 3 the discriminator is an object,
// sometimes with a mapping to the children; in Swagger 2.0 it is the
// property's name. Daring documents sometimes close the loop as real specs
// do: the base lists its children in a oneOf, and each child's allOf
// refers back to it.
func (g *gen) inheritance() {
	base := g.fresh(pick(g, []string{"Base", "Animal", "Resource", "Pet"}))
	prop := pick(g, []string{"kind", "type", "petType", "@type"})
	b := g.object(1)
	props, ok := b.get("properties")
	if !ok {
		props = &obj{}
		b.set("properties", props)
	}
	props.(*obj).set(prop, o("type", "string"))
	req, _ := b.get("required")
	rs, _ := req.([]any)
	b.set("required", append(rs, prop))
	b.kv = deleteKey(b.kv, "additionalProperties") // a closed base refuses its children's properties
	g.schemas.set(base, b)
	g.names = append(g.names, base)

	var children []string
	parent := base
	for i := range 1 + g.intn(3) {
		child := g.fresh(pick(g, []string{"Cat", "Dog", "Child", "Derived", "Pet_"}))
		own := g.object(1)
		own.kv = deleteKey(own.kv, "additionalProperties")
		members := []any{g.ref(parent), own}
		if g.chance(0.2) {
			members = []any{own, g.ref(parent)} // the parent need not come first
		}
		c := o("allOf", members)
		if g.chance(0.3) {
			c.set("description", "Extends "+parent+".")
		}
		g.schemas.set(child, c)
		g.names = append(g.names, child)
		children = append(children, child)
		// A grandchild extends the previous child; the others extend the base.
		if i == 0 && g.chance(0.5) {
			parent = child
		} else {
			parent = base
		}
	}

	switch g.f {
	case Swagger20:
		b.set("discriminator", prop)
	default:
		d := o("propertyName", prop)
		if g.chance(0.6) {
			mapping := &obj{}
			for _, c := range children {
				mapping.set(pick(g, []string{c, c + "-tag", "x"}), g.refPrefix+escapePointer(c))
			}
			d.set("mapping", mapping)
		}
		b.set("discriminator", d)
		if g.daring && g.chance(0.3) {
			var refs []any
			for _, c := range children {
				refs = append(refs, g.ref(c))
			}
			b.set(pick(g, []string{"oneOf", "anyOf"}), refs)
		}
	}
}

func deleteKey(kvs []kv, k string) []kv {
	out := kvs[:0]
	for _, e := range kvs {
		if e.k != k {
			out = append(out, e)
		}
	}
	return out
}
