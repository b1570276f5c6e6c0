package conformance

import (
	"github.com/specgen/specgen/generator"
	"github.com/specgen/specgen/generator/emit/gofmt"
)

// gofmtClean returns an error naming the first generated file go/format
// would change. The spec-dependent files are laid out by emit's own
// formatter (generator/emit/gofmt); every schema of the suite and of a
// real-schema corpus run here holds it to go/format as well, and a file
// that is not gofmt-clean is a generation failure.
func gofmtClean(files []generator.File) error {
	for _, f := range files {
		if err := gofmt.CheckClean(f.Path, f.Src); err != nil {
			return err
		}
	}
	return nil
}
