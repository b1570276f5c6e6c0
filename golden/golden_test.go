package golden_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"github.com/specgen/specgen/generator/difftest"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/specgen/specgen/generator"
	"github.com/specgen/specgen/generator/emit/gofmt"
)

var update = flag.Bool("update", false, "rewrite the want/ folders, error.txt and notes.txt files from the generator's output")

// caseConfig is golden/<case>/case.json. Every field is optional: by default
// the spec is openapi.yaml (or .json) in the folder, the schemas are its
// *.schema.json files and the package is named "want".
type caseConfig struct {
	// Kind is "" for a generation case and "diff" for a case of
	// diff_golden_test.go, which this driver leaves alone.
	Kind      string   `json:"kind"`
	Spec      string   `json:"spec"`
	Schemas   []string `json:"schemas"`
	Package   string   `json:"package"`
	Overrides []string `json:"overrides"`
	Strict    bool     `json:"strict"`
	// AssertFormat is -assert-format.
	AssertFormat bool `json:"assertFormat"`
	// TypedFormats is -typed-formats.
	TypedFormats bool `json:"typedFormats"`
	// AssertContent is -assert-content.
	AssertContent bool `json:"assertContent"`
	// ErrorSchema is -error-schema.
	ErrorSchema string `json:"errorSchema"`
	// Refs are -ref/-ref-dir maps, "URL=PATH" with PATH relative to the
	// case's folder.
	Refs []string `json:"refs"`
	// Modules are the output module's paths (generator.ModulesFor), as
	// the CLI reads them from the go.mod above -out.
	Modules []string `json:"modules"`
}

// TestGolden runs every case in golden/: it generates the inputs twice and
// checks the output is byte-identical, gofmt-clean, marked as generated,
// and equal to want/ (or that the error equals error.txt), and that the
// notes equal notes.txt when the case has one (-update writes it for a case
// that has one, or whose generation degraded something).
func TestGolden(t *testing.T) {
	for _, dir := range caseDirs(t, "") {
		t.Run(dir, func(t *testing.T) { runCase(t, dir) })
	}
}

// caseDirs returns the case folders whose case.json gives them kind ("" for
// generation cases); it fails the test when there is none.
func caseDirs(t *testing.T, kind string) []string {
	t.Helper()
	dirs, err := filepath.Glob("*")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, dir := range dirs {
		if st, err := os.Stat(dir); err != nil || !st.IsDir() || dir == "testdata" {
			continue
		}
		if caseKind(t, dir) == kind {
			out = append(out, dir)
		}
	}
	if len(out) == 0 {
		t.Fatalf("no golden cases of kind %q found", kind)
	}
	return out
}

func runCase(t *testing.T, dir string) {
	cfg := loadCase(t, dir)
	res, err := generator.Run(cfg)
	errPath := filepath.Join(dir, "error.txt")
	if err != nil || exists(errPath) {
		checkError(t, errPath, err)
		return
	}
	files := res.Files
	checkNotes(t, filepath.Join(dir, "notes.txt"), res.Diagnostics)
	again, err := generator.Generate(cfg)
	if err != nil {
		t.Fatalf("second run failed: %v", err)
	}
	got := map[string]string{}
	for i, f := range files {
		if i >= len(again) || again[i].Path != f.Path || !bytes.Equal(again[i].Src, f.Src) {
			t.Errorf("%s: second run produced different output", f.Path)
		}
		checkFormatted(t, f)
		got[f.Path] = string(f.Src)
	}
	wantDir := filepath.Join(dir, "want")
	if *update {
		writeWant(t, wantDir, files)
		return
	}
	want := readWant(t, wantDir)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("generated files differ from %s (-want +got); run go test ./golden -update and review the diff:\n%s", wantDir, diff)
	}
}

// caseKind returns the kind case.json gives a case ("" when it has none).
func caseKind(t *testing.T, dir string) string {
	var cc caseConfig
	if b, err := os.ReadFile(filepath.Join(dir, "case.json")); err == nil {
		if err := json.Unmarshal(b, &cc); err != nil {
			t.Fatalf("%s/case.json: %v", dir, err)
		}
	}
	return cc.Kind
}

