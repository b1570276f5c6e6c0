package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const (
	oldEdition = "../../golden/diff-seed-editions/old"
	specDir    = "../../spec"
)

func TestDiffSeedEditions(t *testing.T) {
	code, out, errOut := runCLI("diff", oldEdition, specDir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"API changes: Coderd API 2.0 → Coder API — workspaces and builds 2.0\n",
		"Breaking changes (",
		"deadline: type changed from object NullTime to string(date-time)  [Go: *NullTime → *time.Time]",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	// The same versions named with flags give the same report.
	code, viaFlags, errOut := runCLI("diff",
		"-old-spec", oldEdition+"/openapi.yaml", "-old-schema", oldEdition+"/workspace.schema.json",
		"-new-spec", specDir+"/openapi.yaml", "-new-schema", specDir+"/workspace.schema.json")
	if code != 0 || viaFlags != out {
		t.Errorf("flags: exit %d, same report %v: %s", code, viaFlags == out, errOut)
	}
}

func TestDiffFailOn(t *testing.T) {
	code, _, errOut := runCLI("diff", "-fail-on", "breaking", oldEdition, specDir)
	if code != 1 || !strings.Contains(errOut, "breaking") {
		t.Errorf("-fail-on breaking with breaking changes: exit %d, %q", code, errOut)
	}
	code, out, errOut := runCLI("diff", "-fail-on", "info", specDir, specDir)
	if code != 0 || !strings.Contains(out, "no API changes") {
		t.Errorf("-fail-on info without changes: exit %d, %q %q", code, out, errOut)
	}
}

func TestDiffFormats(t *testing.T) {
	code, out, _ := runCLI("diff", "-format", "json", oldEdition, specDir)
	var report struct {
		Summary struct{ Breaking, NonBreaking int } `json:"summary"`
		Changes []struct {
			Level, Rule, Subject, Path string
		} `json:"changes"`
	}
	if err := json.Unmarshal([]byte(out), &report); err != nil || code != 0 {
		t.Fatalf("json: exit %d, %v", code, err)
	}
	if report.Summary.Breaking == 0 || len(report.Changes) == 0 {
		t.Errorf("json report: %+v", report.Summary)
	}
	code, out, _ = runCLI("diff", "-format", "markdown", oldEdition, specDir)
	if code != 0 || !strings.HasPrefix(out, "### API changes: ") || !strings.Contains(out, "| schema `WorkspaceBuild`<br><sub>used by ") || !strings.Contains(out, "</sub> | `deadline` |") {
		t.Errorf("markdown: exit %d:\n%s", code, out)
	}
}

func TestDiffUsage(t *testing.T) {
	for _, args := range [][]string{
		{"diff"},
		{"diff", oldEdition},
		{"diff", "-format", "yaml", oldEdition, specDir},
		{"diff", "-fail-on", "major", oldEdition, specDir},
		{"diff", "-new-spec", specDir + "/openapi.yaml", oldEdition, specDir},
		{"diff", "-base", "HEAD", "-old-spec", "x.yaml", "-spec", specDir + "/openapi.yaml"},
		{"diff", "nope", specDir},
	} {
		if code, _, errOut := runCLI(args...); code != 2 || errOut == "" {
			t.Errorf("%v: exit %d, stderr %q", args, code, errOut)
		}
	}
}

// TestDiffBase compares a working tree with a git revision: the files of
// the spec's directory come from git, so relative $refs between them
// resolve at that revision.
func TestDiffBase(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	repo := t.TempDir()
	gitRun := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-C", repo, "-c", "user.name=t", "-c", "user.email=t@example.com"}, args...)...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	api := filepath.Join(repo, "api")
	write := func(name, content string) {
		t.Helper()
		os.MkdirAll(api, 0o755)
		if err := os.WriteFile(filepath.Join(api, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("openapi.yaml", `openapi: 3.1.0
info: {title: T, version: "1"}
paths:
  /things:
    get:
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema: {$ref: './thing.schema.json'}
`)
	thing := `{"title": "Thing", "type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string"}}}`
	write("thing.schema.json", thing)
	gitRun("init", "-q")
	gitRun("add", ".")
	gitRun("commit", "-q", "-m", "v1")
	write("thing.schema.json", strings.Replace(thing, `, "name": {"type": "string"}`, "", 1))

	spec := filepath.Join(api, "openapi.yaml")
	code, out, errOut := runCLI("diff", "-base", "HEAD", "-fail-on", "breaking", "-spec", spec)
	if code != 1 || !strings.Contains(out, "name: removed") {
		t.Errorf("-base HEAD: exit %d\n%s%s", code, out, errOut)
	}
	code, out, _ = runCLI("diff", "-base", "HEAD", api)
	if code != 0 || !strings.Contains(out, "name: removed") {
		t.Errorf("-base HEAD DIR: exit %d\n%s", code, out)
	}
	// Errors in the old version name it by revision, not by a temporary path.
	write("thing.schema.json", `{"title": "Thing", "properties": {"id": {"$ref": "#/nope"}}}`)
	gitRun("commit", "-q", "-am", "broken")
	write("thing.schema.json", thing)
	code, _, errOut = runCLI("diff", "-base", "HEAD", "-spec", spec)
	if code != 2 || !strings.Contains(errOut, "HEAD:api/thing.schema.json") {
		t.Errorf("broken old version: exit %d, %q", code, errOut)
	}
	if code, _, errOut := runCLI("diff", "-base", "no-such-rev", "-spec", spec); code != 2 || !strings.Contains(errOut, "not a git revision") {
		t.Errorf("bad revision: exit %d, %q", code, errOut)
	}
}
