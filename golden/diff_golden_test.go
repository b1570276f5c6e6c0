package golden_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/specgen/specgen/generator"
	"github.com/specgen/specgen/generator/diff"
	"github.com/specgen/specgen/templates"
)

// diffCase is case.json of a diff case: two versions, each named as
// generate's -spec and -schema name them (paths relative to the case), and
// -type overrides applied to both.
type diffCase struct {
	Kind      string    `json:"kind"`
	Old       diffInput `json:"old"`
	New       diffInput `json:"new"`
	Overrides []string  `json:"overrides"`
}

type diffInput struct {
	Spec    string   `json:"spec"`
	Schemas []string `json:"schemas"`
}

// reportFiles are the renderings a diff case pins, by file name.
var reportFiles = map[string]func(*bytes.Buffer, *diff.Report) error{
	"report.txt":  func(b *bytes.Buffer, r *diff.Report) error { return diff.WriteText(b, r) },
	"report.md":   func(b *bytes.Buffer, r *diff.Report) error { return diff.WriteMarkdown(b, r, templates.DiffReport()) },
	"report.json": func(b *bytes.Buffer, r *diff.Report) error { return diff.WriteJSON(b, r) },
}

// TestDiffGolden runs every case whose case.json says "kind": "diff": it
// compares the two versions twice (the reports must be byte-identical) and
// checks the text, Markdown and JSON reports against report.*;
// go test ./golden -update rewrites them.
func TestDiffGolden(t *testing.T) {
	dirs, _ := filepath.Glob("*")
	ran := 0
	for _, dir := range dirs {
		if st, err := os.Stat(dir); err != nil || !st.IsDir() || caseKind(t, dir) != "diff" {
			continue
		}
		ran++
		t.Run(dir, func(t *testing.T) { runDiffCase(t, dir) })
	}
	if ran == 0 {
		t.Fatal("no diff cases found")
	}
}

func runDiffCase(t *testing.T, dir string) {
	report := compareCase(t, dir)
	again := compareCase(t, dir)
	for name, render := range reportFiles {
		var got, second bytes.Buffer
		if err := render(&got, report); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := render(&second, again); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !bytes.Equal(got.Bytes(), second.Bytes()) {
			t.Errorf("%s: a second comparison rendered differently", name)
		}
		path := filepath.Join(dir, name)
		if *update {
			if err := os.WriteFile(path, got.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v; run go test ./golden -update", err)
		}
		if diff := cmp.Diff(string(want), got.String()); diff != "" {
			t.Errorf("%s differs (-want +got); run go test ./golden -update and review the diff:\n%s", path, diff)
		}
	}
}

// compareCase loads both versions of a diff case and compares them.
func compareCase(t *testing.T, dir string) *diff.Report {
	t.Helper()
	var dc diffCase
	b, err := os.ReadFile(filepath.Join(dir, "case.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &dc); err != nil {
		t.Fatalf("case.json: %v", err)
	}
	load := func(in diffInput) *generator.Result {
		cfg := generator.Config{Package: "api", Overrides: dc.Overrides, LenientOverrides: true}
		if in.Spec != "" {
			cfg.Spec = filepath.Join(dir, in.Spec)
		}
		for _, s := range in.Schemas {
			cfg.Schemas = append(cfg.Schemas, filepath.Join(dir, s))
		}
		r, err := generator.Run(cfg)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	return diff.Compare(load(dc.Old).API, load(dc.New).API)
}
