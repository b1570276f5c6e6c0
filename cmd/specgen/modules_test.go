package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// goTypeWorkspace writes a go.work using ./app and ./types, where app's
// go.mod does not require example.com/types, and a spec in app/api whose
// x-go-type names types.Money (a sibling module) and money.Cents (an
// internal package of app's own module). It returns app/api.
func goTypeWorkspace(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	for name, data := range map[string]string{
		"go.work":                     "go 1.24\n\nuse (\n\t./app\n\t./types\n)\n",
		"app/go.mod":                  "module example.com/app\n\ngo 1.24\n",
		"app/internal/money/cents.go": "package money\n\ntype Cents int64\n",
		"types/go.mod":                "module example.com/types\n\ngo 1.24\n",
		"types/money.go":              "package types\n\ntype Money struct{ Cents int64 `json:\"cents\"` }\n",
		"app/api/spec.yaml": `openapi: 3.0.3
info: {title: t, version: "1"}
paths: {}
components:
  schemas:
    Order:
      type: object
      properties:
        total:
          type: object
          properties: {cents: {type: integer}}
          x-go-type: types.Money
          x-go-type-import: {path: example.com/types}
        tip:
          type: integer
          x-go-type: money.Cents
          x-go-type-import: {path: example.com/app/internal/money}
`,
	} {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(root, "app", "api")
}

// TestGenerateUsesWorkspaceModules: a type in a sibling module of the
// go.work, and one in an internal package of the output's own module, are
// used; with GOWORK=off the sibling's is not (app's go.mod does not
// require it), and the schema's own type is generated with a note.
func TestGenerateUsesWorkspaceModules(t *testing.T) {
	api := goTypeWorkspace(t)
	spec := filepath.Join(api, "spec.yaml")
	t.Setenv("GOWORK", "")
	code, _, errOut := runCLI("generate", "-q", "-spec", spec, "-out", filepath.Join(api, "gen"))
	if code != 0 {
		t.Fatalf("generate: exit %d, %s", code, errOut)
	}
	types, err := os.ReadFile(filepath.Join(api, "gen", "types.gen.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"types.Money", `"example.com/types"`, "money.Cents", `"example.com/app/internal/money"`} {
		if !strings.Contains(string(types), want) {
			t.Errorf("types.gen.go in the workspace lacks %s:\n%s", want, types)
		}
	}

	t.Setenv("GOWORK", "off")
	code, _, errOut = runCLI("generate", "-spec", spec, "-out", filepath.Join(api, "gen2"))
	if code != 0 {
		t.Fatalf("generate with GOWORK=off: exit %d, %s", code, errOut)
	}
	types, err = os.ReadFile(filepath.Join(api, "gen2", "types.gen.go"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(types), "example.com/types") || !strings.Contains(string(types), "money.Cents") {
		t.Errorf("types.gen.go with GOWORK=off:\n%s", types)
	}
	if !strings.Contains(errOut, `x-go-type "types.Money" is in example.com/types`) {
		t.Errorf("GOWORK=off: no note for types.Money:\n%s", errOut)
	}
}

// TestDiffLowersWithGenerateModules: diff reads -out's go.mod and go.work
// as generate does, so the IR it compares is generate's: in the
// workspace, Order's total is types.Money (no declared type of its own).
func TestDiffLowersWithGenerateModules(t *testing.T) {
	api := goTypeWorkspace(t)
	spec := filepath.Join(api, "spec.yaml")
	for _, c := range []struct {
		gowork string
		decls  int
	}{{"", 1}, {"off", 2}} {
		t.Setenv("GOWORK", c.gowork)
		o := &diffOptions{out: filepath.Join(api, "gen")}
		got, err := o.load(inputs{spec: spec}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Decls) != c.decls {
			var names []string
			for _, d := range got.Decls {
				names = append(names, d.Name)
			}
			t.Errorf("GOWORK=%q: diff's IR declares %q, want %d types", c.gowork, names, c.decls)
		}
	}
}
