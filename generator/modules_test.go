package generator

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestGoModModules(t *testing.T) {
	gomod := `// a comment
module "example.com/shop" // quoted, as go mod edit may write it

go 1.24

require github.com/shopspring/decimal v1.4.0

require (
	github.com/cloudevents/sdk-go/v2 v2.15.2 // indirect
	// a comment line in the block
	golang.org/x/text v0.14.0
)

replace golang.org/x/text => ../text
exclude example.com/old v1.0.0
`
	got := goModModules([]byte(gomod))
	want := []string{"example.com/shop", "github.com/shopspring/decimal", "github.com/cloudevents/sdk-go/v2", "golang.org/x/text"}
	if !slices.Equal(got, want) {
		t.Errorf("goModModules = %q, want %q", got, want)
	}
	if got := goModModules([]byte("go 1.24\n")); got != nil {
		t.Errorf("a go.mod with no module directive gave %q, want nil (nothing known)", got)
	}
}

func TestModulesForFindsTheGoModAbove(t *testing.T) {
	root := t.TempDir()
	if err := os.WriteFile(filepath.Join(root, "go.mod"), []byte("module example.com/shop\n\ngo 1.24\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// -out need not exist yet: the go.mod of the folder it will be in counts.
	got := ModulesFor(filepath.Join(root, "gen", "api"))
	if !slices.Equal(got, []string{"example.com/shop"}) {
		t.Errorf("ModulesFor = %q, want [example.com/shop]", got)
	}
}
