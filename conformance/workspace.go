package conformance

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// modulePath is the work module's path; generated packages live under it.
const modulePath = "specgenconformance"

// workspace is the scratch Go module the suite is generated into. It lives
// at a fixed place per checkout, so that go build's cache makes a second
// run with unchanged output cheap.
type workspace struct {
	dir  string // absolute
	repo string // the specgen checkout, for the replace directive
	// remotes is the suite's folder of the documents its tests reach at
	// remotesURL.
	remotes string
}

// remotesURL is where the suite's tests expect its remotes/ folder.
const remotesURL = "http://localhost:1234/"

// newWorkspace prepares the work module of the official suite for the
// checkout at repo (see newWorkspaceNamed).
func newWorkspace(repo string) (*workspace, error) {
	return newWorkspaceNamed(repo, "specgen-conformance")
}

// newWorkspaceNamed prepares a work module, in the user cache folder name,
// for the checkout at repo: a go.mod that reaches specgen (for package
// check) through a replace directive, and specgen's go.sum, so that nothing
// is fetched. Each kind of run has its own name, so that runs of different
// kinds neither remove each other's packages nor share stale ones.
func newWorkspaceNamed(repo, name string) (*workspace, error) {
	repo, err := filepath.Abs(repo)
	if err != nil {
		return nil, err
	}
	base, err := os.UserCacheDir()
	if err != nil {
		base = os.TempDir()
	}
	h := sha256.Sum256([]byte(repo))
	w := &workspace{dir: filepath.Join(base, name, hex.EncodeToString(h[:6])), repo: repo}
	// Start clean: files of a previous run would be stale packages.
	if err := os.RemoveAll(w.dir); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(w.dir, 0o755); err != nil {
		return nil, err
	}
	goVersion, err := goDirective(filepath.Join(repo, "go.mod"))
	if err != nil {
		return nil, err
	}
	mod := fmt.Sprintf("module %s\n\ngo %s\n\nrequire github.com/specgen/specgen v0.0.0\n\nreplace github.com/specgen/specgen => %s\n",
		modulePath, goVersion, repo)
	if err := os.WriteFile(filepath.Join(w.dir, "go.mod"), []byte(mod), 0o644); err != nil {
		return nil, err
	}
	sum, err := os.ReadFile(filepath.Join(repo, "go.sum"))
	if err != nil {
		return nil, err
	}
	return w, os.WriteFile(filepath.Join(w.dir, "go.sum"), sum, 0o644)
}

// goDirective reads the go version line of a go.mod.
func goDirective(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "go "); ok {
			return strings.TrimSpace(v), nil
		}
	}
	return "", fmt.Errorf("%s: no go directive", path)
}

// writeUnit writes a unit's generated files into its package folder.
func (w *workspace) writeUnit(u *unit) error {
	dir := filepath.Join(w.dir, filepath.FromSlash(u.Dir))
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, f := range u.Files {
		if err := os.WriteFile(filepath.Join(dir, f.Path), f.Src, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// removeUnit deletes a unit's package folder.
func (w *workspace) removeUnit(u *unit) error {
	return os.RemoveAll(filepath.Join(w.dir, filepath.FromSlash(u.Dir)))
}
