package load

import (
	"encoding/json"
	"testing"
)

func TestSelfLoopRef(t *testing.T) {
	for _, c := range []struct {
		doc  string
		path []string
		want bool
	}{
		{`{"definitions": {"x": {"allOf": [{"$ref": "#/definitions/x"}]}}}`, []string{"definitions", "x", "allOf", "0"}, true},
		{`{"definitions": {"x": {"not": {"anyOf": [{"$ref": "#/definitions/x"}]}}}}`, []string{"definitions", "x", "not", "anyOf", "0"}, true},
		{`{"definitions": {"x": {"if": {"$ref": "#/definitions/x"}}}}`, []string{"definitions", "x", "if"}, true},
		{`{"$ref": "#"}`, nil, true},
		// Through a property or an item: recursion over smaller values.
		{`{"definitions": {"x": {"properties": {"a": {"$ref": "#/definitions/x"}}}}}`, []string{"definitions", "x", "properties", "a"}, false},
		{`{"definitions": {"x": {"items": {"$ref": "#/definitions/x"}}}}`, []string{"definitions", "x", "items"}, false},
		// To another schema: a longer loop, left to loops.go.
		{`{"definitions": {"x": {"allOf": [{"$ref": "#/definitions/y"}]}, "y": {}}}`, []string{"definitions", "x", "allOf", "0"}, false},
		// Under a nested base URI "#/…" is that resource's, not the document's.
		{`{"definitions": {"x": {"$id": "other.json", "allOf": [{"$ref": "#/definitions/x"}]}}}`, []string{"definitions", "x", "allOf", "0"}, false},
		{`{"definitions": {"x": {"allOf": [{"$ref": "other.json#/definitions/x"}]}}}`, []string{"definitions", "x", "allOf", "0"}, false},
	} {
		var root any
		if err := json.Unmarshal([]byte(c.doc), &root); err != nil {
			t.Fatal(err)
		}
		x := root
		for _, tok := range c.path {
			switch n := x.(type) {
			case map[string]any:
				x = n[tok]
			case []any:
				x = n[int(tok[0]-'0')]
			}
		}
		if got := selfLoopRef(root, x.(map[string]any), tokenPath(c.path)); got != c.want {
			t.Errorf("%s at %v: %v, want %v", c.doc, c.path, got, c.want)
		}
	}
}
