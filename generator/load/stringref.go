package load

import (
	"strconv"

	"github.com/specgen/specgen/generator/loc"
)

// mendStringSchemaRefs reads a string written where a schema belongs that
// names a place (`items: '#/definitions/Detail'`, `schema:
// './pet.yaml'`) as a $ref to it, as its author meant: the schema
// compiler and kin-openapi's readers reject a string there, and an error
// found inside another file of a split Swagger 2.0 document (OpenZiti's
// edge API) could not even be located. A string that names no place is
// left for the readers to refuse. If the place is not there, checkRefs
// then reports the $ref as it reports any other.
func mendStringSchemaRefs(f *File, n *node, v any, ptr tokenPath, names, schemaMap bool, warn func(loc.Source, string, ...any)) {
	if n == nil {
		return
	}
	// asRef reads e, at the node *slot, as a $ref, its node the string's
	// wrapped in an object placed where the string was written.
	asRef := func(e any, slot **node, at tokenPath) (any, bool) {
		s, ok := e.(string)
		if !ok || !looksLikeRef(s) || *slot == nil {
			return e, false
		}
		str := *slot
		*slot = &node{kind: 'o', line: str.line, col: str.col, keys: []string{"$ref"}, keyPos: []pos{{str.line, str.col}}, kids: []*node{str}}
		f.changed = true
		warn(f.Source(at.String()), "a schema written as the string %q: read as a $ref to it (write {$ref: %q})", s, s)
		return map[string]any{"$ref": s}, true
	}
	switch x := v.(type) {
	case map[string]any:
		for i, k := range n.keys {
			if isData(k, names) || (!names && foreignExtension(k)) || i >= len(n.kids) {
				continue
			}
			if schemaMap || !names && (k == "schema" || schemaMembers[k]) {
				if r, ok := asRef(x[k], &n.kids[i], ptr.with(k)); ok {
					x[k] = r
					continue
				}
			}
			if list, ok := x[k].([]any); ok && !names && schemaLists[k] && n.kids[i] != nil {
				for j, e := range list {
					if j >= len(n.kids[i].kids) {
						break
					}
					if r, ok := asRef(e, &n.kids[i].kids[j], ptr.with(k).with(strconv.Itoa(j))); ok {
						list[j] = r
					}
				}
			}
			mendStringSchemaRefs(f, n.kids[i], x[k], ptr.with(k), namesAt(k, names), !names && schemaMaps[k], warn)
		}
	case []any:
		for i, e := range x {
			if i < len(n.kids) {
				mendStringSchemaRefs(f, n.kids[i], e, ptr.with(strconv.Itoa(i)), false, false, warn)
			}
		}
	}
}
