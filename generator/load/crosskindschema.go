package load

import (
	"maps"
	"net/url"
	"path"
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

// mendSchemaResponseRefs mends, in a file f of the document, the response
// slots (of operations and of the responses section of a Swagger 2.0 root
// document only: an OpenAPI 3 response would need a media type the
// document does not give), and every schema slot whose $ref names a
// response of f (a split OpenAPI 3 document's files each have their own
// components: Gravitino's users.yaml).
func mendSchemaResponseRefs(f *File, swagger bool, other func(string) any, warn func(loc.Source, string, ...any)) {
	root, ok := f.Value.(map[string]any)
	if !ok {
		return
	}
	m := schemaResponseMender{f: f, root: root, swagger: swagger, warn: warn, other: other}
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
	if anyMember(root, false, m.responseRef) {
		m.schemaSlots(root, "#", false)
	}
}

// responseRef reports whether x[k] is a $ref naming a response, of this
// file or another: schemaSlots may have one to mend, in a "schema" member
// or in a schema below it. (A $ref in a response's own place is found too;
// the walk then mends nothing there.)
func (m schemaResponseMender) responseRef(x map[string]any, k string) bool {
	if k != "$ref" {
		return false
	}
	ref, _ := x[k].(string)
	_, frag, _ := strings.Cut(ref, "#")
	return strings.HasPrefix("#"+frag, m.responsePrefix())
}

type schemaResponseMender struct {
	f       *File
	root    map[string]any
	swagger bool
	warn    func(loc.Source, string, ...any)
	// other returns the decoded file a relative path names (nil when it
	// cannot be read).
	other func(path string) any
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

// schemaSlot mends holder["schema"] (holder at ptr), and each schema below
// it, when it is a $ref to a response that holds one schema (Apache
// Gravitino's `oneOf: [{$ref: '#/components/responses/UserListResponse'},
// …]`).
func (m schemaResponseMender) schemaSlot(holder map[string]any, ptr string) {
	m.schemaAt(holder, "schema", ptr)
	m.belowSchema(holder["schema"], child(ptr, "schema"))
}

// belowSchema mends the subschemas of schema v (at ptr) that are $refs to
// a response, through the keywords whose values are schemas.
func (m schemaResponseMender) belowSchema(v any, ptr string) {
	x := asMap(v)
	if x == nil {
		return
	}
	for _, k := range slices.Sorted(maps.Keys(x)) {
		switch {
		case schemaMembers[k] || k == "items":
			if list, ok := x[k].([]any); ok {
				m.belowList(list, child(ptr, k))
				continue
			}
			m.schemaAt(x, k, ptr)
			m.belowSchema(x[k], child(ptr, k))
		case schemaLists[k]:
			if list, ok := x[k].([]any); ok {
				m.belowList(list, child(ptr, k))
			}
		case schemaMaps[k]:
			props := asMap(x[k])
			for _, name := range slices.Sorted(maps.Keys(props)) {
				m.schemaAt(props, name, child(ptr, k))
				m.belowSchema(props[name], child(ptr, k, name))
			}
		}
	}
}

// belowList mends a list of schemas (at ptr) as belowSchema does.
func (m schemaResponseMender) belowList(list []any, ptr string) {
	for i := range list {
		holder := map[string]any{"s": list[i]}
		m.schemaAtPtr(holder, "s", child(ptr, strconv.Itoa(i)))
		list[i] = holder["s"]
		m.belowSchema(list[i], child(ptr, strconv.Itoa(i)))
	}
}

// schemaAt mends holder[key] (holder at ptr) when it is a $ref to a
// response that holds one schema.
func (m schemaResponseMender) schemaAt(holder map[string]any, key, ptr string) {
	m.schemaAtPtr(holder, key, child(ptr, key))
}

// schemaAtPtr is schemaAt with the pointer of holder[key] itself.
func (m schemaResponseMender) schemaAtPtr(holder map[string]any, key, at string) {
	slot := asMap(holder[key])
	ref, _ := slot["$ref"].(string)
	file, frag, _ := strings.Cut(ref, "#")
	if !strings.HasPrefix("#"+frag, m.responsePrefix()) {
		return
	}
	root := m.root
	if file != "" {
		// A response of another file of a split document (Gravitino's
		// permissions.yaml names ./users.yaml#/components/responses/…).
		if m.swagger || m.other == nil {
			return
		}
		if root = asMap(m.other(file)); root == nil {
			return
		}
	}
	target, _ := valueAt(root, "#"+frag)
	if misfiled := asMap(target); !m.swagger && schemaLike(misfiled) {
		// A schema filed under the responses (Gravitino's users.yaml
		// keeps UserResponse, {type: object, properties: …}, there)
		// and named as a schema: read as a copy of it, its $refs
		// written against the file it is in.
		holder[key] = copyRefsAgainst(misfiled, file)
		m.f.changed = true
		m.warn(m.f.Source(at), "$ref %q names a schema filed under the responses (it has no description or content): read as that schema (move it under #/components/schemas)", ref)
		return
	}
	schema, ok := responseSchema(asMap(target), m.swagger)
	if !ok {
		return
	}
	if file != "" {
		// The schema's $refs are written against that file.
		schema = copyRefsAgainst(schema, file)
	}
	holder[key] = schema
	m.f.changed = true
	m.warn(m.f.Source(at), "$ref %q names a response where a schema belongs: read as the response's schema (name the schema)", ref)
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

// schemaLike reports whether an object under the responses is a schema
// rather than a response: it has neither a response's description nor its
// content, and has a schema keyword a response never has.
func schemaLike(obj map[string]any) bool {
	if obj == nil {
		return false
	}
	for _, k := range []string{"description", "content", "headers", "links", "$ref"} {
		if _, ok := obj[k]; ok {
			return false
		}
	}
	for _, k := range []string{"type", "properties", "items", "allOf", "anyOf", "oneOf", "enum", "additionalProperties"} {
		if _, ok := obj[k]; ok {
			return true
		}
	}
	return false
}

// copyRefsAgainst copies v, from the file that file names (a $ref's file
// part, written against the file the copy goes to; "" for that file
// itself), with each $ref rebased (rebaseRef) so that it names from the
// copy's place what it named where it was written.
func copyRefsAgainst(v any, file string) any {
	switch x := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			if ref, ok := e.(string); ok && k == "$ref" {
				out[k] = rebaseRef(ref, file)
				continue
			}
			out[k] = copyRefsAgainst(e, file)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = copyRefsAgainst(e, file)
		}
		return out
	}
	return v
}

// rebaseRef rewrites ref, written in the file that file names (relative
// to the file ref is copied into), to name the same thing from there: a
// fragment gets file in front ("#/Pet" in ./models/pet.yaml is
// "./models/pet.yaml#/Pet"), a relative path is resolved against file's
// folder ("../common/tag.yaml#/Tag" in responses/pets.yaml is
// "common/tag.yaml#/Tag"), and an absolute one (a URL, a rooted path, a
// URN) stays as it is.
func rebaseRef(ref, file string) string {
	if file == "" {
		return ref
	}
	if strings.HasPrefix(ref, "#") {
		return file + ref
	}
	u, err := url.Parse(ref)
	if err != nil || u.Scheme != "" || u.Host != "" || strings.HasPrefix(ref, "/") {
		return ref
	}
	base, err := url.Parse(file)
	if err != nil {
		return ref
	}
	if base.Scheme != "" || base.Host != "" || strings.HasPrefix(file, "/") {
		return base.ResolveReference(u).String()
	}
	p, frag, hasFrag := strings.Cut(ref, "#")
	if p == "" {
		return ref
	}
	dir, _, _ := strings.Cut(file, "#")
	out := path.Join(path.Dir(dir), p)
	if hasFrag {
		out += "#" + frag
	}
	return out
}
