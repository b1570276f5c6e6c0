package load

import (
	"reflect"
	"testing"
)

// TestRawAndResourceAsTwoWalks holds rawAndResource to rawAt and
// resourceOf, which it stands for in the walk, over pointers through
// nested resources ($id, and id in draft 4), arrays, absent members and
// array tokens the two read differently.
func TestRawAndResourceAsTwoWalks(t *testing.T) {
	const doc = `{
	  "$id": "https://example.com/root.json",
	  "$defs": {
	    "a": {"type": "object", "properties": {"x": {"type": "string"}}},
	    "b": {"$id": "b.json", "items": [{"type": "integer"}, {"id": "c.json", "prefixItems": [{"const": 1}]}]},
	    "c": {"$id": "#anchor-only", "allOf": [{"$ref": "#/$defs/a"}]},
	    "d": {"id": "old.json", "properties": {"$id": {"type": "string"}, "id": {"type": "string"}}}
	  },
	  "items": [true, {"type": "null"}]
	}`
	f, err := parseFile("root.json", "file:///tmp/root.json", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	ptrs := []string{
		"#", "#/$defs", "#/$defs/a", "#/$defs/a/properties/x", "#/$defs/missing/type",
		"#/$defs/b", "#/$defs/b/items/0", "#/$defs/b/items/1", "#/$defs/b/items/1/prefixItems/0",
		"#/$defs/b/items/7", "#/$defs/b/items/", "#/$defs/b/items/01", "#/$defs/b/items/+1",
		"#/$defs/b/items/-1", "#/$defs/b/items/99999999999", "#/$defs/c/allOf/0",
		"#/$defs/d", "#/$defs/d/properties/$id", "#/$defs/d/properties/id",
		"#/items/0", "#/items/1", "#/items/1/type/x",
	}
	for _, ptr := range ptrs {
		key := canonicalKey(f, "", ptr)
		for _, draft4 := range []bool{false, true} {
			raw, res := rawAndResource(f, ptr, key, draft4)
			if want := rawAt(f, ptr); !reflect.DeepEqual(raw, want) {
				t.Errorf("%s (draft4 %v): raw %v, want %v", ptr, draft4, raw, want)
			}
			if want := resourceOf(f, ptr, key, draft4); res != want {
				t.Errorf("%s (draft4 %v): resource %q, want %q", ptr, draft4, res, want)
			}
		}
	}
	if raw, res := rawAndResource(nil, "#/a", "k", false); raw != nil || res != "k" {
		t.Errorf("no file: %v, %q", raw, res)
	}
}
