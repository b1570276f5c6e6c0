package load

import (
	"encoding/json"
	"reflect"
	"slices"
	"strconv"

	"github.com/specgen/specgen/generator/loc"
)

// repairEnums mends what real specs get wrong in ways whose meaning is
// plain, so that the schema compiler accepts them: repeated values in an
// "enum" array (Coder lists some provisioner statuses twice), an empty
// "required" list, an empty oneOf, anyOf or allOf, an unquoted YAML null in a "type" list, (in 2020-12
// documents) draft 4's tuple form of "items"; and it hides from the
// compiler the patterns Go's regexp does not read (patterns.go). Each repair is reported as a warning. It returns whether anything changed (and marks f changed, for refreshJSON).
func repairEnums(f *File, d fileDialect, warn func(loc.Source, string, ...any)) bool {
	changed := false
	// recursive is the pointer of the nearest schema above with 2019-09's
	// $recursiveAnchor (mendRecursive).
	var walk func(n *node, v any, path tokenPath, names bool, d fileDialect, recursive string)
	walk = func(n *node, v any, path tokenPath, names bool, d fileDialect, recursive string) {
		switch x := v.(type) {
		case map[string]any:
			// The object's pointer, made only if a mend reports or keeps
			// it: nearly every object of a large file has none.
			ptr := &lazyPointer{path: path}
			if s, ok := x["$schema"].(string); ok {
				if root, _ := splitRootOf(ptr.String()); root == normPointer(ptr.String()) {
					// A root schema may name its own dialect (OpenAPI
					// 3.1 allows it; the compiler honours it there):
					// draft 4's boolean exclusive bounds and tuple
					// items are right in it.
					d = namedDialect(s)
				}
			}
			if list, ok := x["required"].([]any); ok && len(list) == 0 {
				// JSON Schema wants at least one name; an empty list means
				// nothing is required, which is what leaving it out says.
				delete(x, "required")
				f.noteDropped(x)
				warn(f.Source(child(ptr.String(), "required")), "required lists no property: ignored")
			}
			for _, k := range []string{"oneOf", "anyOf", "allOf"} {
				if list, ok := x[k].([]any); ok && len(list) == 0 {
					// JSON Schema wants at least one schema (a real spec
					// has oneOf: []); the author meant no constraint.
					delete(x, k)
					f.noteDropped(x)
					warn(f.Source(child(ptr.String(), k)), "%s lists no schema: ignored", k)
				}
			}
			if list, ok := x["required"].([]any); ok {
				if uniq := dedupe(list); len(uniq) != len(list) {
					x["required"] = uniq
					changed = true
					warn(f.Source(child(ptr.String(), "required")), "required lists %d names, %d of them distinct: repeats ignored", len(list), len(uniq))
				}
			}
			if list, ok := x["type"].([]any); ok {
				for i, t := range list {
					if t == nil {
						// YAML's unquoted null in a type list means "null".
						list[i] = "null"
						changed = true
						warn(f.Source(child(ptr.String(), "type", strconv.Itoa(i))), "type list holds null, not the string \"null\": read as \"null\"")
					}
				}
			}
			if list, ok := x["items"].([]any); ok && d.draft2020 && x["prefixItems"] == nil {
				// Draft 4's tuple form; 2020-12 spells it prefixItems (and
				// rejects a list in items).
				delete(x, "items")
				x["prefixItems"] = list
				changed = true
				warn(f.Source(child(ptr.String(), "items")), "items is a list, draft 4's tuple: read as prefixItems")
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
			if mendNumericStrings(f, x, ptr, names, warn) {
				changed = true
			}
			if !names && len(path) > 1 && atSchemaPlace(path[len(path)-1], path[len(path)-2]) && mendSchemaExamplesMap(f, n, x, ptr, warn) {
				changed = true
			}
			if mendTypeAliases(f, x, ptr, warn) {
				changed = true
			}
			if !names && mendEmptyType(f, x, ptr, warn) {
				changed = true
			}
			if d.draft2020 && mendBoolExclusive(f, x, ptr, warn) {
				changed = true
			}
			if d.draft4 && mendNumericExclusive(f, x, ptr, warn) {
				changed = true
			}
			if d.draft2020 {
				var mended bool
				if recursive, mended = mendRecursive(f, x, ptr, recursive, warn); mended {
					changed = true
				}
			}
			if list, ok := x["enum"].([]any); ok {
				if uniq := dedupe(list); len(uniq) != len(list) {
					x["enum"] = uniq
					changed = true
					warn(f.Source(child(ptr.String(), "enum")), "enum lists %d values, %d of them distinct: repeats ignored", len(list), len(uniq))
				}
			}
			for i, k := range n.keys {
				if isData(k, names) || (!names && foreignExtension(k)) || i >= len(n.kids) {
					continue
				}
				if schemaAt(k, names, path) && boolRequired(x[k]) && mendSchemaBoolRequired(f, x[k], child(ptr.String(), k), warn) {
					changed = true
				}
				walk(n.kids[i], x[k], path.with(k), namesAt(k, names), d, recursive)
			}
		case []any:
			if len(path) > 0 && schemaLists[path[len(path)-1]] {
				for i, e := range x {
					if boolRequired(e) && mendSchemaBoolRequired(f, e, child(path.String(), strconv.Itoa(i)), warn) {
						changed = true
					}
				}
			}
			for i, e := range x {
				if i < len(n.kids) { // a mended list may be longer than what was read
					walk(n.kids[i], e, path.with(strconv.Itoa(i)), false, d, recursive)
				}
			}
		}
	}
	walk(f.root, f.Value, rootPath(), false, d, "")
	f.mendedOther = f.mendedOther || changed
	changed = changed || len(f.dropped) > 0
	f.changed = f.changed || changed
	return changed
}

// noteDropped counts an empty list repairEnums dropped from x.
func (f *File) noteDropped(x map[string]any) {
	if f.dropped == nil {
		f.dropped = map[uintptr]int{}
	}
	f.dropped[mapID(x)]++
}

// mapID is the identity of a decoded object.
func mapID(m map[string]any) uintptr { return reflect.ValueOf(m).Pointer() }

// droppedEmpty reports whether the member k, e of a schema is a list
// repairEnums drops for being empty.
func droppedEmpty(k string, e any) bool {
	switch k {
	case "required", "oneOf", "anyOf", "allOf":
		list, ok := e.([]any)
		return ok && len(list) == 0
	}
	return false
}

// dedupe drops the repeats of list, keeping the first of each, as
// reflect.DeepEqual tells values apart. Each value is looked up in a map
// by a text that two values share exactly when DeepEqual says they are
// equal (dedupeKey), so a list of n values costs n lookups: comparing
// each value with every one kept before it took 6.5 s for an enum of
// 20,000 names, and 2 s for one of 3,000 objects, where jsonschema
// compiles either file in under 0.1 s. A value dedupeKey cannot spell (a
// type no decoder makes, a NaN) is compared with the others like it.
func dedupe(list []any) []any {
	out := make([]any, 0, len(list))
	seen := make(map[string]struct{}, len(list))
	var others []any
	var key []byte
	for _, v := range list {
		var ok bool
		if key, ok = dedupeKey(key[:0], v); ok {
			if _, dup := seen[string(key)]; dup {
				continue
			}
			seen[string(key)] = struct{}{}
		} else {
			dup := false
			for _, w := range others {
				if reflect.DeepEqual(v, w) {
					dup = true
					break
				}
			}
			if dup {
				continue
			}
			others = append(others, v)
		}
		out = append(out, v)
	}
	return out
}

// dedupeKey appends to b a text for v that another value has exactly when
// reflect.DeepEqual finds the two equal: its Go type is spelled with its
// value (1.0 and int64 1 differ, as for DeepEqual), a map's keys are
// sorted, a nil map or list differs from an empty one, and 0 and -0 are
// one number. It reports false for what it cannot spell that way: a type
// a decoded document does not hold, or NaN, which is not equal even to
// itself.
func dedupeKey(b []byte, v any) ([]byte, bool) {
	switch x := v.(type) {
	case nil:
		return append(b, 'n'), true
	case string:
		return strconv.AppendQuote(append(b, 's'), x), true
	case json.Number:
		return strconv.AppendQuote(append(b, 'N'), string(x)), true
	case bool:
		if x {
			return append(b, 't'), true
		}
		return append(b, 'f'), true
	case float64:
		if x != x {
			return b, false
		}
		if x == 0 {
			x = 0 // -0 == 0
		}
		return strconv.AppendFloat(append(b, 'd'), x, 'g', -1, 64), true
	case float32:
		if x != x {
			return b, false
		}
		if x == 0 {
			x = 0
		}
		return strconv.AppendFloat(append(b, 'e'), float64(x), 'g', -1, 32), true
	case int:
		return strconv.AppendInt(append(b, 'i'), int64(x), 10), true
	case int64:
		return strconv.AppendInt(append(b, 'I'), x, 10), true
	case int32:
		return strconv.AppendInt(append(b, 'j'), int64(x), 10), true
	case uint:
		return strconv.AppendUint(append(b, 'u'), uint64(x), 10), true
	case uint64:
		return strconv.AppendUint(append(b, 'U'), x, 10), true
	case uint32:
		return strconv.AppendUint(append(b, 'w'), uint64(x), 10), true
	case []any:
		if x == nil {
			return append(b, 'L'), true
		}
		b = append(b, '[')
		for _, e := range x {
			var ok bool
			if b, ok = dedupeKey(b, e); !ok {
				return b, false
			}
			b = append(b, ',')
		}
		return append(b, ']'), true
	case map[string]any:
		if x == nil {
			return append(b, 'M'), true
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		b = append(b, '{')
		for _, k := range keys {
			b = append(strconv.AppendQuote(b, k), ':')
			var ok bool
			if b, ok = dedupeKey(b, x[k]); !ok {
				return b, false
			}
			b = append(b, ',')
		}
		return append(b, '}'), true
	}
	return b, false
}

// lazyPointer is the pointer of the place path names, made the first
// time it is asked for.
type lazyPointer struct {
	path tokenPath
	s    string
	made bool
}

func (p *lazyPointer) String() string {
	if !p.made {
		p.s, p.made = p.path.String(), true
	}
	return p.s
}

// boolRequired reports whether v is an object with a boolean required,
// the only value mendSchemaBoolRequired changes: asked first, so that the
// member's pointer is made only for it.
func boolRequired(v any) bool {
	x, ok := v.(map[string]any)
	if !ok {
		return false
	}
	_, ok = x["required"].(bool)
	return ok
}
