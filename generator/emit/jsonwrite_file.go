package emit

import (
	"embed"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strconv"
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

// runtimeDecl is one top-level declaration of the writer's sources: its
// text (doc comment included), the name it declares (a method's is its
// own name) and the identifiers it uses.
type runtimeDecl struct {
	text string
	name string
	uses []string
}

// jsonWriteFile returns jsonwrite.gen.go: the declarations of the writer's
// files that the generated files use, directly or through each other,
// under the generated header and package clause, with the imports they
// need. A method is kept when its name is used at all; a package that
// encodes no time, say, gets no time writer.
func (e *emitter) jsonWriteFile(generated []File) File {
	decls, imports := readRuntime()
	var used strings.Builder
	for _, f := range generated {
		used.Write(f.Src)
	}
	idents := map[string]bool{}
	for _, id := range identifier.FindAllString(used.String(), -1) {
		idents[id] = true
	}
	kept := make([]bool, len(decls))
	for changed := true; changed; {
		changed = false
		for i, d := range decls {
			if !kept[i] && idents[d.name] {
				kept[i], changed = true, true
				for _, u := range d.uses {
					idents[u] = true
				}
			}
		}
	}
	var body []string
	for i, d := range decls {
		if kept[i] {
			body = append(body, d.text)
		}
	}
	text := strings.Join(body, "\n\n")
	qualifiers := selectorNames(text)
	var need []string
	for _, im := range imports {
		if qualifiers[path.Base(im)] {
			need = append(need, strconv.Quote(im))
		}
	}
	src := "// " + Header + "\n\npackage " + e.cfg.Package + "\n\nimport (\n\t" + strings.Join(need, "\n\t") + "\n)\n\n" + text + "\n"
	out, err := format.Source([]byte(src))
	if err != nil {
		panic(err) // the sources are gofmt-clean Go
	}
	return File{Path: "jsonwrite.gen.go", Src: out}
}

var identifier = regexp.MustCompile(`[A-Za-z_]\w*`)

// selectorNames returns the names that stand before a dot in the Go
// declarations text (json in json.Marshal): the packages it uses, and the
// variables whose fields or methods it selects.
func selectorNames(text string) map[string]bool {
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p\n"+text, 0)
	if err != nil {
		panic(err) // declarations of compiled Go
	}
	names := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok {
				names[id.Name] = true
			}
		}
		return true
	})
	return names
}

// readRuntime parses the writer's sources into their declarations, in
// file order, and the imports they have.
func readRuntime() ([]runtimeDecl, []string) {
	names, _ := fs.Glob(jsonWriteSources, "runtime/jsonwrite*.go")
	var decls []runtimeDecl
	var imports []string
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := jsonWriteSources.ReadFile(name)
		if err != nil {
			panic(err) // embedded: cannot fail
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, name, src, parser.ParseComments)
		if err != nil {
			panic(err) // compiled and tested in place: cannot fail
		}
		for _, im := range f.Imports {
			p, _ := strconv.Unquote(im.Path.Value)
			imports = append(imports, p)
		}
		for _, d := range f.Decls {
			if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
				continue
			}
			start := d.Pos()
			var declName string
			switch d := d.(type) {
			case *ast.FuncDecl:
				declName = d.Name.Name
				if d.Doc != nil {
					start = d.Doc.Pos()
				}
			case *ast.GenDecl:
				if d.Doc != nil {
					start = d.Doc.Pos()
				}
				switch s := d.Specs[0].(type) {
				case *ast.TypeSpec:
					declName = s.Name.Name
				case *ast.ValueSpec:
					declName = s.Names[0].Name
				}
			}
			text := string(src[fset.Position(start).Offset:fset.Position(d.End()).Offset])
			uses := identifier.FindAllString(text, -1)
			decls = append(decls, runtimeDecl{text: text, name: declName, uses: uses})
		}
	}
	slices.Sort(imports)
	return decls, slices.Compact(imports)
}
