package randschema

import "fmt"

// construct draws one of the constructs that real schemas write less
// often than objects and lists but that combine badly with the rest (issue
// #13's list): unevaluated* through combinators and references, dependent
// schemas, conditionals inside union variants, propertyNames, contains
// with bounds, patternProperties beside a closed object, $ref with
// siblings, recursive and dynamic references, boolean schemas in every
// position, nested enums and consts, decimal multipleOf, nullable type
// lists, closed tuples, undeclared required names and deep allOf merges.
// A draft without the construct's keywords gets the nearest it has.
func (g *gen) construct(depth int) any {
	switch g.r.IntN(16) {
	case 0:
		return g.evaluated(depth)
	case 1:
		return g.dependents(depth)
	case 2:
		return g.conditionalUnion(depth)
	case 3:
		return g.namedMembers(depth)
	case 4:
		return g.containsBounds(depth)
	case 5:
		return g.patternClosed(depth)
	case 6:
		return g.refSiblings(depth)
	case 7:
		return g.recursive(depth)
	case 8:
		return g.booleans(depth)
	case 9:
		return g.nestedEnum()
	case 10:
		return g.decimal()
	case 11:
		return g.nullable(depth)
	case 12:
		return g.closedTuple(depth)
	case 13:
		return g.deepAllOf(depth)
	case 14:
		return g.dynamic(depth)
	}
	return g.undeclaredRequired(depth)
}

// props draws n properties from names (or propNames), with the list of
// their names.
func (g *gen) props(n, depth int, names []string) (map[string]any, []any) {
	if names == nil {
		names = propNames
	}
	props := map[string]any{}
	var list []any
	for range n {
		name := names[g.r.IntN(len(names))]
		if _, dup := props[name]; dup {
			continue
		}
		if depth > 0 && g.chance(0.4) {
			props[name] = g.schema(depth - 1)
		} else {
			props[name] = g.scalar()
		}
		list = append(list, name)
	}
	return props, list
}

// closedObject is an object of a few properties, some required.
func (g *gen) closedObject(depth int, names []string) map[string]any {
	props, list := g.props(1+g.r.IntN(3), depth, names)
	s := map[string]any{"type": "object", "properties": props}
	if g.chance(0.5) {
		s["required"] = list[:1+g.r.IntN(len(list))]
	}
	return s
}

// evaluated draws unevaluatedProperties or unevaluatedItems beside an
// allOf, anyOf, oneOf, if/then/else or $ref whose members evaluate some of
// the members (2019-09 on); before, additionalProperties: false beside an
// allOf of objects, which sees only its own properties.
func (g *gen) evaluated(depth int) map[string]any {
	if g.d >= Draft2019 && g.chance(0.3) {
		return g.evaluatedItems(depth)
	}
	s := g.closedObject(depth, []string{"name", "id", "kind"})
	member := func() any {
		if g.d >= Draft6 && g.chance(0.15) {
			return g.chance(0.8)
		}
		return g.closedObject(depth, []string{"kind", "size", "on", "meta"})
	}
	if g.d < Draft2019 {
		s["additionalProperties"] = false
		s["allOf"] = []any{member(), member()}
		return s
	}
	switch g.r.IntN(5) {
	case 0:
		s["allOf"] = []any{member(), member()}
	case 1:
		s["anyOf"] = []any{member(), member()}
	case 2:
		s["oneOf"] = []any{member(), member()}
	case 3:
		s["if"] = map[string]any{"properties": map[string]any{"kind": map[string]any{"const": "a"}}, "required": []any{"kind"}}
		s["then"], s["else"] = member(), member()
	default:
		s["$ref"] = g.define(member())
	}
	if g.chance(0.7) {
		s["unevaluatedProperties"] = false
	} else {
		s["unevaluatedProperties"] = g.scalar()
	}
	if g.chance(0.2) {
		// Nested: the outer unevaluatedProperties sees what the inner one
		// evaluated (all of it).
		return map[string]any{"allOf": []any{s}, "properties": map[string]any{"tags": g.scalar()}, "unevaluatedProperties": false}
	}
	return s
}

