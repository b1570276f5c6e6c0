package load

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/specgen/specgen/generator/loc"
)

// A response holds a schema (Swagger 2.0: its `schema`; OpenAPI 3: the
// schema of its content), and real documents mix the two up in their
// $refs: Brevo's Swagger 2.0 writes `responses: {202: {$ref:
// '#/definitions/createdBatchId'}}`, Supabase Auth's OpenAPI 3 writes a
// media type's `schema: {$ref: '#/components/responses/UnauthorizedResponse'}`.
// kin-openapi refuses both (the first without a location, in its Swagger
// 2.0 conversion). Each has one plain reading, which documentation
// renderers show: a response slot naming a schema is a response with that
// schema; a schema slot naming a response is that response's schema. The
// slot is rewritten so, with a note; a response whose content holds no
// schema, or several different ones, has no such reading and is left to
// the error it was.

// mendSchemaResponseRefs mends, in the root document f, the response slots
// (of operations and of the responses section) whose $ref names a schema
// (Swagger 2.0 only: an OpenAPI 3 response would need a media type the
// document does not give), and every schema slot whose $ref names a
// response.
func mendSchemaResponseRefs(f *File, swagger bool, warn func(loc.Source, string, ...any)) {
	root, ok := f.Value.(map[string]any)
	if !ok {
		return
	}
	m := schemaResponseMender{f: f, root: root, swagger: swagger, warn: warn}
	if swagger {
		eachOperation(asMap(root["paths"]), "#/paths", func(op map[string]any, opPtr string) {
			responses := asMap(op["responses"])
			for _, code := range slices.Sorted(maps.Keys(responses)) {
				m.responseSlot(responses, code, child(opPtr, "responses"))
			}
		})
		responses := asMap(root["responses"])
		for _, name := range slices.Sorted(maps.Keys(responses)) {
			m.responseSlot(responses, name, "#/responses")
		}
	}
	if anyMember(root, false, m.responseInSchemaSlot) {
		m.schemaSlots(root, "#", false)
	}
}

// responseInSchemaSlot reports whether x[k] is a member "schema" whose
// $ref names a response, which schemaSlot may mend.
func (m schemaResponseMender) responseInSchemaSlot(x map[string]any, k string) bool {
	if k != "schema" {
		return false
	}
	ref, _ := asMap(x[k])["$ref"].(string)
	return strings.HasPrefix(ref, m.responsePrefix())
}

type schemaResponseMender struct {
	f       *File
	root    map[string]any
	swagger bool
	warn    func(loc.Source, string, ...any)
}

// responseSlot mends holder[key], a Swagger 2.0 response whose parent is
// at ptr, when its $ref names a definition.
func (m schemaResponseMender) responseSlot(holder map[string]any, key, ptr string) {
	slot := asMap(holder[key])
	ref, _ := slot["$ref"].(string)
	if len(slot) != 1 || !strings.HasPrefix(ref, "#/definitions/") {
		return
	}
	if _, ok := valueAt(m.root, ref); !ok {
		return // a dangling $ref is checkRefs' to report
	}
	holder[key] = map[string]any{"description": "", "schema": map[string]any{"$ref": ref}}
	m.f.changed = true
	m.warn(m.f.Source(child(ptr, key)), "$ref %q names a schema where a response belongs: read as a response whose schema it is (write {description: ..., schema: {$ref: ...}})", ref)
}

// schemaData are the members whose values are data, not objects of the
// description: nothing below them is a schema slot.
var schemaData = map[string]bool{"example": true, "examples": true, "default": true, "enum": true, "const": true}

// schemaSlots walks v (at ptr; names says its keys are names, see namedMaps)
// and mends each member "schema" whose $ref names a response.
func (m schemaResponseMender) schemaSlots(v any, ptr string, names bool) {
	switch x := v.(type) {
	case map[string]any:
		for _, k := range slices.Sorted(maps.Keys(x)) {
			if !names && (schemaData[k] || strings.HasPrefix(k, "x-")) {
				continue
			}
			if !names && k == "schema" {
				m.schemaSlot(x, ptr)
			}
			m.schemaSlots(x[k], child(ptr, k), !names && namedMaps[k])
		}
	case []any:
		for i, e := range x {
			m.schemaSlots(e, child(ptr, strconv.Itoa(i)), false)
		}
	}
}

// schemaSlot mends holder["schema"] (holder at ptr) when it is a $ref to a
// response that holds one schema.
func (m schemaResponseMender) schemaSlot(holder map[string]any, ptr string) {
	slot := asMap(holder["schema"])
	ref, _ := slot["$ref"].(string)
	if !strings.HasPrefix(ref, m.responsePrefix()) {
		return
	}
	target, _ := valueAt(m.root, ref)
	schema, ok := responseSchema(asMap(target), m.swagger)
	if !ok {
		return
	}
	holder["schema"] = schema
	m.f.changed = true
	m.warn(m.f.Source(child(ptr, "schema")), "$ref %q names a response where a schema belongs: read as the response's schema (name the schema)", ref)
}

// responsePrefix begins a $ref to a response of the document.
func (m schemaResponseMender) responsePrefix() string {
	if m.swagger {
		return "#/responses/"
	}
	return "#/components/responses/"
}

// responseSchema returns the one schema a response holds: its schema in
// Swagger 2.0, else the schema every media type of its content shares.
func responseSchema(resp map[string]any, swagger bool) (any, bool) {
	if resp == nil {
		return nil, false
	}
	if _, isRef := resp["$ref"]; isRef {
		return nil, false
	}
	if swagger {
		s, ok := resp["schema"]
		return s, ok && asMap(s) != nil
	}
	var schema any
	content := asMap(resp["content"])
	for _, mt := range slices.Sorted(maps.Keys(content)) {
		s := asMap(asMap(content[mt])["schema"])
		if s == nil {
			return nil, false
		}
		if schema != nil {
			ref, _ := s["$ref"].(string)
			if prev, _ := asMap(schema)["$ref"].(string); ref == "" || ref != prev {
				return nil, false // several schemas: no one reading
			}
			continue
		}
		schema = s
	}
	return schema, schema != nil
}
