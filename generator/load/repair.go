package load

import (
	"encoding/json"
	"reflect"
	"strconv"

	"github.com/specgen/specgen/generator/ir"
)

// repairEnums removes repeated values from every "enum" array in f, which
// JSON Schema forbids but real specs contain (Coder's lists some provisioner
// statuses twice). Each repair is reported as a warning; the values are
// otherwise kept in order. It returns whether anything changed.
func repairEnums(f *File, warn func(ir.Source, string, ...any)) bool {
	changed := false
	var walk func(n *node, v any, ptr string)
	walk = func(n *node, v any, ptr string) {
		switch x := v.(type) {
		case map[string]any:
			if list, ok := x["enum"].([]any); ok {
				if uniq := dedupe(list); len(uniq) != len(list) {
					x["enum"] = uniq
					changed = true
					warn(f.Source(child(ptr, "enum")), "enum lists %d values, %d of them distinct: repeats ignored", len(list), len(uniq))
				}
			}
			for i, k := range n.keys {
				if skipRefKeys[k] {
					continue
				}
				walk(n.kids[i], x[k], child(ptr, k))
			}
		case []any:
			for i, e := range x {
				walk(n.kids[i], e, child(ptr, strconv.Itoa(i)))
			}
		}
	}
	walk(f.root, f.Value, "#")
	if changed {
		if js, err := json.Marshal(f.Value); err == nil {
			f.JSON = js
		}
	}
	return changed
}

func dedupe(list []any) []any {
	var out []any
	for _, v := range list {
		dup := false
		for _, w := range out {
			if reflect.DeepEqual(v, w) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, v)
		}
	}
	return out
}
