package load

import (
	"encoding/json"
	"strconv"
)

// kinView returns the JSON that kin-openapi loads for f: f itself, except
// that each $ref into a file that is not an OpenAPI document (a JSON Schema
// or a file of bare schemas) points to an empty local stub schema instead.
//
// kin-openapi re-reads and re-decodes a referenced file for every $ref into
// it, which made loading spec/ (a hundred refs into workspace.schema.json)
// ten times slower than loading the same API bundled into one file. specgen
// does not need kin-openapi's view of those schemas: every schema is
// compiled from the original files by jsonschema, whose compiler also
// checks them against their metaschema. kin-openapi still loads, validates
// and resolves everything else (paths, parameters, responses, and refs into
// other OpenAPI documents).
func (l *loader) kinView(f *File) ([]byte, error) {
	stubs := 0
	var walk func(v any) any
	walk = func(v any) any {
		switch x := v.(type) {
		case map[string]any:
			out := make(map[string]any, len(x))
			for k, e := range x {
				out[k] = walk(e)
			}
			if ref, ok := x["$ref"].(string); ok && l.isSchemaFileRef(f, ref) {
				stubs++
				out["$ref"] = "#/components/schemas/" + stubName(stubs)
			}
			return out
		case []any:
			out := make([]any, len(x))
			for i, e := range x {
				out[i] = walk(e)
			}
			return out
		}
		return v
	}
	doc, ok := walk(f.Value).(map[string]any)
	if !ok || stubs == 0 {
		return f.JSON, nil
	}
	comps, _ := doc["components"].(map[string]any)
	if comps == nil {
		comps = map[string]any{}
		doc["components"] = comps
	}
	schemas, _ := comps["schemas"].(map[string]any)
	if schemas == nil {
		schemas = map[string]any{}
		comps["schemas"] = schemas
	}
	for i := 1; i <= stubs; i++ {
		schemas[stubName(i)] = map[string]any{}
	}
	return json.Marshal(doc)
}

func stubName(i int) string { return "specgen.external." + strconv.Itoa(i) }

// isSchemaFileRef reports whether ref, written in f, points into another
// file that is not an OpenAPI document.
func (l *loader) isSchemaFileRef(f *File, ref string) bool {
	target, _, err := resolveRef(f.URL, ref)
	if err != nil || target == f.URL {
		return false
	}
	tf, ok := l.fs.byURL[target]
	if !ok {
		tf, ok = l.fs.byID[target]
	}
	if !ok {
		return false
	}
	m, _ := tf.Value.(map[string]any)
	_, oas := m["openapi"]
	_, sw := m["swagger"]
	return !oas && !sw
}