// evaluatedItems draws unevaluatedItems beside a tuple in an allOf, an
// anyOf or a $ref.
func (g *gen) evaluatedItems(depth int) map[string]any {
	tuple := func(n int) map[string]any {
		var pos []any
		for range n {
			pos = append(pos, g.scalar())
		}
		if g.d == Draft2020 {
			return map[string]any{"prefixItems": pos}
		}
		return map[string]any{"items": pos}
	}
	s := tuple(1)
	s["type"] = "array"
	switch g.r.IntN(3) {
	case 0:
		s["allOf"] = []any{tuple(2)}
	case 1:
		s["anyOf"] = []any{tuple(2), tuple(3)}
	default:
		s["$ref"] = g.define(tuple(2))
	}
	if g.chance(0.3) {
		s["contains"] = g.scalar()
	}
	if g.chance(0.7) {
		s["unevaluatedItems"] = false
	} else {
		s["unevaluatedItems"] = g.scalar()
	}
	return s
}

// dependents draws an object with dependentRequired and dependentSchemas
// (dependencies before 2019-09, both forms in one), naming declared and
// undeclared members.
func (g *gen) dependents(depth int) map[string]any {
	s := g.closedObject(depth, nil)
	props := s["properties"].(map[string]any)
	var names []string
	for _, n := range propNames {
		if _, ok := props[n]; ok {
			names = append(names, n)
		}
	}
	a := names[g.r.IntN(len(names))]
	req := map[string]any{a: []any{propNames[g.r.IntN(len(propNames))], "x-b"}}
	sch := map[string]any{names[0]: map[string]any{
		"properties": map[string]any{"size": map[string]any{"type": "integer", "minimum": 2}},
		"required":   []any{"size"},
	}}
	if g.d >= Draft6 && g.chance(0.3) {
		sch[names[0]] = g.chance(0.5)
	}
	if g.d >= Draft2019 {
		s["dependentRequired"] = req
		s["dependentSchemas"] = sch
	} else {
		for k, v := range sch {
			if _, dup := req[k]; !dup {
				req[k] = v
			}
		}
		s["dependencies"] = req
	}
	if g.chance(0.3) {
		s["additionalProperties"] = false
	}
	return s
}

// conditionalUnion draws a union whose object variants carry if/then/else
// on a kind member (draft-07 on; a plain union before).
func (g *gen) conditionalUnion(depth int) map[string]any {
	if g.d < Draft7 {
		return g.union(depth)
	}
	k := []string{"anyOf", "oneOf"}[g.r.IntN(2)]
	var list []any
	for i := range 2 + g.r.IntN(2) {
		kind := fmt.Sprintf("k%d", i)
		v := g.closedObject(depth, unionProps)
		v["properties"].(map[string]any)["kind"] = map[string]any{"type": "string"}
		v["if"] = map[string]any{"properties": map[string]any{"kind": map[string]any{"const": kind}}}
		v["then"] = map[string]any{"required": []any{"id"}}
		if g.chance(0.5) {
			v["else"] = map[string]any{"properties": map[string]any{"id": map[string]any{"type": "integer"}}}
		}
		if g.chance(0.4) {
			v["additionalProperties"] = false
		}
		list = append(list, v)
	}
	if g.chance(0.3) {
		list = append(list, map[string]any{"type": "null"})
	}
	return map[string]any{k: list}
}

// namedMembers draws an object or map whose member names are constrained
// by propertyNames (draft-06 on; minProperties before).
func (g *gen) namedMembers(depth int) map[string]any {
	s := g.closedObject(depth, nil)
	if g.chance(0.4) {
		delete(s, "properties")
		delete(s, "required")
		s["additionalProperties"] = g.scalar()
	}
	if g.d < Draft6 {
		s["minProperties"] = 1
		return s
	}
	switch g.r.IntN(4) {
	case 0:
		s["propertyNames"] = map[string]any{"pattern": "^[a-z]+$"}
	case 1:
		s["propertyNames"] = map[string]any{"enum": []any{"name", "id", "kind", "size"}}
	case 2:
		s["propertyNames"] = map[string]any{"maxLength": 3, "minLength": 2}
	default:
		s["propertyNames"] = g.chance(0.5)
	}
	return s
}

