package generator_test

import (
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/specgen/specgen/generator"
	"github.com/specgen/specgen/generator/document"
)

// generateText writes text to a file of the given name in a temp dir and
// generates from it (as a spec when it is OpenAPI, else as a schema).
func generateText(t testing.TB, name, text string) ([]generator.File, error) {
	dir := t.TempDir()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := generator.Config{Package: "api"}
	if strings.Contains(text, "openapi") || strings.Contains(text, "swagger") {
		cfg.Spec = path
	} else {
		cfg.Schemas = []string{path}
	}
	return generator.Generate(cfg)
}

// generatedFile generates from text and returns one output file's source.
func generatedFile(t *testing.T, name, text, file string) string {
	t.Helper()
	files, err := generateText(t, name, text)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if f.Path == file {
			return string(f.Src)
		}
	}
	t.Fatalf("no %s generated", file)
	return ""
}

// FuzzGenerate feeds mutated documents to the generator: it must return
// files that are valid, formatted Go, or an error — never panic.
func FuzzGenerate(f *testing.F) {
	seeds, _ := filepath.Glob("../golden/*/*.yaml")
	more, _ := filepath.Glob("../golden/*/*.json")
	for _, s := range append(seeds, more...) {
		if b, err := os.ReadFile(s); err == nil && len(b) < 8<<10 {
			f.Add(filepath.Ext(s), string(b))
		}
	}
	f.Add(".json", `{"type":"object","properties":{"a":{"$ref":"#"}}}`)
	f.Add(".yaml", "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n")
	f.Fuzz(func(t *testing.T, ext, text string) {
		if ext != ".json" && ext != ".yaml" {
			ext = ".yaml"
		}
		files, err := generateText(t, "input"+ext, text)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error message")
			}
			return
		}
		for _, file := range files {
			formatted, ferr := format.Source(file.Src)
			if ferr != nil {
				t.Fatalf("%s does not parse: %v\n%s", file.Path, ferr, file.Src)
			}
			if string(formatted) != string(file.Src) {
				t.Fatalf("%s is not gofmt-clean", file.Path)
			}
		}
	})
}

// TestDeepSchema generates a schema nested 50 objects deep.
func TestDeepSchema(t *testing.T) {
	var b strings.Builder
	const depth = 50
	for i := 0; i < depth; i++ {
		fmt.Fprintf(&b, `{"type":"object","properties":{"level%d":`, i)
	}
	b.WriteString(`{"type":"string","enum":["leaf"]}`)
	for i := 0; i < depth; i++ {
		b.WriteString(`}}`)
	}
	types := generatedFile(t, "deep.schema.json", b.String(), "types.gen.go")
	if n := strings.Count(types, " struct {"); n != depth {
		t.Errorf("%d structs generated, want %d", n, depth)
	}
}

// TestCyclicReferences: a cycle through required fields is broken with a
// pointer (Go rejects a struct that contains itself by value).
func TestCyclicReferences(t *testing.T) {
	spec := `openapi: 3.1.0
info: {title: cycles, version: "1"}
paths: {}
components:
  schemas:
    A:
      type: object
      required: [b]
      properties:
        b: {$ref: '#/components/schemas/B'}
    B:
      type: object
      required: [a]
      properties:
        a: {$ref: '#/components/schemas/A'}
`
	types := generatedFile(t, "openapi.yaml", spec, "types.gen.go")
	if !strings.Contains(types, "B *B `json:\"b\"`") {
		t.Errorf("the cycle A→B→A is not broken by a pointer:\n%s", types)
	}
}

// TestAllOfCycle: allOf members that include each other describe no finite
// value; the generator reports where, instead of looping.
func TestAllOfCycle(t *testing.T) {
	spec := `openapi: 3.1.0
info: {title: cycles, version: "1"}
paths: {}
components:
  schemas:
    C:
      allOf:
        - $ref: '#/components/schemas/D'
    D:
      allOf:
        - $ref: '#/components/schemas/C'
        - type: object
          properties:
            d: {type: string}
`
	_, err := generateText(t, "openapi.yaml", spec)
	if err == nil || !strings.Contains(err.Error(), "openapi.yaml:") || !strings.Contains(err.Error(), "#/components/schemas/") {
		t.Errorf("want a located error for the allOf cycle, got %v", err)
	}
}

// TestSelfReference is a schema that refers only to itself: an error with
// its location, not a hang.
func TestSelfReference(t *testing.T) {
	_, err := generateText(t, "self.schema.json", `{"$defs":{"X":{"$ref":"#/$defs/X"}},"$ref":"#/$defs/X"}`)
	if err == nil {
		return // accepting it as any is fine too; what matters is it ends
	}
	var de *document.Error
	if !asDocError(err, &de) && !strings.Contains(err.Error(), "self.schema.json") {
		t.Errorf("error does not name the file: %v", err)
	}
}

func asDocError(err error, target **document.Error) bool {
	e, ok := err.(*document.Error)
	if ok {
		*target = e
	}
	return ok
}
