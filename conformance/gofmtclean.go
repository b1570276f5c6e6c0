package conformance

import (
	"bytes"
	"fmt"
	"go/format"

	"github.com/specgen/specgen/generator"
)

// gofmtClean returns an error naming the first generated file go/format
// would change. The spec-dependent files are laid out by emit's own
// formatter (generator/emit/gofmt), which is held to go/format byte for
// byte on the golden and random corpora; every schema of the suite and of
// a real-schema corpus run here holds it to go/format as well, and a file
// that is not gofmt-clean is a generation failure.
func gofmtClean(files []generator.File) error {
	for _, f := range files {
		want, err := format.Source(f.Src)
		if err != nil {
			return fmt.Errorf("generated %s does not parse: %w", f.Path, err)
		}
		if !bytes.Equal(want, f.Src) {
			return fmt.Errorf("generated %s is not gofmt-clean", f.Path)
		}
	}
	return nil
}
