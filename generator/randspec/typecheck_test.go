package randspec_test

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/specgen/specgen/generator"
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

// typeCheck parses the generated files and type-checks them as one
// package: what `go build` would reject (unused variables and imports
// included) is an error here, without building anything.
func typeCheck(files []generator.File) error {
	_, err := checkPackage(files)
	return err
}

// checkPackage type-checks the generated files as typeCheck does and
// returns the package.
func checkPackage(files []generator.File) (*types.Package, error) {
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
	pkg, _ := conf.Check("example.com/api", fset, parsed, nil)
	if len(errs) > 0 {
		return nil, fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	return pkg, nil
}

type lockedImporter struct{}

func (lockedImporter) Import(path string) (*types.Package, error) {
	imports.Lock()
	defer imports.Unlock()
	return imports.Import(path)
}

// emitLocals are the lower-case identifiers the emitters write with
// jen.Id, or claim in an operation's function with e.id and e.local
// (emit/locals.go) — their methods' locals and parameters among them —
// read from emit's source, so that a new local is a parameter name in the
// next run without anyone adding it to a list.
var emitLocals = sync.OnceValue(func() []string {
	srcs, _ := filepath.Glob("../emit/*.go")
	re := regexp.MustCompile(`(?:jen\.Id|e\.id|e\.local)\("([a-z][A-Za-z0-9]*)"\)`)
	seen := map[string]bool{}
	for _, path := range srcs {
		b, err := os.ReadFile(path)
		if err != nil {
			continue
		}
		for _, m := range re.FindAllSubmatch(b, -1) {
			seen[string(m[1])] = true
		}
	}
	return slices.Sorted(maps.Keys(seen))
})
