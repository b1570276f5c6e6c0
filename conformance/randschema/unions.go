package randschema

// union draws a oneOf or anyOf whose variants overlap in JSON type, as
// real schemas' do (liquibase's rollback, cibuildwheel's test-runtime,
// renovate's autodiscoverFilter): objects told apart by required members
// or closed by additionalProperties: false (an empty closed object among
// them), lists and maps told apart by their elements or bounds, null, a
// nested union; now and then with a type list beside it (with or without
// null, not always naming every variant's type), or as a member of an
// allOf.
func (g *gen) union(depth int) map[string]any {
	k := []string{"anyOf", "oneOf"}[g.r.IntN(2)]
	var list []any
	for range 2 + g.r.IntN(3) {
		list = append(list, g.variant(depth))
	}
	s := map[string]any{k: list}
	if g.chance(0.3) {
		types := []any{}
		for _, t := range []string{"object", "array", "string", "integer", "null"} {
			if g.chance(0.45) {
				types = append(types, t)
			}
		}
		if len(types) > 0 {
			s["type"] = types
		}
	}
	if g.chance(0.15) {
		return map[string]any{"allOf": []any{s, g.variant(depth)}}
	}
	return s
}

// unionProps are the few property names union variants share, so that
// objects of several variants overlap.
var unionProps = []string{"id", "name", "args", "kind"}

// variant draws one variant of a union.
func (g *gen) variant(depth int) any {
	switch g.r.IntN(9) {
	case 0:
		s := map[string]any{"type": "object", "additionalProperties": false}
		if g.chance(0.5) {
			s["properties"] = map[string]any{}
		}
		return s
	case 1, 2:
		return g.unionObject(depth)
	case 3:
		s := map[string]any{"type": "array", "items": g.scalar()}
		if g.chance(0.3) {
			s["maxItems"] = 1 + g.r.IntN(2)
		}
		if g.chance(0.3) {
			s["minItems"] = 1 + g.r.IntN(2)
		}
		return s
	case 4:
		s := map[string]any{"type": "object", "additionalProperties": g.scalar()}
		if g.chance(0.4) {
			s["maxProperties"] = 1 + g.r.IntN(2)
		}
		return s
	case 5:
		return map[string]any{"type": "null"}
	case 6:
		if depth > 0 {
			return g.union(depth - 1)
		}
	case 7:
		if depth > 0 {
			return g.ref(depth - 1)
		}
	}
	return g.scalar()
}

// unionObject draws an object variant of one to three of unionProps,
// some required, usually closed.
func (g *gen) unionObject(depth int) map[string]any {
	props := map[string]any{}
	var required []any
	for range 1 + g.r.IntN(3) {
		name := unionProps[g.r.IntN(len(unionProps))]
		if _, dup := props[name]; dup {
			continue
		}
		if depth > 0 && g.chance(0.3) {
			props[name] = g.schema(depth - 1)
		} else {
			props[name] = g.scalar()
		}
		if g.chance(0.5) {
			required = append(required, name)
		}
	}
	s := map[string]any{"type": "object", "properties": props}
	if len(required) > 0 {
		s["required"] = required
	}
	if g.chance(0.6) {
		s["additionalProperties"] = false
	}
	return s
}
