package load

import (
	"encoding/json"
	"reflect"
	"strconv"
	"strings"

	"github.com/specgen/specgen/generator/loc"
)

// repairEnums mends what real specs get wrong in ways whose meaning is
// plain, so that the schema compiler accepts them: repeated values in an
// "enum" array (Coder lists some provisioner statuses twice), an empty
// "required" list, an empty oneOf, anyOf or allOf, an unquoted YAML null in a "type" list, (in 2020-12
// documents) draft 4's tuple form of "items"; and it hides from the
// compiler the patterns Go's regexp does not read (patterns.go). Each repair is reported as a warning. It returns whether anything changed (and marks f changed, for refreshJSON).
func repairEnums(f *File, draft2020 bool, warn func(loc.Source, string, ...any)) bool {
	changed := false
	// recursive is the pointer of the nearest schema above with 2019-09's
	// $recursiveAnchor (mendRecursive).
	var walk func(n *node, v any, path tokenPath, names, draft2020 bool, recursive string)
	walk = func(n *node, v any, path tokenPath, names, draft2020 bool, recursive string) {
		switch x := v.(type) {
		case map[string]any:
			ptr := path.String() // an object's own; its members' only when needed
			if s, ok := x["$schema"].(string); ok {
				if root, _ := splitRootOf(ptr); root == normPointer(ptr) {
					// A root schema may name its own dialect (OpenAPI
					// 3.1 allows it; the compiler honours it there):
					// draft 4's boolean exclusive bounds and tuple
					// items are right in it.
					draft2020 = strings.Contains(s, "2020-12")
				}
			}
			if list, ok := x["required"].([]any); ok && len(list) == 0 {
				// JSON Schema wants at least one name; an empty list means
				// nothing is required, which is what leaving it out says.
				delete(x, "required")
				changed = true
				warn(f.Source(child(ptr, "required")), "required lists no property: ignored")
			}
			for _, k := range []string{"oneOf", "anyOf", "allOf"} {
				if list, ok := x[k].([]any); ok && len(list) == 0 {
					// JSON Schema wants at least one schema (a real spec
					// has oneOf: []); the author meant no constraint.
					delete(x, k)
					changed = true
					warn(f.Source(child(ptr, k)), "%s lists no schema: ignored", k)
				}
			}
			if list, ok := x["required"].([]any); ok {
				if uniq := dedupe(list); len(uniq) != len(list) {
					x["required"] = uniq
					changed = true
					warn(f.Source(child(ptr, "required")), "required lists %d names, %d of them distinct: repeats ignored", len(list), len(uniq))
				}
			}
			if list, ok := x["type"].([]any); ok {
				for i, t := range list {
					if t == nil {
						// YAML's unquoted null in a type list means "null".
						list[i] = "null"
						changed = true
						warn(f.Source(child(ptr, "type", strconv.Itoa(i))), "type list holds null, not the string \"null\": read as \"null\"")
					}
				}
			}
			if list, ok := x["items"].([]any); ok && draft2020 && x["prefixItems"] == nil {
				// Draft 4's tuple form; 2020-12 spells it prefixItems (and
				// rejects a list in items).
				delete(x, "items")
				x["prefixItems"] = list
				changed = true
				warn(f.Source(child(ptr, "items")), "items is a list, draft 4's tuple: read as prefixItems")
			}
			if repairPattern(f, x) {
				changed = true
			}
			if mendSelfLoop(f, x, path, warn) {
				changed = true
			}
			if repairPatternProperties(f, x) {
				changed = true
			}
			if mendBoolRequired(f, x, ptr, warn) {
				changed = true
			}
			if mendNumericStrings(f, x, ptr, warn) {
				changed = true
			}
			if draft2020 && mendBoolExclusive(f, x, ptr, warn) {
				changed = true
			}
			if draft2020 {
				var mended bool
				if recursive, mended = mendRecursive(f, x, ptr, recursive, warn); mended {
					changed = true
				}
			}
			if list, ok := x["enum"].([]any); ok {
				if uniq := dedupe(list); len(uniq) != len(list) {
					x["enum"] = uniq
					changed = true
					warn(f.Source(child(ptr, "enum")), "enum lists %d values, %d of them distinct: repeats ignored", len(list), len(uniq))
				}
			}
			for i, k := range n.keys {
				if isData(k, names) || (!names && foreignExtension(k)) || i >= len(n.kids) {
					continue
				}
				if schemaAt(k, names, path) && mendSchemaBoolRequired(f, x[k], child(ptr, k), warn) {
					changed = true
				}
				walk(n.kids[i], x[k], path.with(k), namesAt(k, names), draft2020, recursive)
			}
		case []any:
			if len(path) > 0 && schemaLists[path[len(path)-1]] {
				for i, e := range x {
					if mendSchemaBoolRequired(f, e, child(path.String(), strconv.Itoa(i)), warn) {
						changed = true
					}
				}
			}
			for i, e := range x {
				if i < len(n.kids) { // a mended list may be longer than what was read
					walk(n.kids[i], e, path.with(strconv.Itoa(i)), false, draft2020, recursive)
				}
			}
		}
	}
	walk(f.root, f.Value, rootPath(), false, draft2020, "")
	f.changed = f.changed || changed
	return changed
}

// dedupe drops the repeats of list, keeping the first of each, as
// reflect.DeepEqual tells values apart. Scalars, the bulk of a long enum,
// are looked up in a map (for them Go's == on an interface is
// DeepEqual: the same type and value), so a list of n names costs n
// lookups: comparing each value with every one kept before it took 6.5 s
// for an enum of 20,000 names, where jsonschema compiles the file in
// 35 ms. Objects and arrays are compared with the objects and arrays
// kept before them.
func dedupe(list []any) []any {
	out := make([]any, 0, len(list))
	seen := make(map[any]struct{}, len(list))
	var composite []any
	for _, v := range list {
		if hashableScalar(v) {
			if _, dup := seen[v]; dup {
				continue
			}
			seen[v] = struct{}{}
		} else {
			dup := false
			for _, w := range composite {
				if reflect.DeepEqual(v, w) {
					dup = true
					break
				}
			}
			if dup {
				continue
			}
			composite = append(composite, v)
		}
		out = append(out, v)
	}
	return out
}

// hashableScalar reports whether v is a scalar a decoded document holds,
// for which == is reflect.DeepEqual (no pointer, whose == compares
// addresses where DeepEqual compares what they point at).
func hashableScalar(v any) bool {
	switch v.(type) {
	case nil, string, bool, float64, float32, int, int64, int32, uint64, uint32, uint, json.Number:
		return true
	}
	return false
}
