// Package throwaway makes Go modules in temporary directories, for tests
// that use specgen and its output as a user's module would, and runs
// commands in them.
//
// The modules resolve their requirements from the module cache first: its
// download directory serves as a proxy. What they need is in specgen's own
// module graph, which the cache holds once specgen has been built, tested
// and tidied (.ci/run does all three first). For what it lacks (`go mod
// tidy` may look up modules that only tests of dependencies import) they
// ask the proxies of GOPROXY, never a VCS ("direct"); a module no proxy has
// is "not found" in the end, as specgen itself is until it is published, so
// that `go get` takes the replace directive. Their go.sum starts as a copy
// of specgen's, whose lines are the checksum database's, so that the go
// command need not ask the database about them.
package throwaway

import (
	"crypto/sha256"
	"fmt"
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

// StableDir returns an empty directory that is the same on every run of the
// tests from this checkout, and removes it when the test ends. The build
// cache keys a package by its directory, so code compiled in a t.TempDir()
// is compiled anew on every run: `go tool` builds specgen (half a minute of
// CPU) from a module beside the clone, and in a stable directory only the
// first run pays for it.
func StableDir(t testing.TB, name string) string {
	t.Helper()
	sum := sha256.Sum256([]byte(RepoRoot(t)))
	dir := filepath.Join(os.TempDir(), fmt.Sprintf("%s-%x", name, sum[:4]))
	clean := func() {
		if err := os.RemoveAll(dir); err != nil {
			t.Error(err)
		}
	}
	clean()
	t.Cleanup(clean)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// New makes a module at dir with the given path and go line, its go.sum
// seeded from specgen's. The go command runs with the local toolchain (a
// `go` line never downloads another) and the module cache alone; go.mod
// changes only where a command asks for it (go get, go mod tidy), as for
// a user.
func New(t testing.TB, dir, path, goVersion string) *Module {
	t.Helper()
	m := &Module{Dir: dir, t: t, Env: append(os.Environ(),
		"GOTOOLCHAIN=local",
		"GOPROXY="+proxies(t),
		"GOWORK=off",
	)}
	m.Write("go.mod", "module "+path+"\n\ngo "+goVersion+"\n")
	sum, err := os.ReadFile(filepath.Join(RepoRoot(t), "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	m.Write("go.sum", string(sum))
	return m
}

// proxies is the GOPROXY of a throwaway module: the module cache, the
// proxies of the environment's GOPROXY, then off, each tried when the one
// before fails in any way ('|'), since a proxy may answer "forbidden" for a
// module it does not serve.
func proxies(t testing.TB) string {
	list := []string{"file://" + filepath.ToSlash(filepath.Join(goEnv(t, "GOMODCACHE"), "cache", "download"))}
	for _, p := range strings.FieldsFunc(goEnv(t, "GOPROXY"), func(r rune) bool { return r == ',' || r == '|' }) {
		if p != "direct" && p != "off" {
			list = append(list, p)
		}
	}
	return strings.Join(append(list, "off"), "|")
}

// goEnv returns the value of a go env variable.
func goEnv(t testing.TB, name string) string {
	t.Helper()
	out, err := exec.Command("go", "env", name).Output()
	if err != nil {
		t.Fatalf("go env %s: %v", name, err)
	}
	return strings.TrimSpace(string(out))
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
