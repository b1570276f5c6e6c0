package load

import (
	"os"
	"path/filepath"
	"testing"
)

// TestRawJSON: the JSON at a pointer, with keys sorted, from YAML with
// unquoted status keys and escaped path tokens; false where nothing is.
func TestRawJSON(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.yaml")
	doc := "paths:\n  /a/{id}:\n    get:\n      responses:\n        200: {description: ok, content: {}}\n"
	if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	raw := RawJSON()
	got, ok := raw(path, "#/paths/~1a~1{id}/get/responses")
	if want := `{"200":{"content":{},"description":"ok"}}`; !ok || got != want {
		t.Errorf("got %q, %v; want %q", got, ok, want)
	}
	if _, ok := raw(path, "#/paths/~1b"); ok {
		t.Error("a missing pointer was found")
	}
	if _, ok := raw(filepath.Join(dir, "none.yaml"), "#"); ok {
		t.Error("a missing file was read")
	}
}
