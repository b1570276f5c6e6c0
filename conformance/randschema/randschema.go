// Package randschema draws random JSON Schemas of every draft specgen reads
// (draft-04, -06, -07, 2019-09, 2020-12) and random documents for them, for
// the generative differential test: each schema is generated into Go, each
// document checked by the one documented call and compared with the oracle
// (package conformance/oracle). The suite is small; random schemas combine
// keywords as no one thought to.
//
// Schemas are structure-aware: each draft gets only its own keywords, with
// its own spelling (definitions or $defs, items as a list with
// additionalItems or prefixItems, dependencies or dependentRequired and
// dependentSchemas, boolean or numeric exclusive bounds). Documents are
// drawn from the schema (mostly what it describes, sometimes not), so that
// both verdicts occur. Everything is deterministic per seed.
package randschema

import (
	"encoding/json"
	"math/rand/v2"
)

// Draft is one JSON Schema draft.
type Draft int

// The drafts, oldest first.
const (
	Draft4 Draft = iota
	Draft6
	Draft7
	Draft2019
	Draft2020
)

// Drafts lists every draft.
var Drafts = []Draft{Draft4, Draft6, Draft7, Draft2019, Draft2020}

// URI is the $schema that names the draft.
func (d Draft) URI() string {
	return [...]string{
		"http://json-schema.org/draft-04/schema#", "http://json-schema.org/draft-06/schema#",
		"http://json-schema.org/draft-07/schema#", "https://json-schema.org/draft/2019-09/schema",
		"https://json-schema.org/draft/2020-12/schema",
	}[d]
}

func (d Draft) String() string {
	return [...]string{"draft4", "draft6", "draft7", "draft2019-09", "draft2020-12"}[d]
}

// Schema is a drawn schema and its documents.
type Schema struct {
	Draft  Draft
	Source []byte // the schema, JSON
	Docs   [][]byte
	// AssertFormat says format is to be checked, in a draft where it
	// only annotates (2019-09 on): specgen's -assert-format and the
	// oracle's AssertFormat.
	AssertFormat bool
}

// Generate draws the schema of seed in draft d, with docs documents.
func Generate(seed uint64, d Draft, docs int) Schema {
	g := &gen{r: rand.New(rand.NewPCG(seed, uint64(d))), d: d, defs: map[string]any{}, targets: map[string]any{}}
	root := g.object(3)
	switch g.r.IntN(8) {
	case 0, 1:
		// A root of any kind, not only an object.
		if m, ok := g.schema(3).(map[string]any); ok {
			root = m
		}
	case 2:
		// A root that is one of the rarer constructs.
		if m, ok := g.construct(3).(map[string]any); ok {
			root = m
		}
	}
	root = g.anchorRoot(root)
	root["$schema"] = d.URI()
	if len(g.defs) > 0 {
		root[g.defsKey()] = g.defs
	}
	src, _ := json.MarshalIndent(root, "", "  ")
	s := Schema{Draft: d, Source: src, AssertFormat: d >= Draft2019 && g.chance(0.3)}
	// Documents are drawn from the schema as written; its references are
	// looked up in what was drawn (targets), "#" is the root.
	var parsed any
	_ = json.Unmarshal(src, &parsed)
	g.root = parsed
	for range docs {
		v := g.instance(parsed, 4)
		out, _ := json.Marshal(v)
		s.Docs = append(s.Docs, out)
	}
	return s
}

type gen struct {
	r    *rand.Rand
	d    Draft
	defs map[string]any
	ndef int
	// targets maps each reference drawn to the schema it names.
	targets map[string]any
	// trees are the $id of the dynamic trees drawn (dynamic.go); anchored
	// says the root holds their anchor, so their dynamic references
	// name the root.
	trees    []string
	anchored bool
	root     any
	scope    any // the tree a document is being drawn in
}

func (g *gen) chance(p float64) bool { return g.r.Float64() < p }

func (g *gen) defsKey() string {
	if g.d >= Draft2019 {
		return "$defs"
	}
	return "definitions"
}

var propNames = []string{"name", "id", "count", "tags", "kind", "meta", "size", "on", "x-a", "default", "type", "$ref"}

