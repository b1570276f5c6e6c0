package generator_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/specgen/specgen/generator"
	"github.com/specgen/specgen/internal/synthschema"
)

// BenchmarkLargeSchema measures generating Go from a large JSON Schema
// against santhosh-tekuri/jsonschema compiling the same file (the work a
// validator does before its first document), the pair issue #13 holds to
// "under 2×": make bench-schema. The schema is SPECGEN_BENCH_SCHEMA when
// set (a real one, e.g. SchemaStore's 1.5 MB vector.json), else the
// deterministic synthetic config schema of synthschema.Config (about 1.5 MB).
func BenchmarkLargeSchema(b *testing.B) {
	path := os.Getenv("SPECGEN_BENCH_SCHEMA")
	if path == "" {
		path = filepath.Join(b.TempDir(), "large.schema.json")
		if err := os.WriteFile(path, synthschema.Config(1_500_000), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	src, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("%s: %d bytes", path, len(src))
	// specgen is the whole generation; specgen-lower loads and lowers
	// alone, without printing the Go (jennifer and gofmt): the part of the
	// path that is the schema's own cost.
	for _, g := range []struct {
		name string
		run  func(generator.Config) error
	}{
		{"specgen", func(c generator.Config) error { _, err := generator.Run(c); return err }},
		{"specgen-lower", func(c generator.Config) error { _, err := generator.Lower(c); return err }},
	} {
		b.Run(g.name, func(b *testing.B) {
			cfg := generator.Config{Schemas: []string{path}, Package: "large"}
			defer reportCPU(b)()
			for b.Loop() {
				if err := g.run(cfg); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("jsonschema", func(b *testing.B) {
		defer reportCPU(b)()
		for b.Loop() {
			c := jsonschema.NewCompiler()
			c.Draft = jsonschema.Draft2020
			if err := c.AddResource("file:///large.schema.json", bytes.NewReader(src)); err != nil {
				b.Fatal(err)
			}
			if _, err := c.Compile("file:///large.schema.json"); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// reportCPU reports the process's CPU time (user + system) per operation
// as cpu-ns/op when the returned function is called: on a shared machine
// wall time measures the neighbours as much as the code.
func reportCPU(b *testing.B) func() {
	start := cpuTime()
	return func() { b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op") }
}
