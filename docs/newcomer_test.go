package docs

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/specgen/specgen/internal/throwaway"
)

// usingSection is README's section on adding specgen to a module; every
// command and file it shows before its first subsection (the command-line
// reference) is run or written, as written, by TestNewcomerModule.
const usingSection = "Using specgen in your module"

// step is one thing README's section tells a user to do: run a shell
// command, or write a file (a Go block whose first line is a comment naming
// its path).
type step struct {
	shell         string
	file, content string
}

// usingSteps returns the steps of README's usingSection in order.
func usingSteps(t *testing.T) []step {
	var steps []step
	for _, b := range readPage(t, "../README.md").blocks() {
		if b.section != usingSection || b.sub != "" {
			continue
		}
		switch b.lang {
		case "sh":
			for _, cmd := range commands(b) {
				steps = append(steps, step{shell: cmd})
			}
		case "go":
			name, ok := strings.CutPrefix(b.text[0], "// ")
			if !ok || !strings.HasSuffix(name, ".go") {
				t.Fatalf("README.md:%d: a Go block of %q must start with a comment naming its file", b.line, usingSection)
			}
			steps = append(steps, step{file: name, content: strings.Join(b.text, "\n") + "\n"})
		default:
			t.Fatalf("README.md:%d: %q has a %q block, which TestNewcomerModule cannot run", b.line, usingSection, b.lang)
		}
	}
	if len(steps) < 5 {
		t.Fatalf("README.md's %q has %d steps; the section or its heading changed", usingSection, len(steps))
	}
	return steps
}

// commands returns the command lines of a shell block: without comments
// and blank lines, continuation lines joined.
func commands(b block) []string {
	var out []string
	cont := ""
	for _, l := range b.text {
		l = strings.TrimSpace(l)
		if i := strings.Index(l, " #"); i >= 0 {
			l = strings.TrimSpace(l[:i])
		}
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		if s, ok := strings.CutSuffix(l, "\\"); ok {
			cont += strings.TrimSpace(s) + " "
			continue
		}
		out = append(out, cont+l)
		cont = ""
	}
	return out
}

// newcomer is a user's module as README's usingSection leaves it: made with
// a go 1.25 line beside a clone of specgen (../specgen, a link to this
// repository), holding a small spec (testdata/newcomer) and a test of the
// generated client against the generated server.
type newcomer struct {
	*throwaway.Module
	outputs map[string]string // of each command README gives
}

func setUpNewcomer(t *testing.T) *newcomer {
	tmp := throwaway.StableDir(t, "specgen-newcomer")
	if err := os.Symlink(throwaway.RepoRoot(t), filepath.Join(tmp, "specgen")); err != nil {
		t.Fatal(err)
	}
	m := throwaway.New(t, filepath.Join(tmp, "app"), "example.com/app", "1.25")
	bin := filepath.Join(tmp, "bin")
	m.Env = append(m.Env, "GOBIN="+bin, "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	for _, f := range []string{"openapi.yaml", "notes_test.go"} {
		b, err := os.ReadFile(filepath.Join("testdata", "newcomer", f))
		if err != nil {
			t.Fatal(err)
		}
		m.Write(filepath.Join("internal", "api", f), string(b))
	}
	n := &newcomer{Module: m, outputs: map[string]string{}}
	for _, s := range usingSteps(t) {
		if s.file != "" {
			m.Write(s.file, s.content)
			continue
		}
		start := time.Now()
		n.outputs[s.shell] = m.MustShell(s.shell)
		t.Logf("%s: %s", s.shell, time.Since(start).Round(time.Millisecond))
	}
	return n
}

// TestNewcomerModule runs README's "Using specgen in your module" in a new
// module, then the CI workflow of docs/ci on a pull request's branch.
//
// Warm, it takes about 30 s (the first run on a machine builds specgen as a
// tool, a few minutes on a busy 2-core one); -short skips it.
func TestNewcomerModule(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the newcomer's module takes half a minute; make test and CI run it")
	}
	n := setUpNewcomer(t)
	n.checkReadme(t)
	n.runWorkflow(t)
}

