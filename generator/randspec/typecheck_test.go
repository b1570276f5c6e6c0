package randspec_test

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/specgen/specgen/generator"
)

// imports is one importer for the whole test binary: it type-checks the
// standard library and the generated code's dependencies (uuid,
// coder/websocket) from source once and keeps them, so that each generated
// package costs only its own checking.
var imports = struct {
	sync.Mutex
	types.Importer
}{Importer: importer.ForCompiler(token.NewFileSet(), "source", nil)}

// typeCheck parses the generated files and type-checks them as one
// package: what `go build` would reject (unused variables and imports
// included) is an error here, without building anything.
func typeCheck(files []generator.File) error {
	fset := token.NewFileSet()
	var parsed []*ast.File
	for _, f := range files {
		if !strings.HasSuffix(f.Path, ".go") {
			continue
		}
		af, err := parser.ParseFile(fset, f.Path, f.Src, parser.SkipObjectResolution)
		if err != nil {
			return err
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
	conf.Check("example.com/api", fset, parsed, nil)
	if len(errs) > 0 {
		return fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	return nil
}

type lockedImporter struct{}

func (lockedImporter) Import(path string) (*types.Package, error) {
	imports.Lock()
	defer imports.Unlock()
	return imports.Import(path)
}

// emitLocals are the lower-case identifiers the emitters write with
// jen.Id — their methods' locals and parameters among them — read from
// emit's source, so that a new local is a parameter name in the next run
// without anyone adding it to a list.
var emitLocals = sync.OnceValue(func() []string {
	srcs, _ := filepath.Glob("../emit/*.go")
	re := regexp.MustCompile(`jen\.Id\("([a-z][A-Za-z0-9]*)"\)`)
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
