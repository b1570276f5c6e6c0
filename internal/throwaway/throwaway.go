// Package throwaway makes Go modules in temporary directories, for tests
// that use specgen and its output as a user's module would, and runs
// commands in them.
//
// The modules resolve their requirements from the module cache, and from
// the Go module proxy for what it lacks; nothing else of the network is
// needed. Their go.sum starts as a copy of specgen's, whose lines are the
// checksum database's, so that the go command need not ask the database
// about modules specgen already uses.
package throwaway

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// Module is a Go module in a temporary directory.
type Module struct {
	Dir string
	// Env is the environment of every command run in the module.
	Env []string
	t   testing.TB
}

// RepoRoot is the root of specgen's repository: the directory of its go.mod.
func RepoRoot(t testing.TB) string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Clean(filepath.Join(filepath.Dir(file), "..", ".."))
}

// New makes a module at dir with the given path and go line, its go.sum
// seeded from specgen's. The go command runs with the local toolchain (a
// `go` line never downloads another) and -mod=mod.
func New(t testing.TB, dir, path, goVersion string) *Module {
	t.Helper()
	m := &Module{Dir: dir, t: t, Env: append(os.Environ(),
		"GOTOOLCHAIN=local",
		"GOWORK=off",
		"GOFLAGS="+strings.TrimSpace(os.Getenv("GOFLAGS")+" -mod=mod"),
	)}
	m.Write("go.mod", "module "+path+"\n\ngo "+goVersion+"\n")
	sum, err := os.ReadFile(filepath.Join(RepoRoot(t), "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	m.Write("go.sum", string(sum))
	return m
}

// Write writes a file of the module, making its directory.
func (m *Module) Write(rel, content string) {
	m.t.Helper()
	path := filepath.Join(m.Dir, rel)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		m.t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		m.t.Fatal(err)
	}
}

// Read returns a file of the module.
func (m *Module) Read(rel string) string {
	m.t.Helper()
	b, err := os.ReadFile(filepath.Join(m.Dir, rel))
	if err != nil {
		m.t.Fatal(err)
	}
	return string(b)
}

// Shell runs script with bash -e in the module's directory and returns its
// output (stdout and stderr), or the error with the output.
func (m *Module) Shell(script string) (string, error) {
	cmd := exec.Command("bash", "-e", "-c", script)
	cmd.Dir = m.Dir
	cmd.Env = m.Env
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// MustShell is Shell that fails the test on an error.
func (m *Module) MustShell(script string) string {
	m.t.Helper()
	out, err := m.Shell(script)
	if err != nil {
		m.t.Fatalf("in %s:\n$ %s\n%s%v", m.Dir, script, out, err)
	}
	return out
}
