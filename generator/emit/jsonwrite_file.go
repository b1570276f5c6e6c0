package emit

import (
	"embed"
	"go/format"
	"go/parser"
	"go/token"
	"io/fs"
	"slices"
	"strings"
)

// jsonWriteSources are the JSON writer's files in generator/emit/runtime
// (jsonwrite*.go): fixed support code, written as ordinary Go and tested
// where it stands.
//
//go:embed runtime/jsonwrite*.go
var jsonWriteSources embed.FS

// encodes reports whether the package writes JSON through the writer: it
// has types, or operations whose bodies the client and server encode.
func (e *emitter) encodes() bool { return len(e.api.Decls) > 0 || len(e.api.Operations) > 0 }

// jsonWriteFile returns jsonwrite.gen.go: the writer's files joined into
// one, under the generated header and package clause, their imports
// merged. (It is copied whole until the runtime package's copying takes
// only what a package uses.)
func (e *emitter) jsonWriteFile() File {
	names, _ := fs.Glob(jsonWriteSources, "runtime/jsonwrite*.go")
	var imports, bodies []string
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := jsonWriteSources.ReadFile(name)
		if err != nil {
			panic(err) // embedded: cannot fail
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, name, src, parser.ImportsOnly)
		if err != nil {
			panic(err) // compiled and tested in place: cannot fail
		}
		for _, im := range f.Imports {
			imports = append(imports, im.Path.Value)
		}
		end := fset.Position(f.Name.End()).Offset
		if len(f.Decls) > 0 {
			end = fset.Position(f.Decls[len(f.Decls)-1].End()).Offset
		}
		bodies = append(bodies, strings.TrimSpace(string(src[end:])))
	}
	slices.Sort(imports)
	imports = slices.Compact(imports)
	src := "// " + Header + "\n\npackage " + e.cfg.Package + "\n\nimport (\n\t" + strings.Join(imports, "\n\t") + "\n)\n\n" + strings.Join(bodies, "\n\n") + "\n"
	out, err := format.Source([]byte(src))
	if err != nil {
		panic(err) // the sources are gofmt-clean Go
	}
	return File{Path: "jsonwrite.gen.go", Src: out}
}
