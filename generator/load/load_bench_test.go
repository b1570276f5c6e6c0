package load

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/specgen/specgen/internal/synthschema"
)

// BenchmarkLoadSchema measures loading the synthetic 1.6 MB schema of
// issue #13 (make bench-schema measures the whole generation): the part
// of a run that ran on one core.
func BenchmarkLoadSchema(b *testing.B) {
	path := filepath.Join(b.TempDir(), "large.schema.json")
	if err := os.WriteFile(path, synthschema.Config(1_500_000), 0o644); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(Config{Schemas: []string{path}}); err != nil {
			b.Fatal(err)
		}
	}
}
