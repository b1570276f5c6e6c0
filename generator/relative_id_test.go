package generator_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/specgen/specgen/generator"
)

// TestRelativeRootIDNamesTheFile: a schema whose root $id is a relative
// name other than its file's (Compose's "compose_spec.json" in a file saved
// as schema.json) is still that file. The compiler places its schemas at
// the URL the $id resolves to; every declaration must be located in the
// file read (the conformance harness finds the root type by it, and notes
// point there), and "#/definitions/…" refs resolve without a warning.
func TestRelativeRootIDNamesTheFile(t *testing.T) {
	schema := `{
  "$schema": "https://json-schema.org/draft-07/schema",
  "$id": "compose_spec.json",
  "type": "object",
  "properties": {
    "service": {"$ref": "#/definitions/service"},
    "names": {"type": "array", "items": {"$ref": "#/definitions/name"}}
  },
  "definitions": {
    "service": {"type": "object", "properties": {"image": {"type": "string"}}},
    "name": {"type": "string", "minLength": 1}
  }
}`
	path := filepath.Join(t.TempDir(), "schema.json")
	if err := os.WriteFile(path, []byte(schema), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := generator.Run(generator.Config{Package: "compose", Schemas: []string{path}})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range r.Notes {
		t.Errorf("unexpected note: %s", n)
	}
	root := ""
	for _, d := range r.API.Decls {
		if d.Source.File != path {
			t.Errorf("%s is located in %q, want %q", d.Name, d.Source.File, path)
		}
		if d.Source.Pointer == "#" && root == "" {
			root = d.Name
		}
	}
	if root == "" {
		t.Errorf("no declaration at the root of %s", path)
	}
}
