package golden_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
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
	// Two packages named time: jennifer numbers the one it meets second
	// in a file, so parts that meet them apart would name both time, and
	// the file is built whole instead. -typed-formats makes date-time the
	// standard library's time.Time.
	t.Run("import-collision", func(t *testing.T) {
		path := filepath.Join(tmp, "collide.schema.json")
		if err := os.WriteFile(path, []byte(collidingImports), 0o644); err != nil {
			t.Fatal(err)
		}
		cfg := generator.Config{Schemas: []string{path}, Package: "collide", TypedFormats: true, Overrides: []string{"Stamp=example.com/clock/time.Stamp"}}
		res, err := generator.Lower(cfg)
		if err != nil {
			t.Fatal(err)
		}
		files, err := emit.Emit(res.API, emit.Config{Package: "collide", PartWeight: -1})
		if err != nil {
			t.Fatal(err)
		}
		if i := slices.IndexFunc(files, func(f emit.File) bool { return f.Path == "types.gen.go" }); i < 0 || !bytes.Contains(files[i].Src, []byte("\ttime1 \"time\"\n")) {
			t.Fatal("types.gen.go does not import two packages named time: the case tests nothing")
		}
		check(t, cfg)
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

// collidingImports has a type declared in a package named time (by the
// override of Stamp) and a field of the standard library's time.Time, in
// declarations apart: a part of either imports its package as time.
const collidingImports = `{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$defs": {
    "Other": {"type": "object", "properties": {"stamp": {"$ref": "#/$defs/Stamp"}}},
    "Stamp": {"type": "string"},
    "When": {"type": "object", "properties": {"at": {"type": "string", "format": "date-time"}}}
  }
}`
