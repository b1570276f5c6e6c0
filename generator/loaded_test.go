package generator_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/specgen/specgen/generator"
)

// TestLoadedOnce: Config.Loaded is called once a run has loaded its
// inputs (the CLI starts a collection there, cmd/specgen/gc.go), and not
// when loading fails.
func TestLoadedOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pet.schema.json")
	if err := os.WriteFile(path, []byte(`{"title": "Pet", "type": "object", "properties": {"name": {"type": "string"}}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	calls := 0
	cfg := generator.Config{Schemas: []string{path}, Package: "pets", Loaded: func() { calls++ }}
	if _, err := generator.Run(cfg); err != nil {
		t.Fatal(err)
	}
	if calls != 1 {
		t.Errorf("Loaded called %d times by Run, want 1", calls)
	}
	calls = 0
	cfg.Schemas = []string{filepath.Join(t.TempDir(), "missing.json")}
	if _, err := generator.Run(cfg); err == nil {
		t.Fatal("Run of a missing file succeeded")
	}
	if calls != 0 {
		t.Errorf("Loaded called %d times when loading failed, want 0", calls)
	}
}
