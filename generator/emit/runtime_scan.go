package emit

import (
	"fmt"
	"go/ast"
	"go/token"
)

// scanSyntax reads one spec-dependent file's syntax tree for its fileScan
// (the tree renderGo parsed to format the file, so the file is not read
// again). Every identifier counts as a use but the name selected after a
// dot (v.validate, strconv.Quote), which counts as a selected method name;
// the types declared at top level that the runtime's provided.go stands in
// for count as declared; and a top-level declaration of a runtime name is a
// collision lowering should have prevented (generator/lower/emitnames.go),
// reported rather than emitted. Each name is listed in order of first use.
func scanSyntax(t *runtimeTable, path string, file *ast.File) (fileScan, error) {
	for _, d := range file.Decls {
		for _, name := range topLevelNames(d) {
			if rd, ok := t.decls[name.Name]; ok {
				return fileScan{}, fmt.Errorf("emit: %s declares %s, which runtime/%s.go declares too", path, name.Name, rd.file.name)
			}
		}
	}
	var out fileScan
	seen := map[string]bool{}
	add := func(list *[]string, key, name string) {
		if !seen[key] {
			seen[key] = true
			*list = append(*list, name)
		}
	}
	for _, d := range file.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.TYPE {
			for _, s := range g.Specs {
				if n := s.(*ast.TypeSpec).Name.Name; t.provided[n] {
					add(&out.declared, "type "+n, n)
				}
			}
		}
	}
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			ast.Inspect(n.X, visit)
			if name := n.Sel.Name; t.byUse[name] != nil {
				add(&out.selected, "."+name, name)
			}
			return false
		case *ast.Ident:
			if _, ok := t.decls[n.Name]; ok {
				add(&out.used, n.Name, n.Name)
			}
		}
		return true
	}
	ast.Inspect(file, visit)
	return out, nil
}

// topLevelNames are the package-level names a declaration declares
// (methods declare none).
func topLevelNames(d ast.Decl) []*ast.Ident {
	switch d := d.(type) {
	case *ast.FuncDecl:
		if d.Recv == nil {
			return []*ast.Ident{d.Name}
		}
	case *ast.GenDecl:
		var names []*ast.Ident
		for _, s := range d.Specs {
			switch s := s.(type) {
			case *ast.TypeSpec:
				names = append(names, s.Name)
			case *ast.ValueSpec:
				names = append(names, s.Names...)
			}
		}
		return names
	}
	return nil
}
