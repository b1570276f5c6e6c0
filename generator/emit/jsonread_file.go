package emit

import (
	"embed"
	"go/format"
	"go/parser"
	"go/token"
	"io/fs"
	"slices"
	"strconv"
	"strings"
)

// jsonReadSources are the JSON reader's files in generator/emit/runtime:
// fixed support code, written as ordinary Go and tested where it stands.
//
//go:embed runtime/jsonread*.go
var jsonReadSources embed.FS

// jsonReadFile returns jsonread.gen.go: the reader's files (tests left
// out) joined into one, with one import block and the package clause of
// the generated package. (Until the runtime package's copy mechanism
// copies what a package needs, the reader is copied whole.)
func (e *emitter) jsonReadFile() (File, error) {
	names, err := fs.Glob(jsonReadSources, "runtime/jsonread*.go")
	if err != nil {
		return File{}, err
	}
	var imports []string
	var bodies []string
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := jsonReadSources.ReadFile(name)
		if err != nil {
			return File{}, err
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, name, src, parser.ImportsOnly)
		if err != nil {
			return File{}, err
		}
		end := fset.Position(f.Name.End()).Offset
		for _, d := range f.Decls {
			end = fset.Position(d.End()).Offset
		}
		for _, spec := range f.Imports {
			path, _ := strconv.Unquote(spec.Path.Value)
			imports = append(imports, path)
		}
		bodies = append(bodies, string(src[end:]))
	}
	slices.Sort(imports)
	imports = slices.Compact(imports)
	var b strings.Builder
	b.WriteString("// " + Header + "\n\npackage " + e.cfg.Package + "\n\nimport (\n")
	for _, path := range imports {
		b.WriteString("\t" + strconv.Quote(path) + "\n")
	}
	b.WriteString(")\n")
	for _, body := range bodies {
		b.WriteString(body)
	}
	out, err := format.Source([]byte(b.String()))
	if err != nil {
		return File{}, err
	}
	return File{Path: "jsonread.gen.go", Src: out}, nil
}

