package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// breakingIDs runs the JSON report and returns the ids of its breaking
// changes.
func breakingIDs(t *testing.T, args ...string) []string {
	t.Helper()
	code, out, errOut := runCLI(append([]string{"diff", "-format", "json"}, args...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var report struct {
		Changes []struct{ ID, Level string } `json:"changes"`
	}
	if err := json.Unmarshal([]byte(out), &report); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, c := range report.Changes {
		if c.Level == "breaking" {
			ids = append(ids, c.ID)
		}
	}
	return ids
}

// TestDiffAccept: once every breaking change is in the accept file,
// -fail-on breaking passes and the report marks them accepted; an id that
// matches nothing is named on stderr.
func TestDiffAccept(t *testing.T) {
	ids := breakingIDs(t, oldEdition, specDir)
	if len(ids) == 0 {
		t.Fatal("no breaking changes to accept")
	}
	file := filepath.Join(t.TempDir(), "accepted.txt")
	body := "# agreed in review\n" + strings.Join(ids[:len(ids)-1], "\n") + "\n"
	if err := os.WriteFile(file, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, _ := runCLI("diff", "-accept", file, "-fail-on", "breaking", oldEdition, specDir); code != 1 {
		t.Errorf("one breaking change not accepted: exit %d, want 1", code)
	}
	body += ids[len(ids)-1] + "  the last one, with a comment\n000000000000\n"
	if err := os.WriteFile(file, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI("diff", "-accept", file, "-fail-on", "breaking", oldEdition, specDir)
	if code != 0 {
		t.Errorf("all breaking changes accepted: exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "(accepted)") || !strings.Contains(out, "accepted)") {
		t.Errorf("report does not mark accepted changes:\n%s", out)
	}
	if !strings.Contains(errOut, "000000000000 matches no change") {
		t.Errorf("stale id not reported: %q", errOut)
	}
	if err := os.WriteFile(file, []byte("not-an-id\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := runCLI("diff", "-accept", file, oldEdition, specDir); code != 2 || !strings.Contains(errOut, "accepted.txt:1:") {
		t.Errorf("bad accept file: exit %d, %q", code, errOut)
	}
}

// TestDiffMatch: the filters keep the changes of matching operations and
// of the schemas they reach.
func TestDiffMatch(t *testing.T) {
	_, out, _ := runCLI("diff", "-match-path", `^/workspaces/\{workspace\}$`, oldEdition, specDir)
	if !strings.Contains(out, "GET /workspaces/{workspace}\n") || strings.Contains(out, "  GET /workspaces\n") {
		t.Errorf("-match-path: wrong operations:\n%s", out)
	}
	if !strings.Contains(out, "schema WorkspaceBuild\n") {
		t.Errorf("-match-path: a schema the operation reaches is missing:\n%s", out)
	}
	if strings.Contains(out, "schema CreateWorkspaceBuildRequest") {
		t.Errorf("-match-path: a schema only another operation reaches is kept:\n%s", out)
	}
	_, byID, _ := runCLI("diff", "-match-operation", "^listWorkspaces$", oldEdition, specDir)
	if !strings.Contains(byID, "  GET /workspaces\n") || strings.Contains(byID, "GET /workspaces/{workspace}\n") {
		t.Errorf("-match-operation by operationId:\n%s", byID)
	}
	if code, _, _ := runCLI("diff", "-match-path", "(", oldEdition, specDir); code != 2 {
		t.Errorf("bad regexp: exit %d, want 2", code)
	}
}

// TestDiffGitHubFormat: one workflow command per change that is not info,
// with the file and line of the change and the level as the command.
func TestDiffGitHubFormat(t *testing.T) {
	code, out, errOut := runCLI("diff", "-format", "github", oldEdition, specDir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	line := regexp.MustCompile(`^::(error|warning|notice) file=[^,:]+(,line=\d+)?,title=[^:]+::.+ id [0-9a-f]{12}$`)
	counts := map[string]int{}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		m := line.FindStringSubmatch(l)
		if m == nil {
			t.Errorf("not a workflow command: %q", l)
			continue
		}
		counts[m[1]]++
	}
	if counts["error"] == 0 || counts["warning"] == 0 || counts["notice"] == 0 {
		t.Errorf("commands by kind: %v", counts)
	}
	if !strings.Contains(out, "::error file=../../spec/openapi.yaml,line=") {
		t.Errorf("breaking changes not located in the new spec:\n%s", out)
	}
}

// TestDiffReadsDegradedSpecs: by default diff reads what specgen cannot
// type exactly, as generate does, and reports a change inside it from its
// raw JSON; -strict refuses such a version, as generate -strict does.
func TestDiffReadsDegradedSpecs(t *testing.T) {
	const old, new = "../../golden/diff-degraded/old/openapi.yaml", "../../golden/diff-degraded/new/openapi.yaml"
	code, out, errOut := runCLI("diff", old, new)
	if code != 0 || !strings.Contains(out, "so only its JSON is compared") {
		t.Errorf("default: exit %d, %s\n%s", code, errOut, out)
	}
	if code, _, errOut := runCLI("diff", "-strict", old, new); code != 2 || !strings.Contains(errOut, "old version: ") {
		t.Errorf("-strict: exit %d, %q; want 2 and the old version's error", code, errOut)
	}
}