// checkReadme checks what README's commands left: the module's go line as
// it was, the tool pinned, the generated package's import required, the
// version naming the clone, the generated package current and its tests
// (client against server) passed.
func (n *newcomer) checkReadme(t *testing.T) {
	gomod := n.Read("go.mod")
	if !strings.Contains(gomod, "\ngo 1.25\n") {
		t.Errorf("adding specgen changed the module's go line:\n%s", gomod)
	}
	if !strings.Contains(gomod, "\ntool github.com/specgen/specgen/cmd/specgen\n") {
		t.Errorf("go.mod does not list specgen as a tool:\n%s", gomod)
	}
	if !regexp.MustCompile(`(?m)^(require |\t)github\.com/google/uuid v1\.6\.0$`).MatchString(gomod) {
		t.Errorf("go mod tidy did not add github.com/google/uuid, which the generated package imports:\n%s", gomod)
	}
	want := map[string]*regexp.Regexp{
		"go tool specgen version": regexp.MustCompile(`^specgen v0\.0\.0-00010101000000-000000000000 => \.\./specgen go1\.\S+ \S+/\S+\n$`),
		"specgen version":         regexp.MustCompile(`^specgen \S.* go1\.\S+ \S+/\S+\n$`),
		"go test ./...":           regexp.MustCompile(`(?m)^ok\s+example\.com/app/internal/api\s`),
		"go tool specgen check -spec internal/api/openapi.yaml -out internal/api -package api": regexp.MustCompile(`(?m)^specgen: internal/api is up to date \(\d+ files\)$`),
	}
	for cmd, re := range want {
		out, ran := n.outputs[cmd]
		if !ran {
			t.Errorf("README's %q no longer runs %q", usingSection, cmd)
		} else if !re.MatchString(out) {
			t.Errorf("%s printed\n%s\nwant it to match %s", cmd, out, re)
		}
	}
}

// workflowStep is the part of a GitHub Actions step the tests read.
type workflowStep struct {
	Name, Run string
	Env       map[string]string
}

// workflow is the part of a GitHub Actions workflow the tests read.
type workflow struct {
	Env  map[string]string
	Jobs map[string]struct{ Steps []workflowStep }
}

