package golden_test

import (
	"bytes"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"testing"

	"github.com/specgen/specgen/conformance/randschema"
	"github.com/specgen/specgen/generator"
	"github.com/specgen/specgen/generator/emit"
	"github.com/specgen/specgen/generator/emit/gofmt"
	"github.com/specgen/specgen/generator/randspec"
	"github.com/specgen/specgen/internal/synthschema"
)

// TestFastFormatDifferential holds emit/gofmt to its one promise: for every
// file specgen builds, jennifer's raw text laid out by gofmt.Format is
// go/format.Source of the same text, byte for byte. The inputs are every
// golden case, Coder's whole API, the large synthetic schema of
// BenchmarkLargeSchema, and random specs and schemas. It also reports
// how much was laid out without go/format, and fails if that share of
// the bytes falls below 90% (a regression to fallbacks is a slowdown
// nobody would otherwise see).
func TestFastFormatDifferential(t *testing.T) {
	var total gofmt.Stats
	check := func(t *testing.T, cfg generator.Config) {
		t.Helper()
		res, err := generator.Lower(cfg)
		if err != nil {
			return // error cases have no Go to format
		}
		files, err := emit.Emit(res.API, emit.Config{Package: cfg.Package, ImportPath: cfg.ImportPath, Raw: true})
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			want, err := format.Source(f.Src)
			if err != nil {
				t.Fatalf("%s: %v", f.Path, err)
			}
			got, st, err := gofmt.FormatStats(f.Src)
			if err != nil {
				t.Fatalf("%s: %v", f.Path, err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s: gofmt.Format differs from go/format.Source:\n%s", f.Path, firstDiff(want, got))
			}
			if bytes.Equal(want, f.Src) {
				// Runtime files are copied already formatted; only
				// jennifer's files go through the formatter in Emit.
				continue
			}
			total.Decls += st.Decls
			total.Fallbacks += st.Fallbacks
			total.Bytes += st.Bytes
			total.FallbackBytes += st.FallbackBytes
			if st.WholeFile {
				total.Fallbacks++
				total.Decls++
				total.Bytes += len(f.Src)
				total.FallbackBytes += len(f.Src)
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
		if err := os.WriteFile(path, synthschema.Config(1_500_000), 0o644); err != nil {
			t.Fatal(err)
		}
		check(t, generator.Config{Schemas: []string{path}, Package: "large"})
	})
	seeds := 40
	if testing.Short() {
		seeds = 8
	}
	t.Run("randspec", func(t *testing.T) {
		for seed := range uint64(seeds) {
			d := randspec.Generate(seed, randspec.Options{})
			path := filepath.Join(tmp, fmt.Sprint(seed)+"-"+d.Name)
			if err := os.WriteFile(path, d.Text, 0o644); err != nil {
				t.Fatal(err)
			}
			cfg := generator.Config{Package: "rand"}
			if d.IsSpec() {
				cfg.Spec = path
			} else {
				cfg.Schemas = []string{path}
			}
			check(t, cfg)
		}
	})
	t.Run("randschema", func(t *testing.T) {
		for seed := range uint64(seeds) {
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
	t.Logf("declarations: %d, %d to go/format (%.2f%%); bytes: %d, %d to go/format (%.2f%%)",
		total.Decls, total.Fallbacks, 100*float64(total.Fallbacks)/float64(total.Decls),
		total.Bytes, total.FallbackBytes, 100*float64(total.FallbackBytes)/float64(total.Bytes))
	if total.FallbackBytes*10 > total.Bytes {
		t.Errorf("%d of %d bytes went to go/format: more than 10%%", total.FallbackBytes, total.Bytes)
	}
}

// firstDiff shows the first line where a and b differ, with context.
func firstDiff(a, b []byte) string {
	al, bl := bytes.Split(a, []byte("\n")), bytes.Split(b, []byte("\n"))
	for i := 0; i < len(al) || i < len(bl); i++ {
		if i >= len(al) || i >= len(bl) || !bytes.Equal(al[i], bl[i]) {
			lo := max(i-3, 0)
			return fmt.Sprintf("line %d\nwant:\n%s\ngot:\n%s", i+1,
				bytes.Join(al[lo:min(i+3, len(al))], []byte("\n")), bytes.Join(bl[lo:min(i+3, len(bl))], []byte("\n")))
		}
	}
	return ""
}
