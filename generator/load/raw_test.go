package load

import (
	"os"
	"path/filepath"
	"testing"
)

// TestRawJSON: the JSON at a pointer, with keys sorted, from YAML with
// unquoted status keys and from JSON (read from its text, jsonIndex), with
// escaped path tokens; false where nothing is.
func TestRawJSON(t *testing.T) {
	dir := t.TempDir()
	docs := map[string]string{
		"a.yaml": "paths:\n  /a/{id}:\n    get:\n      responses:\n        200: {description: ok, content: {}}\n",
		"a.json": `{"paths": {"/a/{id}": {"get": {"responses": {"200": {"description": "ok", "content": {}}}}}}}`,
	}
	raw := RawJSON()
	for name, doc := range docs {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
		got, ok := raw(path, "#/paths/~1a~1{id}/get/responses")
		if want := `{"200":{"content":{},"description":"ok"}}`; !ok || got != want {
			t.Errorf("%s: got %q, %v; want %q", name, got, ok, want)
		}
		for _, missing := range []string{"#/paths/~1b", "#/paths/~1a~1{id}/post"} {
			if _, ok := raw(path, missing); ok {
				t.Errorf("%s: the missing %s was found", name, missing)
			}
		}
	}
	if _, ok := raw(filepath.Join(dir, "none.yaml"), "#"); ok {
		t.Error("a missing file was read")
	}
}
