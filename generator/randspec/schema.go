package randspec

import (
	"slices"
	"strings"
)

// namedSchema writes one named schema: mostly objects and unions, the
// shapes APIs name.
func (g *gen) namedSchema() any {
	switch g.intn(10) {
	case 0, 1, 2, 3:
		return g.object(2)
	case 4, 5:
		if g.f != Swagger20 {
			return g.union(2)
		}
		return g.allOf(2)
	case 6:
		return g.allOf(2)
	case 7:
		return g.enum()
	}
	// Any other shape, but not one that is only another name for a schema
	// not yet written (A: {$ref: A} describes no value).
	s := g.schema(2)
	if g.aliasesLater(s) {
		return g.object(2)
	}
	return s
}

// aliasesLater reports whether s is, or combines as a whole, a reference
// to the current or a later named schema.
func (g *gen) aliasesLater(s any) bool {
	so, ok := s.(*obj)
	if !ok {
		return false
	}
	if r, ok := so.get("$ref"); ok {
		name := strings.TrimPrefix(r.(string), g.refPrefix)
		i := slices.Index(g.names, name)
		return i < 0 || i >= g.cur
	}
	for _, k := range []string{"allOf", "oneOf", "anyOf"} {
		if ms, ok := so.get(k); ok {
			for _, m := range ms.([]any) {
				if g.aliasesLater(m) {
					return true
				}
			}
		}
	}
	return false
}

// schema writes any schema, at most depth levels deep.
func (g *gen) schema(depth int) any {
	g.budget--
	if depth <= 0 || g.budget <= 0 {
		return g.leaf()
	}
	switch g.intn(20) {
	case 0, 1, 2, 3:
		return g.leaf()
	case 4, 5:
		return g.object(depth - 1)
	case 6, 7:
		return g.array(depth - 1)
	case 8:
		return g.mapOf(depth - 1)
	case 9, 10:
		if g.f != Swagger20 {
			return g.union(depth - 1)
		}
		return g.leaf()
	case 11:
		return g.allOf(depth - 1)
	case 12:
		return g.nullable(g.schema(depth - 1))
	case 13:
		return g.refSibling()
	case 14:
		if g.f == OpenAPI31 || g.f == JSONSchema {
			return g.typeList()
		}
		return g.enum()
	case 15:
		if g.f == OpenAPI31 || g.f == JSONSchema {
			return g.tuple(depth - 1)
		}
		return g.array(depth - 1)
	case 16:
		if g.f == OpenAPI31 || g.f == JSONSchema { // not a keyword of 3.0's or 2.0's schemas
			return o("type", "object", "patternProperties", o(pick(g, rePatterns), g.schema(depth-1)))
		}
		return g.mapOf(depth - 1)
	case 17:
		return g.nullable(g.enum())
	default:
		return g.anyRef()
	}
}

// leaf is a schema without subschemas (or a reference).
func (g *gen) leaf() any {
	switch g.intn(12) {
	case 0, 1, 2:
		return g.str()
	case 3, 4:
		return g.integer()
	case 5:
		return g.number()
	case 6:
		return o("type", "boolean")
	case 7:
		return g.enum()
	case 8:
		return g.anySchema()
	case 9:
		if g.f == OpenAPI31 || g.f == JSONSchema {
			return o("const", pick(g, []any{"fixed", 3, true, "", 1.5}))
		}
		return g.str()
	default:
		return g.anyRef()
	}
}

// anyRef refers to any named schema, itself included.
func (g *gen) anyRef() any {
	if len(g.names) == 0 {
		return g.str()
	}
	return g.ref(pick(g, g.names))
}

// earlierRef refers to a named schema written before the current one; nil
// when there is none.
func (g *gen) earlierRef() *obj {
	if g.cur == 0 || len(g.names) == 0 {
		return nil
	}
	return g.ref(g.names[g.intn(min(g.cur, len(g.names)))])
}

// anySchema admits any JSON value.
func (g *gen) anySchema() any {
	if (g.f == OpenAPI31 || g.f == JSONSchema) && g.chance(0.3) {
		return true
	}
	if g.chance(0.3) {
		return o("description", "anything")
	}
	return o()
}

func (g *gen) str() *obj {
	s := o("type", "string")
	if f := pick(g, stringFormats); f != "" {
		s.set("format", f)
	}
	if g.chance(0.2) {
		s.set("minLength", g.intn(3)).set("maxLength", 3+g.intn(10))
	}
	if g.chance(0.15) {
		s.set("pattern", pick(g, patterns))
	}
	if g.chance(0.1) {
		s.set("default", "dflt")
	}
	return s
}

func (g *gen) integer() *obj {
	s := o("type", "integer")
	if f := pick(g, []string{"", "int32", "int64", "uint32", "uint64"}); f != "" {
		s.set("format", f)
	}
	g.bounds(s)
	return s
}

func (g *gen) number() *obj {
	s := o("type", "number")
	if f := pick(g, []string{"", "float", "double"}); f != "" {
		s.set("format", f)
	}
	g.bounds(s)
	return s
}

