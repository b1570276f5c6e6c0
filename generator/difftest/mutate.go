package difftest

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// Mutant is a document derived from a base document by one change.
type Mutant struct {
	Name string // where and what: "/latest_build/job/status: unknown enum value"
	Data []byte
}

// maxItemsWalked bounds how many items of an array are mutated, so that a
// list of a thousand workspaces does not make a million mutants.
const maxItemsWalked = 2

// Mutants derives documents from doc (decoded with Decode) systematically,
// guided by the schemas the oracle applies at each place: every enum set
// to an unknown value and to each value listed (so that a narrowed enum
// meets the wide enum's other values), every value given a wrong JSON type
// and null, every formatted string given malformed and borderline forms,
// every bound probed on both sides, required properties removed, unknown
// properties added, and arrays and maps given one bad element.
func Mutants(o *Oracle, doc any) []Mutant {
	m := &mutator{oracle: o, root: doc, seen: map[string]bool{}}
	m.walk(doc, "")
	return m.out
}

type mutator struct {
	oracle *Oracle
	root   any
	out    []Mutant
	seen   map[string]bool
}

// add records the document with the value at ptr replaced by v.
func (m *mutator) add(ptr, what string, v any) {
	doc := replace(m.root, Tokens(ptr), v)
	data, err := json.Marshal(doc)
	if err != nil || m.seen[string(data)] {
		return
	}
	m.seen[string(data)] = true
	m.out = append(m.out, Mutant{Name: ptr + ": " + what, Data: data})
}

func (m *mutator) walk(v any, ptr string) {
	schemas := m.oracle.SchemasAt(m.root, ptr)
	m.values(v, ptr, schemas)
	switch x := v.(type) {
	case map[string]any:
		m.object(x, ptr, schemas)
		for _, k := range slices.Sorted(maps.Keys(x)) {
			m.walk(x[k], Child(ptr, k))
		}
	case []any:
		m.array(x, ptr, schemas)
		for i := 0; i < len(x) && i < maxItemsWalked; i++ {
			m.walk(x[i], Child(ptr, strconv.Itoa(i)))
		}
	}
}

// values replaces the value at ptr with wrong types, null, unknown enum
// values and probes of the keywords of its schemas.
func (m *mutator) values(v any, ptr string, schemas []*jsonschema.Schema) {
	m.add(ptr, "null", nil)
	for _, w := range wrongTypes(v) {
		m.add(ptr, "wrong type", w)
	}
	for _, s := range schemas {
		if len(s.Enum) > 0 || len(s.Constant) > 0 {
			m.add(ptr, "unknown enum value", "specgen-unknown")
			m.add(ptr, "unknown enum value", json.Number("12345"))
		}
		// Every value any schema here lists: where a property narrows an
		// enum (allOf [$ref] with a shorter enum), the wide enum's other
		// values must fail.
		for _, v := range s.Enum {
			m.add(ptr, "enum value", v)
		}
		if probes, ok := formatProbes[s.Format]; ok {
			for _, p := range probes {
				m.add(ptr, "format "+s.Format, p)
			}
		}
		for _, p := range stringProbes(s) {
			m.add(ptr, "string keyword", p)
		}
		for _, p := range numberProbes(s) {
			m.add(ptr, "number keyword", p)
		}
	}
	if _, isNum := v.(json.Number); isNum {
		for _, p := range []string{"1.0", "1e2", "-0", "1.5", "9223372036854775808", "-9223372036854775809", "1e400", "1e-400", "0.1"} {
			m.add(ptr, "number form", json.Number(p))
		}
	}
}

// object removes each required property, adds an unknown one, renames a
// property to another case, and probes the object's own keywords.
func (m *mutator) object(obj map[string]any, ptr string, schemas []*jsonschema.Schema) {
	keys := slices.Sorted(maps.Keys(obj))
	with := func(extra map[string]any, drop ...string) map[string]any {
		out := make(map[string]any, len(obj)+len(extra))
		for k, v := range obj {
			out[k] = v
		}
		for _, d := range drop {
			delete(out, d)
		}
		for k, v := range extra {
			out[k] = v
		}
		return out
	}
	m.add(ptr, "unknown property", with(map[string]any{"specgen_unknown": json.Number("1")}))
	m.add(ptr, "unknown property null", with(map[string]any{"specgen_unknown": nil}))
	m.add(ptr, "bad map value", with(map[string]any{"specgen_key": map[string]any{"specgen": []any{}}}))
	m.add(ptr, "empty object", map[string]any{})
	if len(keys) > 0 {
		k := keys[0]
		m.add(ptr, "key in other case", with(map[string]any{strings.ToUpper(k): obj[k]}, k))
	}
	for _, s := range schemas {
		for _, r := range s.Required {
			if _, ok := obj[r]; ok {
				m.add(ptr, "required "+r+" removed", with(nil, r))
			}
		}
		deps := requiredDeps(s)
		for _, a := range slices.Sorted(maps.Keys(deps)) {
			if _, ok := obj[a]; !ok {
				continue
			}
			for _, b := range deps[a] {
				m.add(ptr, "dependency "+b+" removed", with(nil, b))
			}
		}
	}
	for _, k := range keys {
		if obj[k] != nil {
			m.add(ptr, k+" null", with(map[string]any{k: nil}))
		}
	}
}

// array adds a bad item, duplicates one, and empties the array.
func (m *mutator) array(arr []any, ptr string, schemas []*jsonschema.Schema) {
	appendItem := func(v any) []any { return append(append([]any(nil), arr...), v) }
	m.add(ptr, "bad item", appendItem(json.Number("12345")))
	m.add(ptr, "bad item", appendItem("specgen-bad"))
	m.add(ptr, "bad item", appendItem(map[string]any{"specgen": true}))
	m.add(ptr, "null item", appendItem(nil))
	m.add(ptr, "empty array", []any{})
	if len(arr) > 0 {
		m.add(ptr, "duplicate item", appendItem(arr[0]))
		m.add(ptr, "item removed", arr[1:])
	}
	for _, s := range schemas {
		if s.MaxItems >= 0 && len(arr) > 0 {
			long := append([]any(nil), arr...)
			for len(long) <= s.MaxItems {
				long = append(long, arr[0])
			}
			m.add(ptr, "maxItems exceeded", long)
		}
	}
}

// replace returns a copy of v with the value at the path toks set to nv.
// Only the containers on the path are copied.
func replace(v any, toks []string, nv any) any {
	if len(toks) == 0 {
		return nv
	}
	switch x := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = e
		}
		out[toks[0]] = replace(x[toks[0]], toks[1:], nv)
		return out
	case []any:
		i, err := strconv.Atoi(toks[0])
		if err != nil || i < 0 || i >= len(x) {
			return v
		}
		out := append([]any(nil), x...)
		out[i] = replace(x[i], toks[1:], nv)
		return out
	}
	panic(fmt.Sprintf("difftest: no container at %q", toks))
}

// WireForm returns doc with every value that the definition named name
// ("uuid.NullUUID") describes replaced by v: the form a server sends for a
// schema that a -type override replaces, so that a base document decodes
// and its mutants test more than the override.
func WireForm(o *Oracle, doc any, name string, v any) any {
	var at []string
	walk(doc, "", func(ptr string, value any) bool {
		for _, s := range o.SchemasAt(doc, ptr) {
			if strings.HasSuffix(s.Location, "/"+name) && value != nil {
				at = append(at, ptr)
			}
		}
		return false
	})
	for _, ptr := range at {
		doc = replace(doc, Tokens(ptr), v)
	}
	return doc
}
