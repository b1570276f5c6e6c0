package randschema

import (
	"maps"
	"slices"
)

// instance draws a document for schema s (parsed JSON): usually one shaped
// as s describes, with values near its bounds, and now and then any value,
// so that both verdicts occur.
func (g *gen) instance(s any, depth int) any {
	m, ok := s.(map[string]any)
	if !ok || depth <= 0 || g.chance(0.1) {
		return g.value(2)
	}
	if t := g.refTarget(m); t != nil {
		if _, siblings := m["properties"]; !siblings {
			return g.instance(t, depth-1)
		}
		// A $ref beside members of its own: the target's members and
		// the siblings' together.
		return merge(g.instance(t, depth-1), g.objectInstance(m, depth))
	}
	if list, ok := m["allOf"].([]any); ok && len(list) > 0 {
		// Every member's document, merged where they are objects, so
		// that documents of an allOf of objects can be valid.
		var out any
		if _, own := m["properties"]; own {
			out = g.objectInstance(m, depth)
		}
		for _, member := range list {
			out = merge(out, g.instance(member, depth-1))
		}
		return out
	}
	for _, k := range []string{"anyOf", "oneOf"} {
		if list, ok := m[k].([]any); ok && len(list) > 0 {
			v := g.instance(list[g.r.IntN(len(list))], depth-1)
			if _, own := m["properties"]; own {
				v = merge(g.objectInstance(m, depth), v)
			}
			return v
		}
	}
	if e, ok := m["enum"].([]any); ok && g.chance(0.8) {
		return e[g.r.IntN(len(e))]
	}
	if c, ok := m["const"]; ok && g.chance(0.8) {
		return c
	}
	if t, ok := m["if"]; ok {
		return g.instance([]any{t, m["then"], m["else"]}[g.r.IntN(3)], depth-1)
	}
	switch typeOf(m) {
	case "object":
		return g.objectInstance(m, depth)
	case "array":
		return g.arrayInstance(m, depth)
	case "string":
		return []string{"", "a", "ab", "abcdefg", "b12", "2020-01-02", "2020-13-40", "a@b.co", "1.2.3.4", "http://x.y/z", "éé", "2020-01-02T03:04:05Z"}[g.r.IntN(12)]
	case "integer":
		return []any{-1, 0, 1, 2, 3, 4, 9, 10, 11, 14, 15, 1.0, 2.0}[g.r.IntN(13)]
	case "number":
		return []any{-1, 0, 0.5, 1.5, 2, 3, 10, 12.5, 14, 15, 1e1, 0.1, 0.3, 19.99, 1.005, 99.99, 0.0003, 4.5}[g.r.IntN(18)]
	case "boolean":
		return g.chance(0.5)
	case "null":
		return nil
	}
	return g.value(2)
}

// typeOf returns the one type s names (the first of a list), or "".
func typeOf(s map[string]any) string {
	switch t := s["type"].(type) {
	case string:
		return t
	case []any:
		if len(t) > 0 {
			str, _ := t[0].(string)
			return str
		}
	}
	if _, ok := s["properties"]; ok {
		return "object"
	}
	return ""
}

func (g *gen) objectInstance(s map[string]any, depth int) any {
	out := map[string]any{}
	props, _ := s["properties"].(map[string]any)
	required := map[string]bool{}
	if r, ok := s["required"].([]any); ok {
		for _, n := range r {
			required[n.(string)] = true
		}
	}
	// In name order: ranging over the map would draw in a different order
	// each run, and a seed would not give its documents again.
	for _, name := range slices.Sorted(maps.Keys(props)) {
		if required[name] && g.chance(0.9) || g.chance(0.6) {
			out[name] = g.instance(props[name], depth-1)
		}
	}
	for _, name := range slices.Sorted(maps.Keys(required)) {
		// A required member the object does not declare.
		if _, declared := props[name]; !declared && g.chance(0.8) {
			out[name] = g.value(1)
		}
	}
	if ap, ok := s["additionalProperties"].(map[string]any); ok {
		// A map's members, drawn from its value schema.
		for range g.r.IntN(3) {
			out[unionProps[g.r.IntN(len(unionProps))]] = g.instance(ap, depth-1)
		}
	}
	if pp, ok := s["patternProperties"].(map[string]any); ok {
		for _, p := range slices.Sorted(maps.Keys(pp)) {
			if g.chance(0.5) {
				out[[]string{"x-a", "x-b", "abc", "x1"}[g.r.IntN(4)]] = g.instance(pp[p], depth-1)
			}
		}
	}
	if g.chance(0.2) {
		out[propNames[g.r.IntN(len(propNames))]+"z"] = g.value(1)
	}
	if g.chance(0.1) {
		out["x-extra"] = g.value(1)
	}
	return out
}

func (g *gen) arrayInstance(s map[string]any, depth int) any {
	var out []any
	var tuple []any
	if t, ok := s["prefixItems"].([]any); ok {
		tuple = t
	} else if t, ok := s["items"].([]any); ok {
		tuple = t
	}
	items := s["items"]
	if _, isList := items.([]any); isList {
		items = s["additionalItems"]
	}
	n := g.r.IntN(5)
	for i := range n {
		switch {
		case i < len(tuple):
			out = append(out, g.instance(tuple[i], depth-1))
		case items != nil:
			out = append(out, g.instance(items, depth-1))
		case s["contains"] != nil && g.chance(0.5):
			out = append(out, g.instance(s["contains"], depth-1))
		default:
			out = append(out, g.value(1))
		}
	}
	if len(out) > 1 && g.chance(0.2) {
		out = append(out, out[0]) // a repeat, for uniqueItems
	}
	if out == nil {
		out = []any{}
	}
	return out
}

// refTarget returns the schema m's reference names ($ref, $dynamicRef,
// $recursiveRef), or nil; a dynamic reference names the root when the
// root holds the anchor, else the tree the document is in.
func (g *gen) refTarget(m map[string]any) any {
	if _, ok := m["$dynamicRef"]; ok {
		return g.dynamicTarget()
	}
	if _, ok := m["$recursiveRef"]; ok {
		return g.dynamicTarget()
	}
	ref, ok := m["$ref"].(string)
	if !ok {
		return nil
	}
	if ref == "#" {
		return g.root
	}
	t := g.targets[ref]
	if slices.Contains(g.trees, ref) {
		g.scope = t
	}
	return t
}

func (g *gen) dynamicTarget() any {
	if g.anchored || g.scope == nil {
		return g.root
	}
	return g.scope
}

// merge returns the members of a and b together when both are objects
// (b's value where both have a member), else b, or a when b is absent.
func merge(a, b any) any {
	am, aok := a.(map[string]any)
	bm, bok := b.(map[string]any)
	switch {
	case aok && bok:
		out := maps.Clone(am)
		maps.Copy(out, bm)
		return out
	case b == nil && a != nil:
		return a
	}
	return b
}