// schema draws any schema at most depth levels deep; a boolean schema is
// drawn only where the draft has them and a schema object is not needed.
func (g *gen) schema(depth int) any {
	if g.d >= Draft6 && g.chance(0.04) {
		return g.chance(0.7)
	}
	if depth <= 0 {
		return g.scalar()
	}
	switch g.r.IntN(21) {
	case 0, 1:
		return g.object(depth - 1)
	case 2, 3:
		return g.array(depth - 1)
	case 4:
		return g.combine(depth - 1)
	case 5:
		return g.ref(depth - 1)
	case 6:
		if g.d >= Draft7 {
			return map[string]any{"if": g.schema(depth - 1), "then": g.schema(depth - 1), "else": g.schema(depth - 1)}
		}
	case 7:
		return map[string]any{"not": g.schema(depth - 1)}
	case 8:
		return g.enum()
	case 14, 15, 16:
		return g.union(depth - 1)
	case 17, 18, 19, 20:
		return g.construct(depth - 1)
	case 9:
		// A type list, or keywords without a type.
		if s := g.scalar(); g.chance(0.5) {
			if t, ok := s["type"].(string); ok && t != "null" {
				s["type"] = []any{t, "null"}
			}
			return s
		}
		return map[string]any{"minLength": 2, "minimum": 3, "required": []any{"a"}, "minItems": 1}
	}
	return g.scalar()
}

// scalar draws a typed scalar schema with its keywords.
func (g *gen) scalar() map[string]any {
	switch g.r.IntN(6) {
	case 0, 1:
		s := map[string]any{"type": "string"}
		if g.chance(0.4) {
			s["minLength"] = g.r.IntN(3)
		}
		if g.chance(0.3) {
			s["maxLength"] = 2 + g.r.IntN(4)
		}
		if g.chance(0.3) {
			s["pattern"] = []string{"^[a-z]+$", "b", "^\\d{2}", "é"}[g.r.IntN(4)]
		}
		if g.chance(0.2) {
			s["format"] = []string{"date", "email", "ipv4", "uri", "date-time", "uuid", "time", "hostname", "ipv6", "duration"}[g.r.IntN(10)]
		}
		return s
	case 2, 3:
		s := map[string]any{"type": []string{"integer", "number"}[g.r.IntN(2)]}
		if g.chance(0.4) {
			s["minimum"] = g.r.IntN(5) - 1
			if g.d == Draft4 && g.chance(0.5) {
				s["exclusiveMinimum"] = true
			}
		}
		if g.chance(0.4) {
			if g.d >= Draft6 && g.chance(0.5) {
				s["exclusiveMaximum"] = 10 + g.r.IntN(5)
			} else {
				s["maximum"] = 10 + g.r.IntN(5)
			}
		}
		if g.chance(0.2) {
			s["multipleOf"] = []any{2, 0.5, 3}[g.r.IntN(3)]
		}
		return s
	case 4:
		return map[string]any{"type": "boolean"}
	}
	if g.d >= Draft6 && g.chance(0.5) {
		return map[string]any{"const": g.value(1)}
	}
	return map[string]any{"type": "null"}
}

// object draws an object schema.
func (g *gen) object(depth int) map[string]any {
	s := map[string]any{"type": "object"}
	props := map[string]any{}
	var names []any
	for i := range 1 + g.r.IntN(4) {
		name := propNames[(i*5+g.r.IntN(len(propNames)))%len(propNames)]
		if _, dup := props[name]; dup {
			continue // required lists each name once
		}
		props[name] = g.schema(depth)
		names = append(names, name)
	}
	s["properties"] = props
	if g.chance(0.5) {
		s["required"] = names[:1+g.r.IntN(len(names))]
	}
	switch g.r.IntN(5) {
	case 0:
		s["additionalProperties"] = false
	case 1:
		s["additionalProperties"] = g.schema(depth)
	}
	if g.chance(0.15) {
		s["patternProperties"] = map[string]any{"^x-": g.schema(depth)}
	}
	if g.chance(0.1) {
		s["minProperties"] = 1
	}
	if g.chance(0.1) {
		s["maxProperties"] = 3
	}
	if g.d >= Draft6 && g.chance(0.08) {
		s["propertyNames"] = map[string]any{"maxLength": 4}
	}
	if g.chance(0.1) {
		a, b := names[0].(string), propNames[g.r.IntN(len(propNames))]
		if g.d >= Draft2019 {
			s["dependentRequired"] = map[string]any{a: []any{b}}
		} else {
			s["dependencies"] = map[string]any{a: []any{b}}
		}
	}
	if g.chance(0.06) {
		dep := map[string]any{names[0].(string): g.object(0)}
		if g.d >= Draft2019 {
			s["dependentSchemas"] = dep
		} else {
			s["dependencies"] = dep
		}
	}
	if g.d >= Draft2019 && g.chance(0.08) {
		s["unevaluatedProperties"] = g.chance(0.3)
	}
	if g.chance(0.1) {
		delete(s, "type") // properties without type: any non-object passes
	}
	return s
}

