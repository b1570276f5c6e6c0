package main

import (
	"bytes"
	"fmt"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"
)

// buildRow is item 2 for one input: what each tool generated from it, and
// what building and vetting that costs.
type buildRow struct {
	key        string
	size       map[string]codeSize
	build, vet map[string]*measurement
}

// codeSize is the generated Go of one package.
type codeSize struct{ Files, Lines, Bytes int }

const nonceFile = "zz_specbench_nonce.go"

var nonceCounter atomic.Int64

// compiled measures item 2 for the packages item 1 generated into
// .bench/mod/gen: their size, and `go build` and `go vet` of each with every
// dependency already compiled. A nonce file changes the package before each
// run, so the go command recompiles (and re-vets) that package and only it.
func (b *bench) compiled() error {
	mod := b.path("mod")
	for _, c := range []struct {
		key  string
		reps int
	}{{"workspaces", b.reps}, {"coder", b.bigReps}} {
		r := &buildRow{key: c.key, size: map[string]codeSize{}, build: map[string]*measurement{}, vet: map[string]*measurement{}}
		var cols []string
		var builds []proc
		for _, col := range []string{specgen, oapi, ogen} {
			if !b.genResult(c.key, col).ok() {
				continue
			}
			dir := b.path("mod", "gen", col, c.key)
			size, err := countCode(dir)
			if err != nil {
				return err
			}
			r.size[col] = size
			pkg := "./gen/" + col + "/" + c.key
			b.logf("item 2: compiling the dependencies of %s", pkg)
			if err := b.warmDependencies(mod, pkg); err != nil {
				return err
			}
			cols = append(cols, col)
			builds = append(builds, proc{Dir: mod, Env: []string{"GOWORK=off"}, Args: []string{"go", "build", pkg}, Before: touchNonce(dir)})
		}
		b.logf("item 2: go build, %s", c.key)
		for i, m := range interleave(c.reps, false, builds, b.progress) {
			r.build[cols[i]] = m
		}
		var vetCols []string
		var vets []proc
		for i, col := range cols {
			if r.build[col].ok() {
				vetCols = append(vetCols, col)
				vets = append(vets, proc{Dir: mod, Env: []string{"GOWORK=off"}, Args: []string{"go", "vet", builds[i].Args[2]}, Before: builds[i].Before})
			}
		}
		b.logf("item 2: go vet, %s", c.key)
		for i, m := range interleave(c.reps, false, vets, b.progress) {
			r.vet[vetCols[i]] = m
		}
		b.buildCommands = append(append(b.buildCommands, builds...), vets...)
		for _, col := range cols {
			os.Remove(filepath.Join(b.path("mod", "gen", col, c.key), nonceFile))
		}
		b.builds = append(b.builds, r)
	}
	return nil
}

// warmDependencies compiles everything pkg imports, directly or not, so
// that the timed builds compile pkg alone.
func (b *bench) warmDependencies(mod, pkg string) error {
	out, err := b.goCmd(mod, []string{"GOWORK=off"}, "list", "-deps", "-f", "{{.ImportPath}}", pkg)
	if err != nil {
		return err
	}
	self := "specbench/" + strings.TrimPrefix(pkg, "./")
	args := []string{"build"}
	for _, p := range strings.Fields(string(out)) {
		if p != self {
			args = append(args, p)
		}
	}
	_, err = b.goCmd(mod, []string{"GOWORK=off"}, args...)
	return err
}

// touchNonce returns a Before hook that rewrites the package's nonce file
// with a new value.
func touchNonce(dir string) func() error {
	return func() error {
		name, err := packageName(dir)
		if err != nil {
			return err
		}
		// Unique across runs too: the go command's cache is keyed by content,
		// so a value an earlier run used would find that run's build.
		src := fmt.Sprintf("package %s\n\nconst specbenchNonce = \"%d-%d\"\n", name, time.Now().UnixNano(), nonceCounter.Add(1))
		return os.WriteFile(filepath.Join(dir, nonceFile), []byte(src), 0o644)
	}
}

// packageName reads the package clause of a Go file in dir.
func packageName(dir string) (string, error) {
	files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	for _, f := range files {
		if filepath.Base(f) == nonceFile {
			continue
		}
		af, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.PackageClauseOnly)
		if err == nil {
			return af.Name.Name, nil
		}
	}
	return "", fmt.Errorf("%s: no Go package", dir)
}

// countCode counts the Go files of a generated package, their lines and
// bytes.
func countCode(dir string) (codeSize, error) {
	var s codeSize
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return s, err
	}
	for _, f := range files {
		if filepath.Base(f) == nonceFile {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			return s, err
		}
		s.Files++
		s.Bytes += len(data)
		s.Lines += bytes.Count(data, []byte("\n"))
	}
	return s, nil
}
