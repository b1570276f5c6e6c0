package generator_test

import (
	"os"
	"testing"

	"github.com/specgen/specgen/generator"
	"github.com/specgen/specgen/generator/sharedtest"
)

// BenchmarkRun generates spec/ and Coder's whole API in process, for
// profiling the pipeline (go test -bench Run -cpuprofile); make bench
// measures the whole process against the peers. cpu-ns/op is the CPU time
// of all goroutines (rendering runs beside building; a Swagger document's
// conversion encodes in two), which a loaded machine distorts less than
// wall time.
func BenchmarkRun(b *testing.B) {
	cases := []struct {
		name string
		cfg  func(b *testing.B) generator.Config
	}{
		{"spec", func(*testing.B) generator.Config {
			return generator.Config{Spec: "../spec/openapi.yaml", Schemas: []string{"../spec/workspace.schema.json"}, Package: "coder"}
		}},
		{"coder-swagger", func(b *testing.B) generator.Config {
			return generator.Config{Spec: sharedtest.Path(b, "corpus/coder/swagger.json"), Package: "coder"}
		}},
	}
	if in := os.Getenv("SPECGEN_BENCH_SPEC"); in != "" {
		// Any other document, e.g. the peers' patched conversion that
		// make bench writes to .bench/inputs.
		cases = append(cases, struct {
			name string
			cfg  func(b *testing.B) generator.Config
		}{"env", func(*testing.B) generator.Config { return generator.Config{Spec: in, Package: "api"} }})
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			cfg := c.cfg(b)
			defer reportCPU(b)()
			for b.Loop() {
				if _, err := generator.Run(cfg); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
