package emit

import (
	"embed"
	"go/ast"
	"go/format"
	"go/parser"
	"go/scanner"
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

// jsonReadFile returns jsonread.gen.go: the declarations of the reader's
// files (tests left out) that the generated files reach, joined into one
// with one import block and the package clause of the generated package.
// A package whose types are all strings gets no map or float decoding.
// (An interim copy: the runtime package's mechanism is to take this over.)
func (e *emitter) jsonReadFile(generated []File) (File, error) {
	decls, err := runtimeDecls()
	if err != nil {
		return File{}, err
	}
	want := map[string]bool{}
	for _, f := range generated {
		identsOf(f.Src, want)
	}
	kept := reach(decls, want)
	var imports []string
	var body strings.Builder
	for _, d := range decls {
		if !kept[d] {
			continue
		}
		for _, imp := range d.imports {
			if !slices.Contains(imports, imp) {
				imports = append(imports, imp)
			}
		}
		body.WriteString("\n" + d.src + "\n")
	}
	slices.Sort(imports)
	var b strings.Builder
	b.WriteString("// " + Header + "\n\npackage " + e.cfg.Package + "\n\nimport (\n")
	for _, path := range imports {
		b.WriteString("\t" + strconv.Quote(path) + "\n")
	}
	b.WriteString(")\n")
	b.WriteString(body.String())
	out, err := format.Source([]byte(b.String()))
	if err != nil {
		return File{}, err
	}
	return File{Path: "jsonread.gen.go", Src: out}, nil
}

// runtimeDecl is one top-level declaration of the reader's source.
type runtimeDecl struct {
	name    string // the name declared; for a method, its own name
	recv    string // a method's receiver type
	src     string // its text, doc comment included
	refs    []string
	imports []string // the import paths it uses
}

// runtimeDecls parses the reader's files into declarations, in order.
func runtimeDecls() ([]*runtimeDecl, error) {
	names, err := fs.Glob(jsonReadSources, "runtime/jsonread*.go")
	if err != nil {
		return nil, err
	}
	var out []*runtimeDecl
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := jsonReadSources.ReadFile(name)
		if err != nil {
			return nil, err
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, name, src, parser.ParseComments)
		if err != nil {
			return nil, err
		}
		pkgs := map[string]string{} // package name -> import path
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			pkgs[path[strings.LastIndex(path, "/")+1:]] = path
		}
		for _, decl := range f.Decls {
			d := &runtimeDecl{}
			start := decl.Pos()
			switch decl := decl.(type) {
			case *ast.GenDecl:
				if decl.Tok == token.IMPORT {
					continue
				}
				if decl.Doc != nil {
					start = decl.Doc.Pos()
				}
				for _, spec := range decl.Specs {
					switch spec := spec.(type) {
					case *ast.TypeSpec:
						d.name = spec.Name.Name
					case *ast.ValueSpec:
						d.name = spec.Names[0].Name
					}
				}
			case *ast.FuncDecl:
				if decl.Doc != nil {
					start = decl.Doc.Pos()
				}
				d.name = decl.Name.Name
				if decl.Recv != nil {
					d.recv = recvName(decl.Recv.List[0].Type)
				}
			}
			d.src = string(src[fset.Position(start).Offset:fset.Position(decl.End()).Offset])
			seen := map[string]bool{}
			ast.Inspect(decl, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.Ident:
					if !seen[n.Name] {
						seen[n.Name] = true
						d.refs = append(d.refs, n.Name)
					}
				case *ast.SelectorExpr:
					if x, ok := n.X.(*ast.Ident); ok {
						if path, ok := pkgs[x.Name]; ok && !slices.Contains(d.imports, path) {
							d.imports = append(d.imports, path)
						}
					}
				}
				return true
			})
			out = append(out, d)
		}
	}
	return out, nil
}

// recvName is the type name of a method's receiver (*jsonReader → jsonReader).
func recvName(x ast.Expr) string {
	if star, ok := x.(*ast.StarExpr); ok {
		x = star.X
	}
	if id, ok := x.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

// reach returns the declarations reachable from the names in want: a
// function, type, variable or constant named there, and then what those
// name; a method when its type is kept and its name is named.
func reach(decls []*runtimeDecl, want map[string]bool) map[*runtimeDecl]bool {
	kept := map[*runtimeDecl]bool{}
	for changed := true; changed; {
		changed = false
		for _, d := range decls {
			if kept[d] || !want[d.name] || d.recv != "" && !want[d.recv] {
				continue
			}
			kept[d] = true
			changed = true
			for _, r := range d.refs {
				want[r] = true
			}
		}
	}
	return kept
}

// identsOf adds the identifiers of Go source to names.
func identsOf(src []byte, names map[string]bool) {
	var s scanner.Scanner
	fset := token.NewFileSet()
	s.Init(fset.AddFile("", -1, len(src)), src, nil, 0)
	for {
		_, tok, lit := s.Scan()
		if tok == token.EOF {
			return
		}
		if tok == token.IDENT {
			names[lit] = true
		}
	}
}