// bounds adds numeric keywords, in the format's spelling.
func (g *gen) bounds(s *obj) {
	if g.chance(0.2) {
		s.set("minimum", 1)
		if g.chance(0.5) {
			if g.f == OpenAPI30 || g.f == Swagger20 {
				s.set("exclusiveMinimum", true)
			} else {
				s.set("exclusiveMinimum", 0)
			}
		}
	}
	if g.chance(0.15) {
		s.set("maximum", 100)
	}
	if g.chance(0.1) {
		s.set("multipleOf", pick(g, []any{2, 0.5}))
	}
}

func (g *gen) enum() *obj {
	switch g.intn(5) {
	case 0:
		return o("type", "integer", "enum", pick(g, enumInts))
	case 1:
		return o("type", "number", "enum", pick(g, enumNumbers))
	case 2:
		if g.f == OpenAPI31 || g.f == JSONSchema {
			return g.constUnion()
		}
	}
	vals := pick(g, enumStrings)
	s := o("type", "string", "enum", vals)
	if g.chance(0.2) {
		var names []any
		for i := range vals {
			names = append(names, pick(g, []string{"One", "two", "Client", "x y"})+string(rune('A'+i)))
		}
		s.set("x-enum-varnames", names)
	}
	return s
}

// constUnion is the 3.1 way to document enum values: oneOf of consts.
func (g *gen) constUnion() *obj {
	vals := pick(g, enumStrings)
	var vs []any
	for i, v := range vals {
		c := o("const", v)
		if g.chance(0.5) {
			c.set("title", pick(g, []string{"First", "second", "Client", "x y"})+string(rune('A'+i)))
		}
		vs = append(vs, c)
	}
	return o("oneOf", vs)
}

// nullable makes s admit null, in the format's spelling.
func (g *gen) nullable(s any) any {
	so, ok := s.(*obj)
	if !ok {
		return s // true admits null already
	}
	switch g.f {
	case OpenAPI30:
		if so.has("$ref") {
			return o("allOf", []any{so}, "nullable", true)
		}
		return so.set("nullable", true)
	case Swagger20:
		return so.set("x-nullable", true)
	}
	if t, ok := so.get("type"); ok && g.chance(0.6) {
		if ts, ok := t.(string); ok {
			so.set("type", []any{ts, "null"})
			if e, ok := so.get("enum"); ok {
				so.set("enum", append(append([]any{}, e.([]any)...), nil))
			}
			return so
		}
	}
	return o(pick(g, []string{"anyOf", "oneOf"}), []any{so, o("type", "null")})
}

func (g *gen) object(depth int) *obj {
	s := o("type", "object")
	if g.chance(0.3) {
		s.set("description", "An object.")
	}
	n := g.intn(6)
	props := &obj{}
	var required []any
	for _, name := range distinct(g, propNames, n) {
		props.set(name, g.annotate(g.schema(depth)))
		if g.chance(0.4) {
			required = append(required, name)
		}
	}
	if len(props.kv) >= 2 && (g.f == OpenAPI31 || g.f == JSONSchema) && g.chance(0.08) {
		s.set("dependentRequired", o(props.kv[0].k, []any{props.kv[1].k}))
	}
	if n > 0 || g.chance(0.5) {
		s.set("properties", props)
	}
	if len(required) > 0 {
		s.set("required", required)
	}
	switch g.intn(8) {
	case 0:
		s.set("additionalProperties", false)
	case 1:
		s.set("additionalProperties", true)
	case 2:
		s.set("additionalProperties", g.schema(depth))
	}
	if g.chance(0.1) {
		s.set("minProperties", 1).set("maxProperties", 9)
	}
	return s
}

func (g *gen) array(depth int) *obj {
	s := o("type", "array", "items", g.schema(depth))
	if g.chance(0.2) {
		s.set("minItems", 1).set("maxItems", 10)
	}
	if g.chance(0.1) {
		s.set("uniqueItems", true)
	}
	return s
}

func (g *gen) mapOf(depth int) *obj {
	return o("type", "object", "additionalProperties", g.schema(depth))
}

func (g *gen) tuple(depth int) *obj {
	var items []any
	for range 1 + g.intn(3) {
		it := g.schema(depth)
		if io, ok := it.(*obj); ok && g.chance(0.3) {
			io.set("title", pick(g, []string{"first", "Second", "x", "Item0"}))
		}
		items = append(items, it)
	}
	s := o("type", "array", "prefixItems", items)
	if g.chance(0.5) {
		s.set("items", g.schema(depth))
	}
	return s
}

// typeList is a 3.1 list of JSON types, each with its own keywords.
func (g *gen) typeList() *obj {
	types := distinct(g, []any{"string", "integer", "number", "boolean", "null", "array", "object"}, 2+g.intn(3))
	s := o("type", types)
	if g.chance(0.3) {
		s.set("minLength", 1).set("minimum", 0)
	}
	return s
}

