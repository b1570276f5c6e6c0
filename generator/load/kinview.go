package load

import (
	"encoding/json"
	"strconv"
	"strings"
)

// kinView returns the JSON that kin-openapi loads for f: f itself, except
// that each schema $ref into a file that is not an OpenAPI document (a JSON
// Schema or a file of bare schemas) points to an empty local stub schema
// instead. Refs elsewhere (a path item or a parameter in another file) are
// left for kin-openapi to resolve.
//
// kin-openapi re-reads and re-decodes a referenced file for every $ref into
// it, which made loading spec/ (a hundred refs into workspace.schema.json)
// ten times slower than loading the same API bundled into one file. specgen
// does not need kin-openapi's view of those schemas: every schema is
// compiled from the original files by jsonschema, whose compiler also
// checks them against their metaschema. kin-openapi still loads, validates
// and resolves everything else (paths, parameters, responses, and refs into
// other OpenAPI documents).
//
// When kin-openapi's validation is off (specgen diff), nothing reads its
// view of schemas, so each schema of the main document is an empty one
// there: decoding schemas was most of kin-openapi's time, a quarter of a
// comparison's. Operations compile their schemas from the files by
// pointer; kin-openapi only has to say that a parameter or a media type
// has one.
func (l *loader) kinView(f *File) ([]byte, error) {
	return l.kinViewOf(f, false)
}

// kinFragmentView is kinView for a file of a split document that kin-openapi
// reads through a $ref (a path item's, a response's file): its schema $refs
// into schema files become empty schemas in place, as such a file has no
// components to hold stubs. kin-openapi resolves every $ref it meets anew
// for each way it is reached, so OGC API Processes' path files, whose
// schemas refer to one another across some 150 files, took it over 9 GB
// before this; specgen compiles those schemas from the files.
func (l *loader) kinFragmentView(f *File) ([]byte, error) {
	return l.kinViewOf(f, true)
}

