package main

import (
	"os"
	"path/filepath"
	"strings"
	"time"
)

// The peers and tools, pinned. They are built from source with the Go
// toolchain (go install), never downloaded as binaries.
const (
	oapiCodegenVersion = "v2.8.2"
	ogenVersion        = "v1.24.0"
	benchstatVersion   = "v0.0.0-20260908200009-22c9c6c9d4da" // golang.org/x/perf
)

// installed records one tool's installation and what it cost.
type installed struct {
	Name, Version string
	Wall          time.Duration
	Cached        bool // already in .bench/bin at this version
}

// install builds specgen from the working tree and installs the pinned peers
// and benchstat into .bench/bin. A tool already there at its version (a
// stamp file says so) is kept, so a second run is fast.
func (b *bench) install() error {
	env := []string{"GOBIN=" + b.bin, "GOWORK=off"}
	steps := []struct {
		name, version string
		always        bool
		do            func() error
	}{
		{"specgen", "working tree", true, func() error {
			_, err := b.goCmd(b.root, nil, "build", "-o", filepath.Join(b.bin, "specgen"), "./cmd/specgen")
			return err
		}},
		{"oapi-codegen", oapiCodegenVersion, false, func() error {
			_, err := b.goCmd(b.root, env, "install", "github.com/oapi-codegen/oapi-codegen/v2/cmd/oapi-codegen@"+oapiCodegenVersion)
			return err
		}},
		{"ogen", ogenVersion, false, func() error { return b.installOgen(env) }},
		{"benchstat", benchstatVersion, false, func() error {
			_, err := b.goCmd(b.root, env, "install", "golang.org/x/perf/cmd/benchstat@"+benchstatVersion)
			return err
		}},
	}
	for _, s := range steps {
		stamp := filepath.Join(b.bin, "."+s.name+".version")
		if !s.always {
			got, err := os.ReadFile(stamp)
			if _, serr := os.Stat(filepath.Join(b.bin, s.name)); err == nil && serr == nil && string(got) == s.version {
				b.installs = append(b.installs, installed{Name: s.name, Version: s.version, Cached: true})
				continue
			}
		}
		b.logf("installing %s %s", s.name, s.version)
		start := time.Now()
		if err := s.do(); err != nil {
			return err
		}
		b.installs = append(b.installs, installed{Name: s.name, Version: s.version, Wall: time.Since(start)})
		if !s.always {
			if err := os.WriteFile(stamp, []byte(s.version), 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}

// installOgen installs ogen from a small tools module that requires it at
// its pinned version. `go install …/cmd/ogen@v1.24.0` does not work against
// the module proxy here: it asks for ogen's version list (to look for a
// deprecation notice), which the proxy refuses (403), while fetching the
// pinned version itself works.
func (b *bench) installOgen(env []string) error {
	dir := b.path("tools")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	gomod := strings.Join([]string{
		"module specbench/tools",
		"",
		"go 1.26",
		"",
		"require github.com/ogen-go/ogen " + ogenVersion,
		"",
	}, "\n")
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(gomod), 0o644); err != nil {
		return err
	}
	if _, err := b.goCmd(dir, env, "get", "github.com/ogen-go/ogen/cmd/ogen@"+ogenVersion); err != nil {
		return err
	}
	_, err := b.goCmd(dir, env, "install", "github.com/ogen-go/ogen/cmd/ogen")
	return err
}
