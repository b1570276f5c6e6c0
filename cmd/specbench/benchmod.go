package main

import (
	"embed"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// benchmodSources are the benchmark packages of the .bench module: real Go
// files, kept under testdata so that the specgen module never builds them
// (they import the peers' generated code, which exists only under .bench).
//
//go:embed testdata/benchmod
var benchmodSources embed.FS

// oapiRuntimeVersion is the oapi-codegen runtime its generated code imports.
const oapiRuntimeVersion = "v1.8.0"

// writeModule writes .bench/mod: a module that requires the peers' runtimes
// at pinned versions and specgen through a replace, so that the specgen
// module never depends on the peers. The generated packages are already in
// its gen/ folder (item 1 wrote them); this adds go.mod and the benchmarks
// and resolves the dependencies.
func (b *bench) writeModule() error {
	dir := b.path("mod")
	gomod := strings.Join([]string{
		"// Written by cmd/specbench; not part of the specgen module.",
		"module specbench",
		"",
		"go 1.26",
		"",
		"require (",
		"\tgithub.com/oapi-codegen/runtime " + oapiRuntimeVersion,
		"\tgithub.com/ogen-go/ogen " + ogenVersion,
		"\tgithub.com/specgen/specgen v0.0.0",
		")",
		"",
		"replace github.com/specgen/specgen => ../..",
		"",
	}, "\n")
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(gomod), 0o644); err != nil {
		return err
	}
	err := fs.WalkDir(benchmodSources, "testdata/benchmod", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := benchmodSources.ReadFile(path)
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(path, "testdata/benchmod/")))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
	if err != nil {
		return err
	}
	b.logf("resolving the .bench module's dependencies (go mod tidy)")
	_, err = b.goCmd(dir, []string{"GOWORK=off"}, "mod", "tidy")
	return err
}

// specgenHasClient reports whether gen/coder declares the functions item 5
// calls, NewClient and NewHandler.
func (b *bench) specgenHasClient() bool {
	found := map[string]bool{}
	files, _ := filepath.Glob(filepath.Join(b.root, "gen", "coder", "*.go"))
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.SkipObjectResolution)
		if err != nil {
			continue
		}
		for _, d := range af.Decls {
			if fn, ok := d.(*ast.FuncDecl); ok && fn.Recv == nil {
				found[fn.Name.Name] = true
			}
		}
	}
	return found["NewClient"] && found["NewHandler"]
}
