package load

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"testing"

	"github.com/specgen/specgen/generator/randspec"
)

// TestJSONValueAtSameAsFullDecode checks that the part RawJSON finds in a
// JSON file's text (jsonIndex) is what decoding the whole file gives at
// the same pointer, at every member and element of the golden cases' JSON
// documents and of random ones (escaped keys, numbers, nesting), and that
// pointers to nothing (a missing member, an index past the end, into a
// scalar) find nothing in both.
func TestJSONValueAtSameAsFullDecode(t *testing.T) {
	var texts [][]byte
	files, _ := filepath.Glob("../../golden/*/*.json")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil && looksJSON(b) {
			texts = append(texts, b)
		}
	}
	for seed := uint64(1); seed <= 40; seed++ {
		texts = append(texts, randspec.Generate(seed, randspec.Options{}).Text)
	}
	texts = append(texts, []byte(` { "a~b" : [1, -2.5e3, true, null, "x\"]}", {"/": {}}], "c/d": {"e": []} , "": "empty" } `))
	pointers := 0
	for i, data := range texts {
		_, whole, err := parseJSON(data)
		if err != nil {
			continue
		}
		var ptrs []string
		check := func(ptr string) { ptrs = append(ptrs, ptr) }
		var visit func(v any, ptr string)
		visit = func(v any, ptr string) {
			check(ptr)
			check(child(ptr, "no such member"))
			switch x := v.(type) {
			case map[string]any:
				keys := make([]string, 0, len(x))
				for k := range x {
					keys = append(keys, k)
				}
				sort.Strings(keys)
				for _, k := range keys {
					visit(x[k], child(ptr, k))
				}
			case []any:
				for j, e := range x {
					visit(e, child(ptr, strconv.Itoa(j)))
					check(child(ptr, "0"+strconv.Itoa(j))) // a leading zero reads as the number, as valueAt reads it
				}
				check(child(ptr, strconv.Itoa(len(x))))
			}
		}
		visit(whole, "#")
		// One index for all pointers, asked top down and bottom up: later
		// lookups start where earlier ones scanned.
		forward, backward := newJSONIndex(data), newJSONIndex(data)
		for j := range ptrs {
			for _, c := range []struct {
				index *jsonIndex
				ptr   string
			}{{forward, ptrs[j]}, {backward, ptrs[len(ptrs)-1-j]}} {
				pointers++
				want, wantOK := valueAt(whole, c.ptr)
				got, gotOK := c.index.valueAt(c.ptr)
				if gotOK != wantOK || !reflect.DeepEqual(got, want) {
					wj, _ := json.Marshal(want)
					gj, _ := json.Marshal(got)
					t.Errorf("text %d at %s: got %s (%v), want %s (%v)", i, c.ptr, gj, gotOK, wj, wantOK)
				}
			}
		}
	}
	if pointers < 10000 {
		t.Fatalf("only %d pointers checked; the golden JSON files were not found", pointers)
	}
	t.Logf("%d pointers in %d texts", pointers, len(texts))
}