// readWorkflow returns the steps of docs/ci/specgen.yml's one job, each
// with the workflow's environment and its own. Every step runs, as on a
// pull request.
func readWorkflow(t *testing.T) []workflowStep {
	b, err := os.ReadFile(filepath.Join("ci", "specgen.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var wf workflow
	if err := yaml.Unmarshal(b, &wf); err != nil {
		t.Fatal(err)
	}
	if len(wf.Jobs) != 1 {
		t.Fatalf("docs/ci/specgen.yml has %d jobs; the test runs one", len(wf.Jobs))
	}
	var steps []workflowStep
	for _, job := range wf.Jobs {
		steps = job.Steps
	}
	for i := range steps { // the workflow's env, then the step's
		env := map[string]string{}
		for k, v := range wf.Env {
			env[k] = v
		}
		for k, v := range steps[i].Env {
			env[k] = v
		}
		steps[i].Env = env
	}
	return steps
}

// runsWithoutGitHub tells the steps the test runs from the one that posts
// to GitHub with gh.
func runsWithoutGitHub(run string) bool { return run != "" && !strings.HasPrefix(run, "gh ") }

// githubContext stands for the values GitHub gives a pull_request run.
var githubContext = map[string]string{
	"${{ github.base_ref }}":                  "main",
	"${{ github.token }}":                     "",
	"${{ github.event.pull_request.number }}": "1",
}

// runWorkflow runs the run: steps of docs/ci/specgen.yml on a branch that
// changes the spec, as GitHub would on a pull request into main, except the
// step that posts the comment with gh.
func (n *newcomer) runWorkflow(t *testing.T) {
	steps := readWorkflow(t)
	n.Env = append(n.Env, "GIT_CONFIG_GLOBAL="+os.DevNull, "GIT_CONFIG_NOSYSTEM=1",
		"GIT_AUTHOR_NAME=newcomer", "GIT_AUTHOR_EMAIL=newcomer@example.com",
		"GIT_COMMITTER_NAME=newcomer", "GIT_COMMITTER_EMAIL=newcomer@example.com")
	n.MustShell("git init -q -b main && git add -A && git commit -qm api && git update-ref refs/remotes/origin/main HEAD")

	// The pull request: a color and a property more, regenerated.
	spec := filepath.Join("internal", "api", "openapi.yaml")
	n.Write(spec, mustReplace(t, mustReplace(t, n.Read(spec),
		"enum: [yellow, blue]", "enum: [yellow, blue, green]"),
		"        owner: {type: string, format: uuid}\n", "        owner: {type: string, format: uuid}\n        pinned: {type: boolean}\n"))
	n.MustShell("git checkout -q -b more-colors && go generate ./... && git commit -qam 'green, pinned'")

	var checkStep workflowStep
	ran, skipped := 0, 0
	for _, s := range steps {
		if s.Run == "" {
			continue
		}
		if !runsWithoutGitHub(s.Run) {
			skipped++
			continue
		}
		if out, err := n.withEnv(t, s.Env).Shell(expand(t, s.Run)); err != nil {
			t.Fatalf("step %q: %v\n%s", s.Name, err, out)
		}
		if strings.Contains(s.Run, "specgen check") {
			checkStep = s
		}
		ran++
	}
	if ran != 2 || skipped != 1 || checkStep.Run == "" {
		t.Fatalf("ran %d steps and skipped %d; the workflow has changed (want the check, the diff and the comment)", ran, skipped)
	}
	report := n.Read("api-changes.md")
	for _, want := range []string{"### API changes: Notes 1 → Notes 1\n", "**No breaking changes** · 1 warning · 1 non-breaking", "| schema `Color`<br><sub>used by POST /notes, GET /notes/{id}</sub> |  | enum value added: \"green\"", "| schema `Note`<br><sub>used by POST /notes, GET /notes/{id}</sub> | `pinned` | added (boolean) |"} {
		if !strings.Contains(report, want) {
			t.Errorf("api-changes.md lacks %q:\n%s", want, report)
		}
	}

	// A spec changed without regenerating fails the check, which names the
	// command that mends it; that command does. The new property changes
	// its struct, its decoder and its encoder: three files.
	n.Write(spec, mustReplace(t, n.Read(spec), "        pinned: {type: boolean}\n", "        pinned: {type: boolean}\n        archived: {type: boolean}\n"))
	out, err := n.withEnv(t, checkStep.Env).Shell(checkStep.Run)
	mend := "specgen generate -spec internal/api/openapi.yaml -out internal/api -package api"
	if err == nil || !strings.Contains(out, "specgen: internal/api is stale: 3 file(s) differ; to update it, run\n\t"+mend+"\n") {
		t.Fatalf("check after a spec change: %v\n%s", err, out)
	}
	if out, err := n.withEnv(t, checkStep.Env).Shell("go tool " + mend + " && " + checkStep.Run); err != nil {
		t.Errorf("the command check printed does not mend it: %v\n%s", err, out)
	}
}

// withEnv returns the module with a step's environment added to its own,
// the expressions in it expanded.
func (n *newcomer) withEnv(t *testing.T, env map[string]string) *throwaway.Module {
	m := *n.Module
	m.Env = append([]string(nil), n.Env...)
	for k, v := range env {
		m.Env = append(m.Env, k+"="+expand(t, v))
	}
	return &m
}

// expand replaces the ${{ … }} expressions of a workflow value with
// githubContext's values, failing on one it does not know.
func expand(t *testing.T, s string) string {
	for k, v := range githubContext {
		s = strings.ReplaceAll(s, k, v)
	}
	if strings.Contains(s, "${{") {
		t.Fatalf("the workflow uses an expression the test does not stand in for: %s", s)
	}
	return s
}

func mustReplace(t *testing.T, s, old, new string) string {
	t.Helper()
	if !strings.Contains(s, old) {
		t.Fatalf("%q not found", old)
	}
	return strings.Replace(s, old, new, 1)
}
