package load

import (
	"encoding/json"
	"fmt"
	"maps"
	"math/big"
	"slices"
	"strconv"
	"strings"

	"github.com/specgen/specgen/generator/loc"
)

// More of what real specs get wrong in schemas, in ways whose meaning is
// plain (repair.go has the rest); each is mended where repairEnums's walk
// finds it, with a warning.

// mendBoolRequired reads `required: true` on a property's schema (draft 3's
// way, or a parameter's, written inside a schema) as the property listed
// in the object's required; `required: false` says what leaving it out
// says. The schema compiler rejects both.
func mendBoolRequired(f *File, x map[string]any, ptr *lazyPointer, warn func(loc.Source, string, ...any)) bool {
	props, ok := x["properties"].(map[string]any)
	if !ok || !anyBoolRequired(props) {
		return false
	}
	changed := false
	for _, name := range slices.Sorted(maps.Keys(props)) {
		p, ok := props[name].(map[string]any)
		if !ok {
			continue
		}
		req, ok := p["required"].(bool)
		if !ok {
			continue
		}
		delete(p, "required")
		changed = true
		at := child(ptr.String(), "properties", name, "required")
		if !req {
			warn(f.Source(at), "required: false on a property's schema is not JSON Schema: ignored (leave it out)")
			continue
		}
		list, _ := x["required"].([]any)
		if !slices.Contains(list, any(name)) {
			x["required"] = append(list, name)
		}
		warn(f.Source(at), "required: true on a property's schema is not JSON Schema: read as %q listed in the object's required (list it there)", name)
	}
	return changed
}

// anyBoolRequired reports whether a property's schema has a boolean
// required: nearly none does, and looking costs less than sorting the
// names of every object (FHIR R4: 607 objects, up to ~100 properties).
func anyBoolRequired(props map[string]any) bool {
	for _, v := range props {
		if p, ok := v.(map[string]any); ok {
			if _, ok := p["required"].(bool); ok {
				return true
			}
		}
	}
	return false
}

// schemaAt reports whether member k of the object at path holds a schema
// that is no property's: a parameter's, header's or media type's
// "schema", a JSON Schema applicator's, or a named schema of components,
// definitions or $defs (names says the object maps names to values).
func schemaAt(k string, names bool, path tokenPath) bool {
	if !names {
		return k == "schema" || schemaMembers[k]
	}
	if len(path) == 0 {
		return false
	}
	switch path[len(path)-1] {
	case "schemas", "definitions", "$defs":
		return true
	}
	return false
}

// mendSchemaBoolRequired drops `required: true` / `false` written on a
// schema that is not a property's (a request body's schema, a parameter's,
// an array's items): a parameter's or body's habit, which the schema
// compiler rejects. There is no object for it to list a name in; whether
// the body or parameter must be given is said by its own required, so the
// member says nothing JSON Schema can keep.
func mendSchemaBoolRequired(f *File, v any, ptr string, warn func(loc.Source, string, ...any)) bool {
	x, ok := v.(map[string]any)
	if !ok {
		return false
	}
	req, ok := x["required"].(bool)
	if !ok {
		return false
	}
	delete(x, "required")
	warn(f.Source(child(ptr, "required")), "required: %t on a schema that is not a property's is not JSON Schema: ignored (say it with the required of the parameter or request body)", req)
	return true
}

// numericKeywords are the keywords whose value is a number.
var numericKeywords = []string{
	"minimum", "maximum", "multipleOf", "minLength", "maxLength", "minItems",
	"maxItems", "minProperties", "maxProperties",
}