// array draws an array schema: a list, a tuple, contains.
func (g *gen) array(depth int) map[string]any {
	s := map[string]any{"type": "array"}
	switch g.r.IntN(4) {
	case 0:
		tuple := []any{g.schema(depth), g.schema(depth)}
		if g.d == Draft2020 {
			s["prefixItems"] = tuple
			if g.chance(0.5) {
				s["items"] = g.schema(depth)
			}
		} else {
			s["items"] = tuple
			if g.chance(0.5) {
				s["additionalItems"] = g.schema(depth)
			}
		}
	case 1:
		if g.d >= Draft6 {
			s["contains"] = g.schema(depth)
			if g.d >= Draft2019 && g.chance(0.5) {
				s["minContains"], s["maxContains"] = 1, 2
			}
			break
		}
		fallthrough
	default:
		s["items"] = g.schema(depth)
	}
	if g.chance(0.3) {
		s["minItems"] = g.r.IntN(3)
	}
	if g.chance(0.2) {
		s["maxItems"] = 3
	}
	if g.chance(0.2) {
		s["uniqueItems"] = true
	}
	if g.d >= Draft2019 && g.chance(0.05) {
		s["unevaluatedItems"] = false
	}
	return s
}

// combine draws allOf, anyOf or oneOf.
func (g *gen) combine(depth int) map[string]any {
	k := []string{"allOf", "anyOf", "oneOf"}[g.r.IntN(3)]
	var list []any
	for range 2 + g.r.IntN(2) {
		list = append(list, g.schema(depth))
	}
	return map[string]any{k: list}
}

// ref draws a $ref to a new definition (or, sometimes, to the root).
func (g *gen) ref(depth int) map[string]any {
	if g.chance(0.1) {
		return map[string]any{"$ref": "#"}
	}
	s := map[string]any{"$ref": g.define(g.schema(depth))}
	if g.chance(0.2) {
		s["type"] = "object" // a sibling: ignored before 2019-09
	}
	return s
}

// enum draws an enum of strings, numbers or mixed values.
func (g *gen) enum() map[string]any {
	switch g.r.IntN(3) {
	case 0:
		return map[string]any{"type": "string", "enum": []any{"a", "b", "c d"}}
	case 1:
		return map[string]any{"enum": []any{1, 2.5, 3}}
	}
	return map[string]any{"enum": []any{"a", 1, nil, true, []any{1}, map[string]any{"k": "v"}}}
}

// value draws any JSON value, at most depth levels deep.
func (g *gen) value(depth int) any {
	n := 6
	if depth <= 0 {
		n = 4
	}
	switch g.r.IntN(n) {
	case 0:
		return nil
	case 1:
		return g.chance(0.5)
	case 2:
		return []any{0, 1, 1.0, 2.5, -3, 12, 1e2, 9007199254740993}[g.r.IntN(8)]
	case 3:
		return []string{"", "a", "ab", "abc", "b1", "2020-01-02", "a@b.co", "1.2.3.4", "http://x.y/z", "x-y", "éé"}[g.r.IntN(11)]
	case 4:
		var out []any
		for range g.r.IntN(4) {
			out = append(out, g.value(depth-1))
		}
		return out
	}
	out := map[string]any{}
	for range g.r.IntN(4) {
		out[propNames[g.r.IntN(len(propNames))]] = g.value(depth - 1)
	}
	return out
}