// refSibling is a reference with sibling keywords: a description, or an
// allOf of one reference that narrows it.
func (g *gen) refSibling() any {
	r := g.anyRef()
	ro, ok := r.(*obj)
	if !ok || !ro.has("$ref") {
		return r
	}
	switch g.intn(5) {
	case 0, 1:
		return o("allOf", []any{ro}, "description", "Narrowed.")
	case 2:
		// 3.0 ignores a $ref's siblings; APIs write nullable there anyway.
		if g.f == OpenAPI30 {
			return ro.set("nullable", true)
		}
		return ro.set("deprecated", true)
	case 3:
		return ro.set("readOnly", true).set("description", "Set by the server.")
	}
	return ro.set("description", "A reference with a sibling.")
}

// union writes a oneOf or anyOf whose variants are chosen to be hard:
// scalars of the same Go type, any, nested unions, null, references,
// inline objects and arrays; sometimes a discriminated union of fresh
// object schemas.
func (g *gen) union(depth int) any {
	if g.chance(0.2) {
		return g.discriminated()
	}
	var variants []any
	for range 1 + g.intn(4) {
		variants = append(variants, g.variant(depth))
	}
	return o(pick(g, []string{"oneOf", "anyOf"}), variants)
}

func (g *gen) variant(depth int) any {
	switch g.intn(10) {
	case 0, 1:
		return g.str()
	case 2:
		return g.integer()
	case 3:
		return g.anySchema()
	case 4:
		if depth > 0 {
			return g.union(depth - 1)
		}
		return o("type", "null")
	case 5:
		if r := g.earlierRef(); r != nil {
			return r
		}
		return g.number()
	case 6:
		return g.object(depth)
	case 7:
		return g.array(depth)
	case 8:
		return g.enum()
	default:
		return g.mapOf(depth)
	}
}

// discriminated writes a union of new named object schemas told apart by
// a property, with or without a mapping.
func (g *gen) discriminated() any {
	prop := pick(g, []string{"kind", "type", "pet_type", "Kind"})
	var variants []any
	mapping := &obj{}
	for range 1 + g.intn(3) {
		name := g.fresh("Variant")
		v := g.object(1)
		props, ok := v.get("properties")
		if !ok {
			props = &obj{}
			v.set("properties", props)
		}
		props.(*obj).set(prop, g.tagProperty(name))
		req, _ := v.get("required")
		rs, _ := req.([]any)
		if !slices.Contains(rs, any(prop)) {
			v.set("required", append(rs, prop))
		}
		g.schemas.set(name, v)
		variants = append(variants, g.ref(name))
		mapping.set(name+"-tag", g.refPrefix+name)
	}
	d := o("propertyName", prop)
	if g.chance(0.5) {
		d.set("mapping", mapping)
	}
	return o(pick(g, []string{"oneOf", "anyOf"}), variants, "discriminator", d)
}

// tagProperty is a discriminator property of variant name: a string, or
// one pinned to values (an enum, a const in 3.1), which then select the
// variant where no mapping does, unless an earlier variant took one
// (OpenAI's thread statuses pin type: active, locked…).
func (g *gen) tagProperty(name string) *obj {
	tag := pick(g, []string{"a", "b", name + "-tag", name})
	switch g.intn(4) {
	case 0:
		return o("type", "string", "enum", []any{tag})
	case 1:
		return o("type", "string", "enum", []any{tag, pick(g, []string{"a", "c"})})
	case 2:
		if g.f == OpenAPI31 {
			return o("type", "string", "const", tag)
		}
	}
	return o("type", "string")
}

// allOf merges objects, references, and unions.
func (g *gen) allOf(depth int) any {
	var members []any
	for range 1 + g.intn(3) {
		switch g.intn(4) {
		case 0:
			if r := g.earlierRef(); r != nil {
				members = append(members, r)
				continue
			}
			fallthrough
		case 1, 2:
			members = append(members, g.object(depth))
		default:
			if g.f != Swagger20 {
				members = append(members, g.union(depth))
			} else {
				members = append(members, g.object(depth))
			}
		}
	}
	s := o("allOf", members)
	if g.chance(0.3) {
		s.set("description", "Merged.")
	}
	if (g.f == OpenAPI31 || g.f == JSONSchema) && g.chance(0.1) {
		// 3.1's way to close a composition (additionalProperties: false
		// beside allOf would refuse the members' properties).
		s.set("unevaluatedProperties", false)
	}
	return s
}

// annotate adds, now and then, the annotations real descriptions put on a
// property: readOnly, writeOnly, deprecated, an example, a title.
func (g *gen) annotate(s any) any {
	so, ok := s.(*obj)
	if !ok || !g.chance(0.15) || (g.f == OpenAPI30 || g.f == Swagger20) && so.has("$ref") {
		return s
	}
	switch g.intn(5) {
	case 0:
		so.set("readOnly", true)
	case 1:
		if g.f != Swagger20 { // 2.0 has readOnly only
			so.set("writeOnly", true)
		}
	case 2:
		if g.f != Swagger20 {
			so.set("deprecated", true)
		}
	case 3:
		if g.f == OpenAPI31 || g.f == JSONSchema {
			so.set("examples", []any{"an example", 3})
		} else {
			so.set("example", "an example")
		}
	default:
		so.set("title", pick(g, []string{"A title", "Value", "x"}))
	}
	return so
}