// mendNumericStrings reads a number written as a string ("minimum": "1")
// in a numeric keyword as the number. Any other value there that is no
// number (Revolut's date-time schema with "maximum": "now + 7 days") says
// nothing JSON Schema can check, and the libraries specgen builds on
// refuse it: it is dropped, unless x maps names (a property named
// "maximum" is a schema, not the keyword).
func mendNumericStrings(f *File, x map[string]any, ptr *lazyPointer, names bool, warn func(loc.Source, string, ...any)) bool {
	changed := false
	for _, k := range numericKeywords {
		v, ok := x[k]
		if !ok {
			continue
		}
		s, isString := v.(string)
		if isString {
			if _, err := strconv.ParseFloat(strings.TrimSpace(s), 64); err == nil {
				x[k] = json.Number(strings.TrimSpace(s))
				changed = true
				warn(f.Source(child(ptr.String(), k)), "%s is the string %q: read as the number %s (write it without quotes)", k, s, strings.TrimSpace(s))
				continue
			}
		}
		if kind := jsonKindOf(v); names || kind == "number" || kind == "" {
			continue // "": a number type of the YAML reader's
		}
		delete(x, k)
		changed = true
		what := describeValue(v)
		if isString {
			what = fmt.Sprintf("the string %q", s)
		}
		warn(f.Source(child(ptr.String(), k)), "%s is %s, not a number: ignored (write a number, or say it in the description)", k, what)
	}
	return changed
}

// mendBoolExclusive reads draft 4's (and OpenAPI 3.0's) boolean
// exclusiveMinimum/exclusiveMaximum in a 2020-12 schema (OpenAPI 3.1),
// where they are numbers: true makes the minimum (maximum) exclusive,
// false says nothing.
func mendBoolExclusive(f *File, x map[string]any, ptr *lazyPointer, warn func(loc.Source, string, ...any)) bool {
	changed := false
	for _, pair := range [][2]string{{"exclusiveMinimum", "minimum"}, {"exclusiveMaximum", "maximum"}} {
		excl, bound := pair[0], pair[1]
		b, ok := x[excl].(bool)
		if !ok {
			continue
		}
		changed = true
		at := child(ptr.String(), excl)
		delete(x, excl)
		if v, has := x[bound]; b && has {
			x[excl] = v
			delete(x, bound)
			warn(f.Source(at), "%s: true is OpenAPI 3.0's; in 3.1 it is a number: read as %s: %v (write that)", excl, excl, v)
			continue
		}
		warn(f.Source(at), "%s: %v is OpenAPI 3.0's; in 3.1 it is a number: ignored", excl, b)
	}
	return changed
}

// mendNumericExclusive reads 2020-12's (and draft 6's) numeric
// exclusiveMinimum/exclusiveMaximum in a draft 4 schema (OpenAPI 3.0,
// Swagger 2.0), where they are booleans beside minimum/maximum: what
// Rust's utoipa and other 3.1-minded tools write into 3.0 documents. The
// number becomes the bound, made exclusive, unless a minimum (maximum)
// beside it is already stricter: both bounds hold in 2020-12, so the
// stricter one is the schema's.
func mendNumericExclusive(f *File, x map[string]any, ptr *lazyPointer, warn func(loc.Source, string, ...any)) bool {
	changed := false
	for _, b := range []struct {
		excl, bound string
		sign        int // the sign of excl - bound when excl is the stricter
	}{{"exclusiveMinimum", "minimum", 1}, {"exclusiveMaximum", "maximum", -1}} {
		v := x[b.excl]
		if v == nil || isBoolean(v) {
			continue
		}
		n, ok := numberRat(v)
		if !ok {
			continue // not a number either: the compiler says so
		}
		changed = true
		at := child(ptr.String(), b.excl)
		if m, ok := numberRat(x[b.bound]); ok && n.Cmp(m)*b.sign < 0 {
			delete(x, b.excl)
			warn(f.Source(at), "%s: %v is draft 6's (OpenAPI 3.1's); in draft 4 (OpenAPI 3.0, Swagger 2.0) it is a boolean: ignored, as %s: %v beside it is stricter", b.excl, v, b.bound, x[b.bound])
			continue
		}
		x[b.bound] = v
		x[b.excl] = true
		warn(f.Source(at), "%s: %v is draft 6's (OpenAPI 3.1's); in draft 4 (OpenAPI 3.0, Swagger 2.0) it is a boolean: read as %s: %v, %s: true (write that)", b.excl, v, b.bound, v, b.excl)
	}
	return changed
}

