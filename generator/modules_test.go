package generator

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
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

// writeFiles writes name → contents under root, making folders.
func writeFiles(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestGoWorkDirectives(t *testing.T) {
	gowork := `go 1.24
// a comment
use ./app
use (
	./types // the shared types
	"../other checkout"
)
replace example.com/money v1.0.0 => ../money
replace (
	"example.com/fork" => example.com/fork2 v1.2.0
)
`
	uses, replaces := goWorkDirectives([]byte(gowork))
	wantUses := []string{filepath.FromSlash("./app"), filepath.FromSlash("./types"), filepath.FromSlash("../other checkout")}
	if !slices.Equal(uses, wantUses) {
		t.Errorf("uses = %q, want %q", uses, wantUses)
	}
	if want := []string{"example.com/money", "example.com/fork"}; !slices.Equal(replaces, want) {
		t.Errorf("replaces = %q, want %q", replaces, want)
	}
}

func TestGoWorkFile(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{"go.work": "go 1.24\n", "app/go.mod": "module example.com/app\n", "elsewhere/my.work": "go 1.24\n"})
	out := filepath.Join(root, "app", "gen", "api") // need not exist
	if got, want := goWorkFile(out, ""), filepath.Join(root, "go.work"); got != want {
		t.Errorf("upward search: %q, want %q", got, want)
	}
	if got, want := goWorkFile(out, "auto"), filepath.Join(root, "go.work"); got != want {
		t.Errorf("GOWORK=auto: %q, want %q", got, want)
	}
	if got := goWorkFile(out, "off"); got != "" {
		t.Errorf("GOWORK=off: %q, want none", got)
	}
	explicit := filepath.Join(root, "elsewhere", "my.work")
	if got := goWorkFile(out, explicit); got != explicit {
		t.Errorf("GOWORK=%s: %q", explicit, got)
	}
	other := t.TempDir()
	if got := goWorkFile(other, ""); got != "" && !strings.HasPrefix(root, filepath.Dir(got)) {
		// A go.work above the temporary folder is the machine's, not the test's.
		t.Errorf("no go.work: %q", got)
	}
}

// TestModulesForWorkspace: a type in a sibling module of the go.work is
// importable though app's go.mod does not require it, as are the modules
// the used go.mods require and what go.mod and go.work replace; GOWORK
// decides which go.work counts.
func TestModulesForWorkspace(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{
		"go.work":         "go 1.24\n\nuse (\n\t./app\n\t./types\n)\n\nreplace example.com/money => ./money\n",
		"app/go.mod":      "module example.com/app\n\ngo 1.24\n\nreplace example.com/local => ../local\n",
		"types/go.mod":    "module example.com/types\n\ngo 1.24\n\nrequire github.com/shopspring/decimal v1.4.0\n",
		"other/alt.work":  "go 1.24\n\nuse ../other\n",
		"other/go.mod":    "module example.com/other\n",
		"money/go.mod":    "module example.com/money\n",
		"types/money.go":  "package types\n",
		"app/api/spec.go": "package api\n",
	})
	out := filepath.Join(root, "app", "api", "gen")

	t.Setenv("GOWORK", "")
	want := []string{"example.com/app", "example.com/local", "example.com/types", "github.com/shopspring/decimal", "example.com/money"}
	if got := ModulesFor(out); !slices.Equal(got, want) {
		t.Errorf("in the workspace: %q, want %q", got, want)
	}
	t.Setenv("GOWORK", "off")
	if got, want := ModulesFor(out), []string{"example.com/app", "example.com/local"}; !slices.Equal(got, want) {
		t.Errorf("GOWORK=off: %q, want %q", got, want)
	}
	t.Setenv("GOWORK", filepath.Join(root, "other", "alt.work"))
	if got, want := ModulesFor(out), []string{"example.com/app", "example.com/local", "example.com/other"}; !slices.Equal(got, want) {
		t.Errorf("GOWORK naming another go.work: %q, want %q", got, want)
	}
}

func TestImportPathFor(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{"go.mod": "module example.com/shop\n"})
	if got, want := ImportPathFor(filepath.Join(root, "internal", "gen")), "example.com/shop/internal/gen"; got != want {
		t.Errorf("ImportPathFor = %q, want %q", got, want)
	}
	if got, want := ImportPathFor(root), "example.com/shop"; got != want {
		t.Errorf("ImportPathFor(module root) = %q, want %q", got, want)
	}
}
