// Package synthschema writes a large, deterministic JSON Schema for
// measuring generation against a validator compiling the same file (issue
// #13's "a 1.5 MB schema"): BenchmarkLargeSchema and specbench's schema row.
package synthschema

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
)

// Config returns a draft-07 config schema of about size bytes, the
// same for every call: definitions of components (the shape of vector's or
// a CI system's schema) with described properties of every kind — strings
// with patterns, formats and enums, bounded numbers, arrays of references,
// maps, nested objects, oneOf of alternatives told apart by a const "type"
// — referring to each other.
func Config(size int) []byte {
	r := rand.New(rand.NewPCG(13, 1500))
	defs := map[string]any{}
	var names []string
	root := map[string]any{
		"$schema":     "http://json-schema.org/draft-07/schema#",
		"title":       "Synthetic configuration",
		"type":        "object",
		"definitions": defs,
	}
	rootProps := map[string]any{}
	root["properties"] = rootProps
	for n := 0; ; n++ {
		name := fmt.Sprintf("component%d", n)
		defs[name] = synthComponent(r, n, names)
		names = append(names, name)
		if n%10 == 0 {
			rootProps[fmt.Sprintf("section%d", n/10)] = map[string]any{
				"type": "object", "additionalProperties": map[string]any{"$ref": "#/definitions/" + name},
			}
		}
		if n%50 == 49 {
			// The size is the file's, as written (indented).
			if out, _ := json.MarshalIndent(root, "", "  "); len(out) >= size {
				return out
			}
		}
	}
}

// synthComponent is one definition: an object of 4-12 properties, or a
// oneOf of two to four such objects keyed by a const "type".
func synthComponent(r *rand.Rand, n int, earlier []string) map[string]any {
	if n%7 == 3 {
		var variants []any
		for v := range 2 + r.IntN(3) {
			obj := synthObject(r, earlier)
			props := obj["properties"].(map[string]any)
			props["type"] = map[string]any{"const": fmt.Sprintf("kind_%d_%d", n, v), "description": "Selects this variant."}
			obj["required"] = append(obj["required"].([]string), "type")
			variants = append(variants, obj)
		}
		return map[string]any{"description": fmt.Sprintf("Component %d, one of several kinds.", n), "oneOf": variants}
	}
	obj := synthObject(r, earlier)
	obj["description"] = fmt.Sprintf("Component %d: configures one part of the pipeline.", n)
	return obj
}

// synthObject is an object schema with described properties.
func synthObject(r *rand.Rand, earlier []string) map[string]any {
	props := map[string]any{}
	required := []string{}
	for p := range 4 + r.IntN(9) {
		name := fmt.Sprintf("field_%d_%s", p, []string{"name", "timeout", "endpoints", "labels", "mode", "retry", "tls", "batch"}[r.IntN(8)])
		props[name] = synthProperty(r, earlier, 0)
		if r.IntN(3) == 0 {
			required = append(required, name)
		}
	}
	return map[string]any{"type": "object", "properties": props, "required": required, "additionalProperties": r.IntN(2) == 0}
}

// synthProperty is a property's schema, nested at most two deep.
func synthProperty(r *rand.Rand, earlier []string, depth int) map[string]any {
	desc := "The value this option takes; see the documentation of the component for its default and its effect on throughput."
	switch k := r.IntN(9); {
	case k == 0 && len(earlier) > 0:
		return map[string]any{"$ref": "#/definitions/" + earlier[r.IntN(len(earlier))]}
	case k == 1:
		return map[string]any{"type": "string", "description": desc, "pattern": "^[a-z][a-z0-9_]{0,62}$", "maxLength": 63}
	case k == 2:
		return map[string]any{"type": "string", "description": desc, "enum": []string{"none", "gzip", "zstd", "snappy", "lz4"}, "default": "none"}
	case k == 3:
		return map[string]any{"type": "integer", "description": desc, "minimum": 0, "maximum": 1 << 20, "default": 30}
	case k == 4:
		return map[string]any{"type": "number", "description": desc, "exclusiveMinimum": 0, "multipleOf": 0.5}
	case k == 5:
		return map[string]any{"type": "boolean", "description": desc, "default": false}
	case k == 6:
		return map[string]any{"type": "array", "description": desc, "items": map[string]any{"type": "string", "format": "uri"}, "minItems": 1, "uniqueItems": true}
	case k == 7:
		return map[string]any{"type": "object", "description": desc, "additionalProperties": map[string]any{"type": "string"}}
	case depth < 2:
		props := map[string]any{}
		for p := range 2 + r.IntN(3) {
			props[fmt.Sprintf("inner%d", p)] = synthProperty(r, earlier, depth+1)
		}
		return map[string]any{"type": "object", "description": desc, "properties": props}
	}
	return map[string]any{"type": "string", "description": desc, "format": "date-time"}
}
