package conformance

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestRealExamples checks the examples of the API descriptions below
// SPECGEN_EXAMPLES_DIR against the packages specgen generates for them
// (make realexamples, docs/realspecs.md): it fails on a panic of generated
// code and on a round trip that loses a value; disagreements with the
// oracle are listed in SPECGEN_EXAMPLES_REPORT for a person to classify.
func TestRealExamples(t *testing.T) {
	dir := os.Getenv("SPECGEN_EXAMPLES_DIR")
	if dir == "" {
		t.Skip("SPECGEN_EXAMPLES_DIR is not set")
	}
	files := apiDescriptions(t, dir)
	docs, results, err := RunExamples("..", files)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	WriteExampleReport(&b, docs, results)
	if out := os.Getenv("SPECGEN_EXAMPLES_REPORT"); out != "" {
		if err := os.WriteFile(out, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	first, _, _ := strings.Cut(b.String(), "\n")
	t.Log(first)
	for _, r := range results {
		if r.Status == ExPanic || r.RoundTrip != "" {
			t.Errorf("%s: %s: %s%s", r.Doc, r.Where, r.Message, r.RoundTrip)
		}
	}
}

// apiDescriptions lists the files below dir whose top level has an
// openapi or swagger member.
func apiDescriptions(t *testing.T, dir string) []string {
	var out []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		switch filepath.Ext(path) {
		case ".json", ".yaml", ".yml":
		default:
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		var head struct {
			OpenAPI any `yaml:"openapi"`
			Swagger any `yaml:"swagger"`
		}
		if yaml.Unmarshal(src, &head) == nil && (head.OpenAPI != nil || head.Swagger != nil) {
			out = append(out, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}
