package load

import (
	"maps"
	"slices"

	"github.com/specgen/specgen/generator/loc"
)

// atSchemaPlace reports whether a value under key, in an object or list
// under parentKey, is at a schema's place: a keyword whose value is a
// schema, a parameter's or media type's "schema", a member of properties,
// definitions, $defs or components/schemas, an element of allOf, anyOf or
// oneOf. Media types, parameters and headers, whose examples are maps, are
// not.
func atSchemaPlace(key, parentKey string) bool {
	return schemaMembers[key] || key == "schema" || schemaMaps[parentKey] || parentKey == "schemas" || schemaLists[parentKey]
}

// mendSchemaExamplesMap reads a schema's examples written as a map of
// Example objects, as a media type's or parameter's are (Revolut's
// Currency: examples: {fiat: {value: GBP}, crypto: {value: ETH}}), as
// the list of their values: JSON Schema's examples is a list, and
// kin-openapi and the schema compiler refuse anything else. An entry that
// is a bare value is that value; one with only an externalValue or a $ref
// gives nothing. n is x's node, for the entries' order (nil: sorted).
func mendSchemaExamplesMap(f *File, n *node, x map[string]any, ptr *lazyPointer, warn func(loc.Source, string, ...any)) bool {
	m, ok := x["examples"].(map[string]any)
	if !ok {
		return false
	}
	keys := slices.Sorted(maps.Keys(m)) // no node (a mended map): sorted
	if n != nil {
		if en, _ := n.get("examples"); en != nil && len(en.keys) == len(m) {
			keys = en.keys
		}
	}
	list := []any{}
	for _, k := range keys {
		e, ok := m[k]
		if !ok {
			continue
		}
		if isExampleObject(e) {
			v, has := e.(map[string]any)["value"]
			if !has {
				continue
			}
			e = v
		}
		list = append(list, e)
	}
	x["examples"] = list
	warn(f.Source(child(ptr.String(), "examples")), "a schema's examples is a map of Example objects (%d), as a media type's is: read as the list of the values they hold (%d) (write examples: [...] in the schema, or move the map to the media type)", len(m), len(list))
	return true
}
