package load

import (
	"maps"
	"slices"
	"strings"

	"github.com/specgen/specgen/generator/loc"
)

// A response and a request body are both a description and a content map;
// real documents (PagerDuty's REST API) point a response's $ref at a
// component under requestBodies that holds the answer, or the other way
// round. kin-openapi refuses the $ref for naming the wrong section; Redocly
// and Swagger UI show the content. mendCrossKindRefs reads such a slot as
// the object it names, keeping the members the slot's kind has, and says
// so. Other wrong-kind $refs (a parameter naming a schema…) have no plain
// reading and stay errors.

// crossKinds pairs each slot kind with the section whose objects it may
// be read from, and the members of such an object the slot's kind lacks.
var crossKinds = map[string]struct{ other, kind string }{
	"responses":     {other: "requestBodies", kind: "response"},
	"requestBodies": {other: "responses", kind: "request body"},
}

// kindOnly are the members a response or request body has that the other
// kind does not.
var kindOnly = map[string][]string{
	"responses":     {"headers", "links"},
	"requestBodies": {"required"},
}

// mendCrossKindRefs mends, in an OpenAPI 3 document f, the responses and
// request bodies (of operations under paths, webhooks and callbacks, and of
// components) whose $ref names a local component of the other kind.
func mendCrossKindRefs(f *File, warn func(loc.Source, string, ...any)) {
	root, ok := f.Value.(map[string]any)
	if !ok {
		return
	}
	m := crossKindMender{f: f, root: root, warn: warn}
	for _, top := range []string{"paths", "webhooks"} {
		m.pathItems(asMap(root[top]), child("#", top))
	}
	comps := asMap(root["components"])
	for _, section := range []string{"responses", "requestBodies"} {
		holder := asMap(comps[section])
		for _, name := range slices.Sorted(maps.Keys(holder)) {
			m.slot(holder, name, section, child("#/components", section))
			if section == "responses" {
				m.headers(asMap(holder[name]), child("#/components", section, name))
			}
		}
	}
}

type crossKindMender struct {
	f    *File
	root map[string]any
	warn func(loc.Source, string, ...any)
}

// asMap is v as an object, or nil.
func asMap(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

// pathItems mends the operations of a map of path items.
func (m crossKindMender) pathItems(items map[string]any, ptr string) {
	eachOperation(items, ptr, func(op map[string]any, opPtr string) {
		if _, ok := op["requestBody"]; ok {
			m.slot(op, "requestBody", "requestBodies", opPtr)
		}
		responses := asMap(op["responses"])
		for _, code := range slices.Sorted(maps.Keys(responses)) {
			m.slot(responses, code, "responses", child(opPtr, "responses"))
			m.headers(asMap(responses[code]), child(opPtr, "responses", code))
		}
	})
}

// headers mends the headers of a response at ptr whose $ref names a local
// parameter component (Apache Iceberg's REST catalog answers with
// `etag: {$ref: '#/components/parameters/etag'}`, a parameter in: header).
// A header is a parameter without name and in: it is read as the
// parameter's other members. kin-openapi refused the document.
func (m crossKindMender) headers(resp map[string]any, ptr string) {
	headers := asMap(resp["headers"])
	for _, name := range slices.Sorted(maps.Keys(headers)) {
		ref, read, ok := m.readOther(headers[name], "#/components/parameters/", []string{"name", "in", "allowEmptyValue"})
		if !ok {
			continue
		}
		headers[name] = read
		m.f.changed = true
		m.warn(m.f.Source(child(ptr, "headers", name)), "$ref %q names a parameter where a header belongs: read as a header with the parameter's schema and description (move it under #/components/headers)", ref)
	}
}

// readOther returns, when slot is a $ref to a local component under
// prefix that is no $ref itself, the ref and a copy of the component
// without the members drop (those the slot's kind lacks).
func (m crossKindMender) readOther(slot any, prefix string, drop []string) (string, map[string]any, bool) {
	ref, _ := asMap(slot)["$ref"].(string)
	if !strings.HasPrefix(ref, prefix) {
		return "", nil, false
	}
	target, ok := valueAt(m.root, ref)
	obj := asMap(target)
	if !ok || obj == nil {
		return "", nil, false // a dangling $ref is checkRefs' to report
	}
	if _, isRef := obj["$ref"]; isRef {
		return "", nil, false
	}
	read := map[string]any{}
	for k, v := range obj {
		if !slices.Contains(drop, k) {
			read[k] = v
		}
	}
	return ref, read, true
}

// eachOperation calls fn with each operation of a map of path items (at
// ptr) and of their callbacks, and its pointer, in order.
func eachOperation(items map[string]any, ptr string, fn func(op map[string]any, opPtr string)) {
	for _, p := range slices.Sorted(maps.Keys(items)) {
		item := asMap(items[p])
		for _, method := range slices.Sorted(maps.Keys(item)) {
			op := asMap(item[method])
			if op == nil || !slices.Contains(methods, strings.ToUpper(method)) {
				continue
			}
			opPtr := child(ptr, p, method)
			fn(op, opPtr)
			callbacks := asMap(op["callbacks"])
			for _, name := range slices.Sorted(maps.Keys(callbacks)) {
				eachOperation(asMap(callbacks[name]), child(opPtr, "callbacks", name), fn)
			}
		}
	}
}

// slot mends holder[key], a slot of the given section's kind whose parent
// is at ptr, when it is a $ref to a component of the other kind.
func (m crossKindMender) slot(holder map[string]any, key, section, ptr string) {
	kinds := crossKinds[section]
	ref, read, ok := m.readOther(holder[key], "#/components/"+kinds.other+"/", kindOnly[kinds.other])
	if !ok {
		return
	}
	if _, ok := read["description"]; !ok && section == "responses" {
		read["description"] = "" // required of a response
	}
	holder[key] = read
	m.f.changed = true
	m.warn(m.f.Source(child(ptr, key)), "$ref %q names a %s where a %s belongs: read as a %s with its content (move it under #/components/%s)",
		ref, crossKinds[kinds.other].kind, kinds.kind, kinds.kind, section)
}