// containsBounds draws contains with minContains and maxContains
// (2019-09 on; contains alone in draft-06 and -07, items before).
func (g *gen) containsBounds(depth int) map[string]any {
	s := map[string]any{"type": "array"}
	if g.d < Draft6 {
		s["items"] = g.scalar()
		return s
	}
	s["contains"] = g.scalar()
	if g.chance(0.4) {
		s["items"] = g.scalar()
	}
	if g.d >= Draft2019 {
		if g.chance(0.6) {
			s["minContains"] = g.r.IntN(3)
		}
		if g.chance(0.6) {
			s["maxContains"] = 1 + g.r.IntN(2)
		}
	}
	if g.chance(0.3) {
		s["maxItems"] = 4
	}
	return s
}

// patternClosed draws properties and patternProperties beside
// additionalProperties: false.
func (g *gen) patternClosed(depth int) map[string]any {
	s := g.closedObject(depth, nil)
	pp := map[string]any{"^x-": g.schema(depth - 1)}
	if g.chance(0.5) {
		pp["^[a-z]+$"] = g.scalar()
	}
	s["patternProperties"] = pp
	s["additionalProperties"] = false
	return s
}

// refSiblings draws a $ref beside keywords of its own: draft-07 and
// earlier ignore them, 2019-09 on apply them.
func (g *gen) refSiblings(depth int) map[string]any {
	var target any
	var s map[string]any
	if g.chance(0.5) {
		target = g.closedObject(depth, nil)
		s = map[string]any{"required": []any{"id"}, "properties": map[string]any{"id": map[string]any{"type": "integer"}}}
		if g.chance(0.3) {
			s["additionalProperties"] = false
		}
	} else {
		target = g.scalar()
		s = map[string]any{"minLength": 2, "maximum": 5, "description": "sibling"}
		if g.chance(0.4) {
			s["type"] = []any{"string", "null"}
		}
	}
	s["$ref"] = g.define(target)
	return s
}

// recursive draws a reference to a definition that refers to itself: a
// tree whose children are nodes, or a list whose next is a node or null.
func (g *gen) recursive(depth int) map[string]any {
	g.ndef++
	name := fmt.Sprintf("D%d", g.ndef)
	ref := "#/" + g.defsKey() + "/" + name
	self := map[string]any{"$ref": ref}
	node := map[string]any{"type": "object"}
	props, _ := g.props(1+g.r.IntN(2), 0, []string{"name", "id", "size"})
	if g.chance(0.5) {
		props["children"] = map[string]any{"type": "array", "items": self}
	} else {
		props["next"] = map[string]any{"anyOf": []any{self, map[string]any{"type": "null"}}}
	}
	node["properties"] = props
	if g.chance(0.4) {
		node["additionalProperties"] = false
	}
	g.defs[name] = node
	g.targets[ref] = node
	return map[string]any{"$ref": ref}
}

// booleans draws boolean schemas in the positions that take a schema
// (draft-06 on; an object with an empty schema before).
func (g *gen) booleans(depth int) any {
	if g.d < Draft6 {
		return map[string]any{"type": "object", "properties": map[string]any{"name": map[string]any{}}, "additionalProperties": map[string]any{}}
	}
	b := func() bool { return g.chance(0.6) }
	switch g.r.IntN(6) {
	case 0:
		return map[string]any{"type": "object", "properties": map[string]any{"name": b(), "id": b(), "size": g.scalar()}, "additionalProperties": b()}
	case 1:
		if g.d == Draft2020 {
			return map[string]any{"type": "array", "prefixItems": []any{b(), g.scalar()}, "items": b()}
		}
		return map[string]any{"type": "array", "items": []any{b(), g.scalar()}, "additionalItems": b()}
	case 2:
		return map[string]any{"type": "array", "items": b(), "contains": b()}
	case 3:
		return map[string]any{[]string{"allOf", "anyOf", "oneOf"}[g.r.IntN(3)]: []any{b(), g.scalar()}}
	case 4:
		return map[string]any{"not": b()}
	}
	if g.d >= Draft7 {
		return map[string]any{"if": b(), "then": g.scalar(), "else": b()}
	}
	return b()
}

