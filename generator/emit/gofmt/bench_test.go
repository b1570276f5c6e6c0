package gofmt_test

import (
	"bytes"
	"go/format"
	"os"
	"path/filepath"
	"testing"

	"github.com/specgen/specgen/generator"
	"github.com/specgen/specgen/generator/emit"
	"github.com/specgen/specgen/generator/emit/gofmt"
	"github.com/specgen/specgen/internal/synthschema"
)

// rawFiles returns jennifer's raw text of the files specgen writes for
// the synthetic schema of BenchmarkLargeSchema (about 5.7 MB of Go): what
// Emit formats.
func rawFiles(tb testing.TB) [][]byte {
	path := filepath.Join(tb.TempDir(), "large.schema.json")
	if err := os.WriteFile(path, synthschema.Config(1_500_000), 0o644); err != nil {
		tb.Fatal(err)
	}
	res, err := generator.Lower(generator.Config{Schemas: []string{path}, Package: "large"})
	if err != nil {
		tb.Fatal(err)
	}
	files, err := emit.Emit(res.API, emit.Config{Package: "large", Raw: true})
	if err != nil {
		tb.Fatal(err)
	}
	var raw [][]byte
	for _, f := range files {
		if out, err := format.Source(f.Src); err == nil && !bytes.Equal(out, f.Src) {
			raw = append(raw, f.Src) // runtime files are copied formatted
		}
	}
	return raw
}

// BenchmarkFormat formats the synthetic schema's files with Format and
// with go/format.Source, side by side: go test ./generator/emit/gofmt
// -run '^$' -bench Format. The ratio of the two cpu-ns/op is the gain.
func BenchmarkFormat(b *testing.B) {
	raw := rawFiles(b)
	size := 0
	for _, r := range raw {
		size += len(r)
	}
	for _, c := range []struct {
		name string
		fn   func([]byte) ([]byte, error)
	}{
		{"gofmt", gofmt.Format},
		{"go-format", format.Source},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			start := cpuTime()
			defer func() { b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op") }()
			for b.Loop() {
				for _, r := range raw {
					if _, err := c.fn(r); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
