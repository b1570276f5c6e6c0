package golden_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/specgen/specgen/internal/throwaway"
)

// generatedCodeGo is the lowest Go version README promises the generated
// packages build with: omitzero, which the optional fields' tags use, came
// in Go 1.24.
const generatedCodeGo = "1.24"

// TestGeneratedCodeBuildsWithGo124 copies every generated package (each
// case's want/*.gen.go and gen/coder's) into a module whose go line is
// generatedCodeGo and vets it there with the local toolchain: the compiler
// refuses language features newer than the go line, and vet's stdversion
// check refuses standard-library API newer than it. The hand-written tests
// beside them are left out: they are not what users get.
func TestGeneratedCodeBuildsWithGo124(t *testing.T) {
	m := throwaway.New(t, t.TempDir(), "example.com/old", generatedCodeGo)
	m.Write("go.mod", m.Read("go.mod")+"\nrequire (\n\tgithub.com/coder/websocket v1.8.14\n\tgithub.com/google/uuid v1.6.0\n)\n")
	dirs, _ := filepath.Glob("*/want")
	dirs = append(dirs, "../gen/coder")
	copied := 0
	for _, dir := range dirs {
		files, _ := filepath.Glob(filepath.Join(dir, "*.gen.go"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			pkg := strings.TrimSuffix(strings.TrimPrefix(filepath.ToSlash(dir), "../"), "/want")
			m.Write(filepath.Join(pkg, filepath.Base(f)), string(b))
			copied++
		}
	}
	if copied < 100 {
		t.Fatalf("only %d generated files found", copied)
	}
	m.MustShell("go vet ./...")
	if got := m.Read("go.mod"); !strings.Contains(got, "\ngo "+generatedCodeGo+"\n") {
		t.Errorf("building changed the module's go line:\n%s", got)
	}
}
