package golden_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/specgen/specgen/conformance/randschema"
	"github.com/specgen/specgen/generator"
	"github.com/specgen/specgen/generator/emit"
	"github.com/specgen/specgen/internal/synthschema"
)

// TestPartsSameOutput holds Emit to what building large files in parts
// (generator/emit/parts.go) promises: the parts joined are the file built
// whole, byte for byte. Every file is built whole, cut at every unit (a
// part per declaration, value check…), in parts of a few units, and in
// the default parts, for every golden case, Coder's whole API, the large
// synthetic schema and random schemas. (emit's TestPartsJoined checks
// that the parts are joined, not built whole again.)
func TestPartsSameOutput(t *testing.T) {
	check := func(t *testing.T, cfg generator.Config) {
		t.Helper()
		res, err := generator.Lower(cfg)
		if err != nil {
			return // error cases emit nothing
		}
		emitWith := func(weight int) []emit.File {
			files, err := emit.Emit(res.API, emit.Config{Package: cfg.Package, ImportPath: cfg.ImportPath, PartWeight: weight})
			if err != nil {
				t.Fatal(err)
			}
			return files
		}
		whole := emitWith(-1)
		for _, weight := range []int{1, 5, 0} {
			got := emitWith(weight)
			if len(got) != len(whole) {
				t.Fatalf("weight %d: %d files, built whole %d", weight, len(got), len(whole))
			}
			for i, f := range got {
				if f.Path != whole[i].Path || !bytes.Equal(f.Src, whole[i].Src) {
					t.Errorf("weight %d: %s differs from %s built whole:\n%s", weight, f.Path, whole[i].Path, firstDiff(whole[i].Src, f.Src))
				}
			}
		}
	}
	t.Run("golden", func(t *testing.T) {
		for _, dir := range caseDirs(t, "") {
			check(t, loadCase(t, dir))
		}
	})
	t.Run("coder", func(t *testing.T) {
		check(t, generator.Config{Spec: "../../shared/corpus/coder/swagger.json", Package: "coder"})
	})
	tmp := t.TempDir()
	t.Run("synthschema", func(t *testing.T) {
		path := filepath.Join(tmp, "large.schema.json")
		if err := os.WriteFile(path, synthschema.Config(300_000), 0o644); err != nil {
			t.Fatal(err)
		}
		check(t, generator.Config{Schemas: []string{path}, Package: "large"})
	})
	t.Run("randschema", func(t *testing.T) {
		for seed := range uint64(10) {
			for _, d := range randschema.Drafts {
				s := randschema.Generate(seed, d, 0)
				path := filepath.Join(tmp, fmt.Sprintf("%d-%s.schema.json", seed, d))
				if err := os.WriteFile(path, s.Source, 0o644); err != nil {
					t.Fatal(err)
				}
				check(t, generator.Config{Schemas: []string{path}, Package: "rand"})
			}
		}
	})
}