// nestedEnum draws an enum or const of nested and mixed values: objects,
// lists, 1 beside 1.0, null beside a string.
func (g *gen) nestedEnum() map[string]any {
	vals := [][]any{
		{map[string]any{"a": 1, "b": []any{true, nil}}, []any{1, "x"}, "x", 1.0},
		{"on", "off", nil},
		{1, 1.5, "1", false},
		{[]any{}, map[string]any{}, 0, ""},
		{map[string]any{"k": map[string]any{"n": 2}}, map[string]any{"k": "v"}},
	}[g.r.IntN(5)]
	s := map[string]any{"enum": vals}
	if g.d >= Draft6 && g.chance(0.3) {
		s = map[string]any{"const": vals[0]}
	}
	if g.chance(0.3) {
		s["type"] = []any{"string", "null"}
	}
	return s
}

// decimal draws a number with a decimal multipleOf and decimal bounds.
func (g *gen) decimal() map[string]any {
	s := map[string]any{"type": "number", "multipleOf": []any{0.01, 0.1, 0.25, 1.5, 0.0001}[g.r.IntN(5)]}
	if g.chance(0.5) {
		s["minimum"] = 0.5
	}
	if g.chance(0.5) {
		if g.d >= Draft6 {
			s["exclusiveMaximum"] = 99.99
		} else {
			s["maximum"] = 99.99
		}
	}
	if g.chance(0.2) {
		s["type"] = []any{"number", "null"}
	}
	return s
}

// nullable draws a type list with null (or of two scalar types) beside
// the keywords of each type.
func (g *gen) nullable(depth int) map[string]any {
	switch g.r.IntN(5) {
	case 0:
		s := g.closedObject(depth, nil)
		s["type"] = []any{"object", "null"}
		return s
	case 1:
		return map[string]any{"type": []any{"array", "null"}, "items": g.scalar(), "minItems": 1}
	case 2:
		return map[string]any{"type": []any{"string", "integer"}, "minLength": 2, "minimum": 3}
	case 3:
		return map[string]any{"type": []any{"integer", "null"}, "minimum": 1, "maximum": 9}
	}
	return map[string]any{"type": []any{"string", "null"}, "enum": []any{"a", "b", nil}}
}

// closedTuple draws a tuple with no items past its positions: items list
// and additionalItems: false, or prefixItems and items: false.
func (g *gen) closedTuple(depth int) map[string]any {
	pos := []any{g.schema(depth - 1), g.scalar()}
	if g.chance(0.4) {
		pos = append(pos, g.nullable(0))
	}
	s := map[string]any{"type": "array"}
	if g.d == Draft2020 {
		s["prefixItems"], s["items"] = pos, false
	} else {
		s["items"], s["additionalItems"] = pos, false
	}
	if g.chance(0.5) {
		s["minItems"] = 1 + g.r.IntN(len(pos))
	}
	return s
}

// deepAllOf draws an allOf of objects, nested allOfs and references whose
// members constrain the same properties.
func (g *gen) deepAllOf(depth int) map[string]any {
	member := func() any {
		m := g.closedObject(0, []string{"name", "id", "count", "kind"})
		if g.chance(0.3) {
			m = map[string]any{"properties": map[string]any{"name": map[string]any{"maxLength": 4}}, "required": []any{"name"}}
		}
		return m
	}
	list := []any{member(), member()}
	if g.chance(0.6) {
		list = append(list, map[string]any{"allOf": []any{member(), map[string]any{"$ref": g.define(member())}}})
	}
	if g.chance(0.4) {
		list = append(list, map[string]any{"$ref": g.define(member())})
	}
	s := map[string]any{"allOf": list}
	if g.chance(0.5) {
		s["type"] = "object"
	}
	if g.chance(0.3) {
		s["properties"] = map[string]any{"name": map[string]any{"type": "string", "minLength": 1}}
	}
	return s
}

// undeclaredRequired draws an object that requires members it does not
// declare.
func (g *gen) undeclaredRequired(depth int) map[string]any {
	s := g.closedObject(depth, []string{"name", "id"})
	s["required"] = []any{"name", "x-undeclared"}
	if g.chance(0.3) {
		s["additionalProperties"] = g.scalar()
	}
	return s
}

// define adds schema s as a new definition and returns its reference.
func (g *gen) define(s any) string {
	g.ndef++
	name := fmt.Sprintf("D%d", g.ndef)
	g.defs[name] = s
	ref := "#/" + g.defsKey() + "/" + name
	g.targets[ref] = s
	return ref
}
