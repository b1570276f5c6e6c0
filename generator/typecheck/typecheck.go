// Package typecheck type-checks generated files in process, as tests do
// to hold output to `go build` without building it: the random
// descriptions' packages (randspec), and code written against one output
// checked against another (generator's TestShareKeepsNames).
package typecheck

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"

	"github.com/specgen/specgen/generator/emit"
)

// imports reads the compiler's export data of the packages generated code
// imports (the standard library, uuid, coder/websocket), located once per
// package with `go list -export` (which builds it into the build cache if
// needed): type-checking net/http from source instead costs 15 s per
// process. The gc importer keeps each package it has read.
var imports = struct {
	sync.Mutex
	types.Importer
	exports map[string]string // import path → export data file
}{exports: map[string]string{}}

func init() {
	imports.Importer = importer.ForCompiler(token.NewFileSet(), "gc", exportData)
}

// likelyImports are asked for with the first package, so that one go
// command (a second each) finds nearly all; others are asked for when met.
var likelyImports = []string{
	"net/http", "encoding/json", "log/slog", "runtime/debug", "net/mail", "regexp",
	"mime/multipart", "net/netip", "math/big", "bufio", "iter",
	"github.com/google/uuid", "github.com/coder/websocket",
}

// exportData opens the export data of a package, asking the go command
// for it and its dependencies the first time one is missing.
func exportData(path string) (io.ReadCloser, error) {
	if _, ok := imports.exports[path]; !ok {
		args := append([]string{"list", "-export", "-deps", "-f", "{{if .Export}}{{.ImportPath}}={{.Export}}{{end}}", path}, likelyImports...)
		out, err := exec.Command("go", args...).Output()
		if err != nil {
			return nil, fmt.Errorf("go list -export %s: %v", path, err)
		}
		for line := range strings.Lines(string(out)) {
			if p, file, ok := strings.Cut(strings.TrimSpace(line), "="); ok {
				imports.exports[p] = file
			}
		}
	}
	file, ok := imports.exports[path]
	if !ok {
		return nil, fmt.Errorf("no export data for %s", path)
	}
	return os.Open(file)
}

// Package parses the Go files among files and type-checks them as one
// package of the given import path: what `go build` would reject (unused
// variables and imports included) is an error here, naming up to eight
// of the type checker's complaints.
func Package(path string, files []emit.File) (*types.Package, error) {
	fset := token.NewFileSet()
	var parsed []*ast.File
	for _, f := range files {
		if !strings.HasSuffix(f.Path, ".go") {
			continue
		}
		af, err := parser.ParseFile(fset, f.Path, f.Src, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		parsed = append(parsed, af)
	}
	var errs []string
	conf := types.Config{
		Importer: lockedImporter{},
		Error: func(err error) {
			if len(errs) < 8 {
				errs = append(errs, err.Error())
			}
		},
	}
	pkg, _ := conf.Check(path, fset, parsed, nil)
	if len(errs) > 0 {
		return nil, fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	return pkg, nil
}

// lockedImporter is the shared importer, one caller at a time (the gc
// importer's cache is not safe for concurrent use).
type lockedImporter struct{}

func (lockedImporter) Import(path string) (*types.Package, error) {
	imports.Lock()
	defer imports.Unlock()
	return imports.Import(path)
}
