package conformance

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// goEnv is the environment of the go commands run in the workspace: its
// own module, nothing fetched.
func goEnv() []string {
	return append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOPROXY=off")
}

// binary is where the verdict program is built.
func (w *workspace) binary() string { return filepath.Join(w.dir, "verdicts.bin") }

// build compiles the verdict program. It returns the units whose packages
// did not compile, with the first error of each, and an error only when
// the build failed for another reason.
func (w *workspace) build(units []*unit) (map[*unit]string, error) {
	if err := w.writeProgram(units); err != nil {
		return nil, err
	}
	cmd := exec.Command("go", "build", "-o", w.binary(), "./"+programDir)
	cmd.Dir = w.dir
	cmd.Env = goEnv()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if cmd.Run() == nil {
		return nil, nil
	}
	byDir := map[string]*unit{}
	for _, u := range units {
		byDir[u.Dir] = u
	}
	failed := map[*unit]string{}
	var current *unit
	for _, line := range strings.Split(stderr.String(), "\n") {
		if p, ok := strings.CutPrefix(line, "# "+modulePath+"/"); ok {
			current = byDir[p]
			if current != nil {
				failed[current] = ""
			}
			continue
		}
		if current != nil && failed[current] == "" && strings.TrimSpace(line) != "" {
			failed[current] = strings.TrimSpace(line)
		}
	}
	if len(failed) == 0 {
		return nil, fmt.Errorf("go build of the verdict program: %s", stderr.String())
	}
	return failed, nil
}