// loadCase reads case.json and fills in the defaults.
func loadCase(t *testing.T, dir string) generator.Config {
	var cc caseConfig
	if b, err := os.ReadFile(filepath.Join(dir, "case.json")); err == nil {
		if err := json.Unmarshal(b, &cc); err != nil {
			t.Fatalf("case.json: %v", err)
		}
	}
	cfg := generator.Config{Package: cc.Package, Overrides: cc.Overrides, Strict: cc.Strict, AssertFormat: cc.AssertFormat, TypedFormats: cc.TypedFormats, AssertContent: cc.AssertContent, ErrorSchema: cc.ErrorSchema, Modules: cc.Modules}
	for _, r := range cc.Refs {
		u, p, _ := strings.Cut(r, "=")
		cfg.RefMaps = append(cfg.RefMaps, u+"="+filepath.Join(dir, p))
	}
	if cfg.Package == "" {
		cfg.Package = "want"
	}
	if cc.Spec != "" {
		cfg.Spec = filepath.Join(dir, cc.Spec)
	} else {
		for _, name := range []string{"openapi.yaml", "openapi.json", "swagger.json", "swagger.yaml"} {
			if exists(filepath.Join(dir, name)) {
				cfg.Spec = filepath.Join(dir, name)
				break
			}
		}
	}
	if cc.Schemas != nil {
		for _, s := range cc.Schemas {
			cfg.Schemas = append(cfg.Schemas, filepath.Join(dir, s))
		}
	} else {
		matches, _ := filepath.Glob(filepath.Join(dir, "*.schema.json"))
		sort.Strings(matches)
		cfg.Schemas = matches
	}
	return cfg
}

// caseOracle compiles the oracle for the schema at pointer of a golden
// case's file, asserting format as the case's generation does: in every
// draft for a case with a spec or assertFormat, else as the draft says;
// and knowing, as the generation has it, whether uuid and date-time are
// strings (a JSON Schema case without typedFormats) or uuid.UUID and
// time.Time.
func caseOracle(t *testing.T, dir, file, pointer string) (*difftest.Oracle, error) {
	cfg := loadCase(t, dir)
	schemaOnly := cfg.Spec == ""
	return difftest.NewOracleWith(filepath.Join(dir, file), pointer, difftest.OracleOptions{
		FormatAsDraft:  schemaOnly && !cfg.AssertFormat,
		FormatStrings:  schemaOnly && !cfg.TypedFormats,
		APIDescription: !schemaOnly,
	})
}

// checkError compares err with error.txt.
func checkError(t *testing.T, path string, err error) {
	t.Helper()
	if err == nil {
		t.Fatalf("generation succeeded, but %s expects an error", path)
	}
	got := err.Error() + "\n"
	if *update {
		if werr := os.WriteFile(path, []byte(got), 0o644); werr != nil {
			t.Fatal(werr)
		}
		return
	}
	want, rerr := os.ReadFile(path)
	if errors.Is(rerr, os.ErrNotExist) {
		t.Fatalf("generation failed and there is no %s: %v", path, err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("error differs from %s (-want +got):\n%s", path, diff)
	}
}

// checkFormatted checks a file is gofmt-clean and starts with the
// generated-code header that go/ast recognises.
func checkFormatted(t *testing.T, f generator.File) {
	t.Helper()
	if err := gofmt.CheckClean(f.Path, f.Src); err != nil {
		t.Error(err)
	}
	af, err := parser.ParseFile(token.NewFileSet(), f.Path, f.Src, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		t.Errorf("%s: %v", f.Path, err)
		return
	}
	if !ast.IsGenerated(af) {
		t.Errorf("%s lacks the generated-code header", f.Path)
	}
	if !strings.HasPrefix(string(f.Src), "// Code generated by specgen. DO NOT EDIT.\n") {
		t.Errorf("%s does not start with specgen's header", f.Path)
	}
}

func readWant(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	matches, _ := filepath.Glob(filepath.Join(dir, "*.gen.go"))
	for _, m := range matches {
		b, err := os.ReadFile(m)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(m)] = string(b)
	}
	if len(out) == 0 {
		t.Fatalf("%s is empty; run go test ./golden -update", dir)
	}
	return out
}

// writeWant replaces the generated files in dir with files.
func writeWant(t *testing.T, dir string, files []generator.File) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	old, _ := filepath.Glob(filepath.Join(dir, "*.gen.go"))
	for _, o := range old {
		os.Remove(o)
	}
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(dir, f.Path), f.Src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// checkNotes compares the notes of a generation with notes.txt, one line
// per note: its kind in brackets, where, what.
func checkNotes(t *testing.T, path string, notes []generator.Note) {
	t.Helper()
	var b strings.Builder
	degraded := false
	for _, n := range notes {
		fmt.Fprintf(&b, "[%s] %s\n", n.Kind, n)
		degraded = degraded || n.Degraded
	}
	got := b.String()
	if *update {
		if degraded || exists(path) {
			if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return
	}
	want, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return // a case pins its notes by having notes.txt
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("notes differ from %s (-want +got):\n%s", path, diff)
	}
}