// kinViewOf is kinView, with the stubs in place when inline is set.
func (l *loader) kinViewOf(f *File, inline bool) ([]byte, error) {
	stubs := 0
	rewrote := false // a draft-4 tuple or an absolute ref was replaced
	// walk copies v; inSchema says v is a schema (so a $ref in it names a
	// schema), else it is OpenAPI structure whose "schema" and
	// "components/schemas" members are schemas. Data (examples, enums,
	// defaults) is copied as it is.
	// base is the URL refs are resolved against: the file's, or the $id of
	// the nearest schema around that declares one.
	var walkAt func(v any, inSchema bool, base string) any
	walkAt = func(v any, inSchema bool, base string) any {
		if inSchema && l.noValidation {
			rewrote = true
			return map[string]any{}
		}
		switch x := v.(type) {
		case map[string]any:
			if abs, ok := newBase(f, x, base); ok && inSchema {
				base = abs
			}
			walk := func(v any, inSchema bool) any { return walkAt(v, inSchema, base) }
			out := make(map[string]any, len(x))
			for k, e := range x {
				out[k] = walkMember(walk, k, e, inSchema, &rewrote)
			}
			if ref, ok := x["$ref"].(string); ok && inSchema {
				switch {
				case strings.HasPrefix(ref, f.URL+"#"):
					// A ref into this document that tolerate.go made
					// absolute (it failed against an $id); kin-openapi,
					// which knows no $id, reads it as written.
					out["$ref"] = strings.TrimPrefix(ref, f.URL)
					rewrote = true
				case l.isSchemaFileRef(f, base, ref) && inline:
					rewrote = true
					return map[string]any{}
				case l.isSchemaFileRef(f, base, ref):
					stubs++
					out["$ref"] = "#/components/schemas/" + stubName(stubs)
				}
			}
			return out
		case []any:
			out := make([]any, len(x))
			for i, e := range x {
				out[i] = walkAt(e, false, base)
			}
			return out
		}
		return v
	}
	walk := func(v any, inSchema bool) any { return walkAt(v, inSchema, f.URL) }
	m, ok := f.Value.(map[string]any)
	if !ok {
		return f.JSON, nil
	}
	doc := walk(m, false).(map[string]any)
	if l.noValidation {
		// Operations read their descriptions from the files (they are
		// half of a large API's paths, and kin-openapi would decode them
		// for nothing).
		dropDescriptions(doc["paths"])
		rewrote = true
	}
	if comps, ok := m["components"].(map[string]any); ok {
		if schemas, ok := comps["schemas"].(map[string]any); ok {
			copied := map[string]any{}
			for name, sch := range schemas {
				copied[name] = walk(sch, true)
			}
			doc["components"].(map[string]any)["schemas"] = copied
		}
	}
	if stubs == 0 && !rewrote {
		return f.JSON, nil
	}
	if inline {
		return json.Marshal(doc)
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

// schemaMembers are the keywords of a schema whose value is a schema;
// schemaMaps hold a schema per key; schemaLists a list of schemas.
var (
	schemaMembers = map[string]bool{
		"items": true, "additionalProperties": true, "not": true, "if": true, "then": true,
		"else": true, "contains": true, "propertyNames": true, "unevaluatedItems": true,
		"unevaluatedProperties": true, "additionalItems": true, "contentSchema": true,
	}
	schemaMaps  = map[string]bool{"properties": true, "patternProperties": true, "$defs": true, "definitions": true, "dependentSchemas": true}
	schemaLists = map[string]bool{"allOf": true, "anyOf": true, "oneOf": true, "prefixItems": true}
)

// walkMember copies member k of an object, knowing whether the object is a
// schema.
func walkMember(walk func(any, bool) any, k string, e any, inSchema bool, rewrote *bool) any {
	switch {
	case !inSchema && k == "schema":
		return walk(e, true)
	case !inSchema:
		switch {
		case skipRefKeys[k], k == "examples", foreignExtension(k):
			return e
		}
		return walk(e, false)
	case k == "items":
		if _, isList := e.([]any); isList {
			// Draft 4's tuple form, which OpenAPI 3.0 does not allow and
			// kin-openapi cannot read; the schema compiler reads it (as
			// prefixItems) from the file itself.
			*rewrote = true
			return map[string]any{}
		}
		return walk(e, true)
	case schemaMembers[k]:
		return walk(e, true)
	case schemaMaps[k]:
		if mm, ok := e.(map[string]any); ok {
			out := make(map[string]any, len(mm))
			for name, sub := range mm {
				out[name] = walk(sub, true)
			}
			return out
		}
	case schemaLists[k]:
		if list, ok := e.([]any); ok {
			out := make([]any, len(list))
			for i, sub := range list {
				out[i] = walk(sub, true)
			}
			return out
		}
	}
	return e // data: enum, const, default, examples, x-…
}

func stubName(i int) string { return "specgen.external." + strconv.Itoa(i) }

// isSchemaFileRef reports whether ref, written in f where refs resolve
// against base, points into another file that is not an OpenAPI document,
// or to a schema by its own $id.
func (l *loader) isSchemaFileRef(f *File, base, ref string) bool {
	target, _, err := resolveRef(base, ref)
	if err != nil || target == f.URL {
		return false
	}
	if _, ok := l.fs.embeddedAt(target); ok {
		return true // a schema with an $id of its own, which kin-openapi cannot find
	}
	tf, ok := l.fs.known(target)
	if !ok {
		return false
	}
	return !isOpenAPIDoc(tf)
}

// dropDescriptions deletes the descriptions of the OpenAPI objects below v,
// a part of kinView's copy. Data members (examples, defaults, extensions)
// are shared with the file, and are left alone.
func dropDescriptions(v any) {
	switch x := v.(type) {
	case map[string]any:
		delete(x, "description")
		for k, e := range x {
			if !skipRefKeys[k] && k != "examples" && !foreignExtension(k) {
				dropDescriptions(e)
			}
		}
	case []any:
		for _, e := range x {
			dropDescriptions(e)
		}
	}
}
