package randspec_test

import (
	"go/types"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sync"

	"github.com/specgen/specgen/generator"
	"github.com/specgen/specgen/generator/typecheck"
)

// typeCheck type-checks the generated files as one package
// (typecheck.Package).
func typeCheck(files []generator.File) error {
	_, err := checkPackage(files)
	return err
}

// checkPackage type-checks the generated files as typeCheck does and
// returns the package.
func checkPackage(files []generator.File) (*types.Package, error) {
	return typecheck.Package("example.com/api", files)
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
