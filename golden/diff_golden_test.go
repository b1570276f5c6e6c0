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
	"github.com/specgen/specgen/generator/ir"
	"github.com/specgen/specgen/generator/load"
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
// compares the two versions twice, the second time as specgen diff does
// (CompareAll: the degraded parts read beside the IR comparison), and the
// reports must be byte-identical; it
// checks the text, Markdown and JSON reports against report.*;
// go test ./golden -update rewrites them.
func TestDiffGolden(t *testing.T) {
	for _, dir := range caseDirs(t, "diff") {
		t.Run(dir, func(t *testing.T) { runDiffCase(t, dir) })
	}
}

func runDiffCase(t *testing.T, dir string) {
	report := compareCase(t, dir)
	again := compareCaseWith(t, dir, func(old, new *ir.API) *diff.Report {
		return diff.CompareAll(old, new, load.RawJSON())
	})
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
	return compareCaseWith(t, dir, func(old, new *ir.API) *diff.Report {
		r := diff.Compare(old, new)
		diff.CompareDegraded(r, old, new, load.RawJSON())
		return r
	})
}

// compareCaseWith lowers a case's two versions and compares them with
// compare.
func compareCaseWith(t *testing.T, dir string, compare func(old, new *ir.API) *diff.Report) *diff.Report {
	t.Helper()
	var dc diffCase
	b, err := os.ReadFile(filepath.Join(dir, "case.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &dc); err != nil {
		t.Fatalf("case.json: %v", err)
	}
	lowerInput := func(in diffInput) *generator.Result {
		cfg := generator.Config{Package: "api", Overrides: dc.Overrides, LenientOverrides: true}
		if in.Spec != "" {
			cfg.Spec = filepath.Join(dir, in.Spec)
		}
		for _, s := range in.Schemas {
			cfg.Schemas = append(cfg.Schemas, filepath.Join(dir, s))
		}
		r, err := generator.Lower(cfg)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	return compare(lowerInput(dc.Old).API, lowerInput(dc.New).API)
}

// TestSeedEditionsClassification pins what the golden report for Coder's
// two editions must say, so that an -update cannot quietly reclassify
// them: deadline's change from the NullTime object to a date-time string
// breaks clients, added fields and formats on responses do not, and so on.
func TestSeedEditionsClassification(t *testing.T) {
	r := compareCase(t, "diff-seed-editions")
	const ws, list = "GET /workspaces/{workspace}", "GET /workspaces"
	expectPinned(t, r, []pinned{
		{"WorkspaceBuild", "deadline", "type-changed", diff.Breaking},
		{"WorkspaceAgent", "startup_script", "field-removed", diff.Breaking},
		{list, "query parameter owner", "parameter-removed", diff.Warning},
		{ws, "query parameter include_deleted", "type-changed", diff.Breaking},
		{ws, "path parameter workspace", "type-narrowed", diff.Breaking},
		{"Workspace", "favorite", "field-added", diff.NonBreaking},
		{"WorkspaceBuild", "max_deadline", "field-added", diff.NonBreaking},
		{"WorkspaceBuild", "status", "type-narrowed", diff.NonBreaking},
		{"Workspace", "id", "type-narrowed", diff.NonBreaking},
		{list, "query parameter q", "parameter-added", diff.NonBreaking},
		{ws, "response 410", "response-status-removed", diff.NonBreaking},
		{"POST /workspaces/{workspace}/builds", "", "operation-added", diff.NonBreaking},
		{ws, "path parameter workspace", "parameter-renamed", diff.Info},
		{list, "", "operation-id-changed", diff.Info},
		{"NullTime", "", "schema-removed", diff.Info},
	})
	// The older edition's codersdk.* schemas pair with the current ones
	// (by qualifier-free name where the spec names differ): none is
	// reported as added and removed at once.
	added := map[string]bool{}
	for _, ch := range r.Changes {
		if ch.Rule == "schema-added" {
			added[ch.Subject] = true
		}
	}
	for _, name := range []string{"Workspace", "WorkspacesResponse", "Response", "ValidationError", "WorkspaceBuild"} {
		if added[name] {
			t.Errorf("schema %s reported as added: it was not paired with the older edition's", name)
		}
	}
}

// pinned is one change a golden report must hold, at its level.
type pinned struct {
	subject, where, rule string
	level                diff.Level
}

// expectPinned checks that each pinned change is in the report exactly
// once, at its level.
func expectPinned(t *testing.T, r *diff.Report, want []pinned) {
	t.Helper()
	for _, c := range want {
		var found []diff.Change
		for _, ch := range r.Changes {
			if ch.Subject == c.subject && ch.Where() == c.where && ch.Rule == c.rule {
				found = append(found, ch)
			}
		}
		if len(found) != 1 || found[0].Level != c.level {
			t.Errorf("%s %q %s: got %+v, want one %s change", c.subject, c.where, c.rule, found, c.level)
		}
	}
}

// TestUnionsClassification pins what the union cases must say both ways:
// a variant added to a response union breaks old decoders, one removed
// from a request union breaks senders; an integer oneOf-of-const enum
// that loses a request value breaks; a required property added to a
// schema only a response union reaches does not; a union that became an
// object is one breaking change of type.
func TestUnionsClassification(t *testing.T) {
	expectPinned(t, compareCase(t, "diff-unions"), []pinned{
		{"Pet", "oneOf[bird]", "variant-added", diff.Breaking},
		{"Query", "oneOf[object]", "variant-removed", diff.Breaking},
		{"Level", "", "enum-value-removed", diff.Breaking},
		{"Coat", "", "enum-value-added", diff.Warning},
		{"Cat", "lives", "field-added", diff.NonBreaking},
		{"ByTag", "scope", "field-added", diff.Breaking},
		{"Contact", "", "type-changed", diff.Breaking},
		{"Owner", "home", "type-narrowed", diff.NonBreaking},
		{"Owner", "age", "type-widened", diff.Breaking},
	})
	expectPinned(t, compareCase(t, "diff-unions-reversed"), []pinned{
		{"Pet", "oneOf[bird]", "variant-removed", diff.NonBreaking},
		{"Query", "oneOf[object]", "variant-added", diff.NonBreaking},
		{"Level", "", "enum-value-added", diff.NonBreaking},
		{"Coat", "", "enum-value-removed", diff.NonBreaking},
		{"Cat", "lives", "field-removed", diff.Breaking},
		{"ByTag", "scope", "field-removed", diff.Warning},
		{"Contact", "", "type-changed", diff.Breaking},
		{"Owner", "home", "type-widened", diff.Breaking},
		{"Owner", "age", "type-narrowed", diff.NonBreaking},
	})
}

// TestWarningsAndDegradedClassification pins the warning tier (changes
// that break only some clients), direction through allOf (a base schema
// only responses reach), an alias that becomes an enum, and changes in
// parts specgen does not type exactly, compared as raw JSON.
func TestWarningsAndDegradedClassification(t *testing.T) {
	expectPinned(t, compareCase(t, "diff-reviewer"), []pinned{
		{"GET /orders", "query parameter legacy", "parameter-removed", diff.Warning},
		{"POST /orders", "response 202", "response-status-added", diff.Warning},
		{"NewOrder", "coupon", "field-removed", diff.Warning},
		{"Order", "note", "maxLength-removed", diff.Warning},
		{"Status", "", "enum-value-added", diff.Warning},
		{"Stamped", "created", "field-required", diff.NonBreaking},
		{"Sku", "", "type-narrowed", diff.Breaking},
	})
	expectPinned(t, compareCase(t, "diff-degraded"), []pinned{
		{"GET /search", "#/paths/~1search/get/parameters/1", "degraded-part-changed", diff.Warning},
		{"Result", "#/components/schemas/Result/properties/score/allOf/1", "degraded-part-changed", diff.Warning},
		{"GET /search", "query parameter sort: [].desc", "field-removed", diff.Warning},
	})
}
