package docs

import (
	"os"
	"strings"
	"testing"
)

// TestEveryCommandIsRun: every command in a shell block of README.md and
// docs/ci.md is run by a test, as it is written: those of README's "Using
// specgen in your module" and the CI workflow's by TestNewcomerModule, the
// others by CI, where .ci/run must have them as lines of its own. A block
// of commands must be tagged sh, so that none hides from this test.
func TestEveryCommandIsRun(t *testing.T) {
	run := map[string]string{}
	ci, err := os.ReadFile("../.ci/run")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(ci), "\n") {
		run[strings.TrimSpace(l)] = ".ci/run"
	}
	for _, s := range usingSteps(t) {
		if s.shell != "" {
			run[s.shell] = "TestNewcomerModule (README)"
		}
	}
	for _, cmd := range workflowCommands(t) {
		run[cmd] = "TestNewcomerModule (docs/ci/specgen.yml)"
	}
	checked := 0
	for _, path := range []string{"../README.md", "ci.md"} {
		for _, b := range readPage(t, path).blocks() {
			switch b.lang {
			case "sh":
			case "bash", "shell", "console", "zsh":
				t.Errorf("%s:%d: tag shell blocks sh, so that this test sees them", path, b.line)
				continue
			default:
				continue
			}
			for _, cmd := range commands(b) {
				checked++
				if run[cmd] == "" {
					t.Errorf("%s:%d: no test runs %q: add it to .ci/run, or show a command a test runs", path, b.line, cmd)
				}
			}
		}
	}
	if checked < 10 {
		t.Errorf("only %d commands found; has the layout of README changed?", checked)
	}
}

// workflowCommands returns the run: lines of docs/ci/specgen.yml that
// TestNewcomerModule runs.
func workflowCommands(t *testing.T) []string {
	var out []string
	for _, s := range readWorkflow(t) {
		if !runsWithoutGitHub(s.Run) {
			continue
		}
		for _, l := range strings.Split(s.Run, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				out = append(out, l)
			}
		}
	}
	return out
}
