package load

import (
	"fmt"
	"regexp"
	"strconv"
)

// kin-openapi reports some problems of a document by what is wrong, not
// where. The functions here find the place, in document order, from what
// the message says.

// objectRE matches "invalid parameter: value MUST be an object" (a null or
// scalar where a parameter, header, response… must be).
var objectRE = regexp.MustCompile(`invalid (\w+): value MUST be an object`)

// badDataRE matches "bad data in "#/components/requestBodies/X"
// (expecting ref to response object)": a $ref to the wrong kind of
// component.
var badDataRE = regexp.MustCompile(`bad data in "(#[^"]*)"`)

// resolvingRE matches "error resolving reference "REF": …".
var resolvingRE = regexp.MustCompile(`error resolving reference "([^"]*)"`)

// componentKeys are, for each kind of component kin-openapi names, the keys
// whose values are maps or lists of them, and the keys whose value is one.
var componentKeys = map[string]struct{ many, one []string }{
	"parameter":      {many: []string{"parameters"}},
	"header":         {many: []string{"headers"}},
	"requestBody":    {many: []string{"requestBodies"}, one: []string{"requestBody"}},
	"response":       {many: []string{"responses"}},
	"securityScheme": {many: []string{"securitySchemes"}},
	"example":        {many: []string{"examples"}},
	"link":           {many: []string{"links"}},
	"callback":       {many: []string{"callbacks"}},
}

// locateKinMessage finds where in f the problem msg describes; "" when it
// cannot tell.
func locateKinMessage(f *File, msg string) string {
	if m := objectRE.FindStringSubmatch(msg); m != nil {
		keys, ok := componentKeys[m[1]]
		if !ok {
			return ""
		}
		ptr, _ := findValue(f, f.Value, "#", func(key string, parentKey string, v any) bool {
			_, isObject := v.(map[string]any)
			if isObject {
				return false
			}
			for _, k := range keys.one {
				if key == k {
					return true
				}
			}
			for _, k := range keys.many {
				if parentKey == k {
					return true
				}
			}
			return false
		})
		return ptr
	}
	if m := badDataRE.FindStringSubmatch(msg); m != nil {
		if ptr, ok := findKey(f, f.Value, "#", "$ref", "string", strconv.Quote(m[1])); ok {
			return ptr
		}
		return m[1]
	}
	if m := resolvingRE.FindStringSubmatch(msg); m != nil {
		ptr, _ := findKey(f, f.Value, "#", "$ref", "string", strconv.Quote(m[1]))
		return ptr
	}
	if msg == "cannot contain both schema and content in a parameter" {
		ptr, _ := findValue(f, f.Value, "#", func(_, parentKey string, v any) bool {
			m, ok := v.(map[string]any)
			_, schema := m["schema"]
			_, content := m["content"]
			return ok && parentKey == "parameters" && schema && content
		})
		return ptr
	}
	return ""
}

// findBadSchema finds the first value at a schema's place (the keywords
// kinview.go knows, a parameter's or media type's schema, and
// components/schemas) that is of JSON type kind: a schema is an object or
// a boolean. An empty kind matches any other type.
func findBadSchema(f *File, kind string) (string, bool) {
	return findValue(f, f.Value, "#", func(key, parentKey string, v any) bool {
		atSchema := atSchemaPlace(key, parentKey)
		if key == "items" {
			if _, isList := v.([]any); isList {
				return false // draft 4 tuples: a list of schemas
			}
		}
		got := jsonKindOf(v)
		if kind == "" {
			return atSchema && got != "object" && got != "bool"
		}
		return atSchema && got == kind
	})
}

// findValue searches v depth-first, in document order, for a value match
// accepts, given its key (its index, in a list) and the key of the map or
// list holding it.
func findValue(f *File, v any, ptr string, match func(key, parentKey string, v any) bool) (string, bool) {
	var walk func(v any, ptr, key string) (string, bool)
	walk = func(v any, ptr, key string) (string, bool) {
		switch x := v.(type) {
		case map[string]any:
			for _, k := range orderedKeys(f, ptr, x) {
				at := child(ptr, k)
				if match(k, key, x[k]) {
					return at, true
				}
				if p, ok := walk(x[k], at, k); ok {
					return p, true
				}
			}
		case []any:
			for i, e := range x {
				at, idx := child(ptr, fmt.Sprint(i)), fmt.Sprint(i)
				if match(idx, key, e) {
					return at, true
				}
				if p, ok := walk(e, at, idx); ok {
					return p, true
				}
			}
		}
		return "", false
	}
	return walk(v, ptr, "")
}
