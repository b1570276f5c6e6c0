package load

import (
	"bytes"
	"encoding/json"
	"sort"
	"strconv"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// The schema compiler (jsonschema v5) reads a whole file in one draft: the
// one its root's $schema names. JSON Schema lets an embedded resource (a
// subschema with an $id) name a draft of its own in $schema, and the
// reference validator (v6) reads it so: a 2020-12 resource inside a
// draft-07 file has dependentRequired, which draft-07 does not know. So a
// file with such a resource is served to the compiler with the resource
// replaced by a $ref to its $id, and the resource is served at its $id as
// a document of its own (loadURL's embedded case), read in its own draft.
// The walker sees through the replacement (walk.go), and locate maps the
// resource's schemas back to their place in the file.

// dialectResources returns the pointers of the outermost embedded
// resources of f whose $schema names a draft other than the one f is
// compiled in (def when f names none), sorted; none for an OpenAPI
// document, which serves its embedded $ids apart already. A resource a
// $ref enters by a JSON pointer through the file ("#/$defs/r/properties/a")
// stays in place: replaced, that place would no longer exist.
func (fs *fileSet) dialectResources(f *File, def *jsonschema.Draft) map[string]string {
	if isOpenAPIDoc(f) || isOpenAPIFragment(f) {
		return nil
	}
	own := schemaDraft(f, def)
	fs.mu.Lock()
	var found []string
	ids := map[string]string{}
	for id, e := range fs.embedded {
		if e.file != f {
			continue
		}
		m, _ := rawAt(f, e.ptr).(map[string]any)
		s, _ := m["$schema"].(string)
		if d := namedDraft(s); d != nil && !sameDraft(d, own) {
			found = append(found, e.ptr)
			ids[e.ptr] = id
		}
	}
	fs.mu.Unlock()
	if len(found) == 0 {
		return nil
	}
	sort.Strings(found)
	out := map[string]string{}
	for _, p := range found {
		outer := false
		for q := range out {
			if strings.HasPrefix(p, q+"/") {
				outer = true
			}
		}
		if !outer && !bytes.Contains(f.JSON, []byte(strings.TrimPrefix(p, "#")+"/")) {
			out[p] = ids[p]
		}
	}
	return out
}

// withoutResources returns the JSON of f's value with the schema at each
// pointer of res replaced by {"$ref": its $id}, and whether it replaced
// any.
func withoutResources(f *File, res map[string]string) ([]byte, bool) {
	if len(res) == 0 {
		return nil, false
	}
	var cp func(v any, ptr string) any
	cp = func(v any, ptr string) any {
		if id, ok := res[ptr]; ok {
			return map[string]any{"$ref": id}
		}
		switch x := v.(type) {
		case map[string]any:
			out := make(map[string]any, len(x))
			for k, sub := range x {
				out[k] = cp(sub, child(ptr, k))
			}
			return out
		case []any:
			out := make([]any, len(x))
			for i, sub := range x {
				out[i] = cp(sub, child(ptr, strconv.Itoa(i)))
			}
			return out
		}
		return v
	}
	data, err := json.Marshal(cp(f.Value, "#"))
	return data, err == nil
}
