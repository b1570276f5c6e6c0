package load

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/specgen/specgen/generator/document"
)

// TestMetaschemaErrorFirstInFile: a schema that breaks its metaschema in
// several properties is refused naming the fault that comes first in the
// file, every run. jsonschema v5 lists the faults of an object's
// properties in map order, and the first of its causes used to be
// reported.
func TestMetaschemaErrorFirstInFile(t *testing.T) {
	src := `{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "alpha": {"type": "string"},
    "bravo": {"description": null},
    "charlie": {"description": 5},
    "delta": {"title": false},
    "echo": {"minLength": "x"},
    "foxtrot": {"description": null},
    "golf": {"description": []}
  }
}
`
	path := filepath.Join(t.TempDir(), "faults.schema.json")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	for i := range 25 {
		_, err := Load(Config{Schemas: []string{path}})
		var de *document.Error
		if !errors.As(err, &de) {
			t.Fatalf("run %d: got %v, want a located document error", i, err)
		}
		if de.Source.Line != 6 || de.Source.Pointer != "#/properties/bravo/description" {
			t.Fatalf("run %d: error at %d:%d %s (%v), want line 6, #/properties/bravo/description", i, de.Source.Line, de.Source.Column, de.Source.Pointer, err)
		}
	}
}