func isBoolean(v any) bool {
	_, ok := v.(bool)
	return ok
}

// numberRat reads a JSON number as the documents hold it (json.Number, or
// a Go number where a mend wrote one) exactly.
func numberRat(v any) (*big.Rat, bool) {
	var s string
	switch n := v.(type) {
	case json.Number:
		s = n.String()
	case float64, int, int64:
		s = fmt.Sprint(n)
	default:
		return nil, false
	}
	r, ok := new(big.Rat).SetString(s)
	return r, ok
}

// mendRecursive reads 2019-09's $recursiveAnchor/$recursiveRef in a
// 2020-12 schema (OpenAPI 3.1), where they are not keywords: `$recursiveRef:
// "#"` below a schema with `$recursiveAnchor: true` means that schema, as
// nothing else extends it, and is read as a $ref to it. within is the
// pointer of the nearest schema above with the anchor ("" for none); it
// returns the one for x's members.
func mendRecursive(f *File, x map[string]any, ptr *lazyPointer, within string, warn func(loc.Source, string, ...any)) (string, bool) {
	changed := false
	if b, ok := x["$recursiveAnchor"].(bool); ok && b {
		delete(x, "$recursiveAnchor")
		within, changed = ptr.String(), true
	}
	if ref, ok := x["$recursiveRef"].(string); ok && ref == "#" && within != "" {
		delete(x, "$recursiveRef")
		x["$ref"] = within
		changed = true
		warn(f.Source(child(ptr.String(), "$recursiveRef")), "$recursiveRef is 2019-09's, not a keyword of 2020-12 (OpenAPI 3.1): read as $ref to %s, the schema with $recursiveAnchor it stands for (write $ref, or $dynamicRef with $dynamicAnchor)", within)
	}
	return within, changed
}

// typeAliases are JSON types spelled as another language names them, as
// descriptions written beside Go or Java code do (LXD's `type: bool` on
// query parameters): the JSON type each means.
var typeAliases = map[string]string{
	"bool": "boolean", "int": "integer", "long": "integer", "float": "number", "double": "number",
}

// mendTypeAliases reads a type named by an alias (typeAliases), alone or in
// a type list, as the JSON type it means. The schema compiler rejects any
// name but JSON's seven; no other OpenAPI object's type (a security
// scheme's) is spelled so.
func mendTypeAliases(f *File, x map[string]any, ptr *lazyPointer, warn func(loc.Source, string, ...any)) bool {
	changed := false
	mend := func(v any, at ...string) any {
		name, ok := v.(string)
		if !ok || typeAliases[name] == "" {
			return v
		}
		changed = true
		warn(f.Source(child(ptr.String(), at...)), "type %q is not a JSON type: read as %q (write that)", name, typeAliases[name])
		return typeAliases[name]
	}
	switch t := x["type"].(type) {
	case string:
		x["type"] = mend(t, "type")
	case []any:
		for i, e := range t {
			t[i] = mend(e, "type", strconv.Itoa(i))
		}
	}
	return changed
}

// mendEmptyType drops a "type" written with no value (YAML's `type:`
// followed by nothing, as Marquez writes two properties of SearchResult):
// the author named no type, which leaving it out says, where JSON Schema
// wants a string or a list and the compiler refused the document. Not
// called on a map of names, where "type" names a property.
func mendEmptyType(f *File, x map[string]any, ptr *lazyPointer, warn func(loc.Source, string, ...any)) bool {
	if v, ok := x["type"]; !ok || v != nil {
		return false
	}
	delete(x, "type")
	warn(f.Source(child(ptr.String(), "type")), "type has no value: ignored (give a type, or leave it out)")
	return true
}
