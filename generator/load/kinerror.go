package load

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	"github.com/specgen/specgen/generator/document"
	"github.com/specgen/specgen/generator/loc"
)

// unmarshalRE matches kin-openapi's decoding errors, which name the JSON
// type found and the object field (by its JSON name) but not where.
var unmarshalRE = regexp.MustCompile(`cannot unmarshal (\w+)(?: ([^ ]+))? into field (\w+)\.([\w$]+)`)

// valueRE matches the same errors when kin-openapi decodes a whole value.
var valueRE = regexp.MustCompile(`cannot unmarshal (\w+) into value of type openapi3\.Schema`)

// kinLoadError turns a kin-openapi load error into one with a location: it
// finds, in document order, the first key of that name whose value has the
// JSON type (and text) the error names.
func kinLoadError(f *File, err error) error {
	msg := err.Error()
	src := loc.Source{File: f.Path}
	short := msg
	if m := unmarshalRE.FindStringSubmatch(msg); m != nil {
		kind, literal, object, key := m[1], m[2], m[3], m[4]
		short = fmt.Sprintf("%s.%s must not be a %s", object, key, kind)
		if literal != "" {
			short = fmt.Sprintf("%s.%s cannot be %s", object, key, literal)
		}
		if ptr, ok := findSchemaKey(f, object, key, kind, literal); ok {
			src = f.Source(ptr)
		} else if ptr, ok := findKey(f, f.Value, "#", key, kind, literal); ok {
			src = f.Source(ptr)
		}
	} else if m := valueRE.FindStringSubmatch(msg); m != nil {
		// "cannot unmarshal array into value of type openapi3.Schema": a
		// schema written as something else; find the first one in a
		// schema keyword.
		kind := m[1]
		short = fmt.Sprintf("a schema must be an object (or a boolean), not a %s", kind)
		if ptr, ok := findBadSchema(f, kind); ok {
			src = f.Source(ptr)
		}
	} else {
		// Keep the first of kin-openapi's alternatives ("json error: …,
		// yaml error: …"); they say the same thing.
		short = strings.TrimPrefix(msg, "failed to unmarshal data: ")
		if i := strings.Index(short, ", yaml error:"); i > 0 {
			short = short[:i]
		}
		short = strings.TrimPrefix(short, "json error: ")
		short = strings.ReplaceAll(short, f.URL, f.Path)
		if ptr := locateKinMessage(f, short); ptr != "" {
			src = f.Source(ptr)
		}
	}
	return &document.Error{Source: src, Msg: "not a valid OpenAPI document: " + short, Err: err}
}

// findSchemaKey finds, for an error about a field of kin-openapi's
// Schema, the first key of that name with that JSON type (and text) in an
// object at a schema's place: the same key elsewhere (a media type's
// examples map) is not what the error is about.
func findSchemaKey(f *File, object, key, kind, literal string) (string, bool) {
	if object != "Schema" {
		return "", false
	}
	ptr, ok := findValue(f, f.Value, "#", func(k, parentKey string, v any) bool {
		m, isMap := v.(map[string]any)
		if !isMap || !atSchemaPlace(k, parentKey) {
			return false
		}
		e, has := m[key]
		return has && jsonKindOf(e) == kind && (literal == "" || literalOf(e) == literal)
	})
	if !ok {
		return "", false
	}
	return child(ptr, key), true
}

// findKey searches v depth-first, in document order, for key holding a
// value of JSON type kind (and, when given, with that literal text).
func findKey(f *File, v any, ptr, key, kind, literal string) (string, bool) {
	switch x := v.(type) {
	case map[string]any:
		for _, k := range orderedKeys(f, ptr, x) {
			at := child(ptr, k)
			if k == key && jsonKindOf(x[k]) == kind && (literal == "" || literalOf(x[k]) == literal) {
				return at, true
			}
			if p, ok := findKey(f, x[k], at, key, kind, literal); ok {
				return p, true
			}
		}
	case []any:
		for i, e := range x {
			if p, ok := findKey(f, e, child(ptr, fmt.Sprint(i)), key, kind, literal); ok {
				return p, true
			}
		}
	}
	return "", false
}

// jsonKindOf names a value's JSON type as encoding/json's errors do.
func jsonKindOf(v any) string {
	switch v.(type) {
	case map[string]any:
		return "object"
	case []any:
		return "array"
	case string:
		return "string"
	case bool:
		return "bool"
	case json.Number, float64, int:
		return "number"
	case nil:
		return "null"
	}
	return ""
}

func literalOf(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
