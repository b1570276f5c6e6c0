package load

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/specgen/specgen/generator/loc"
)

// A definition written with no value (`definitions: {cql2expression: }`,
// in OGC API Processes' CQL2 schemas, whose body was commented out) is a
// null where a schema belongs; the schema compiler held the whole file to
// its meta-schema and refused the document, at the $ref that reached the
// file. It is read as what a schema nobody wrote is read as elsewhere
// (danglingref.go): dropNullDefinitions makes each such member of a
// definitions or $defs map the empty schema, any JSON value, with a note.
func dropNullDefinitions(f *File, warn func(loc.Source, string, ...any)) {
	var walk func(v any, ptr string, names bool)
	walk = func(v any, ptr string, names bool) {
		switch x := v.(type) {
		case map[string]any:
			for _, k := range slices.Sorted(maps.Keys(x)) {
				if !names && (schemaData[k] || strings.HasPrefix(k, "x-")) {
					continue
				}
				at := child(ptr, k)
				if defs, ok := x[k].(map[string]any); ok && !names && (k == "definitions" || k == "$defs") {
					for _, name := range slices.Sorted(maps.Keys(defs)) {
						if defs[name] == nil {
							warn(f.Source(child(at, name)), "definition %q has no value (null where a schema belongs): read as any JSON value (give it a schema)", name)
							defs[name] = map[string]any{}
							f.changed = true
						}
					}
				}
				walk(x[k], at, !names && namedMaps[k])
			}
		case []any:
			for i, e := range x {
				walk(e, child(ptr, strconv.Itoa(i)), false)
			}
		}
	}
	if anyMember(f.Value, false, hasNullDefinition) {
		walk(f.Value, "#", false)
	}
}

// hasNullDefinition reports whether x[k] is a definitions or $defs map
// with a null member, which dropNullDefinitions mends.
func hasNullDefinition(x map[string]any, k string) bool {
	defs, ok := x[k].(map[string]any)
	if !ok || k != "definitions" && k != "$defs" {
		return false
	}
	for _, d := range defs {
		if d == nil {
			return true
		}
	}
	return false
}
