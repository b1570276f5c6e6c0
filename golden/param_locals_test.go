package golden_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"maps"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/specgen/specgen/generator"
	"github.com/specgen/specgen/generator/ir"
)

// localsCase names a path parameter after every local of the generated
// methods: emit claims its locals per function after the path parameters
// (generator/emit/locals.go), so each parameter keeps its name and the
// local takes a suffix, and the case compiles.
const localsCase = "param-names-locals"

// TestParamsNamedLikeLocals keeps golden/param-names-locals complete: every
// name that an operation's Client or handler method declares in any golden
// case's output, and that emit writes as it is (not one made from the
// spec's names, such as pairsFilter, of which the case has its own), is a
// path parameter of the case. A new local fails here until the case names
// a parameter after it; that the case then compiles is TestGolden's (every
// want/ is compiled). Random documents whose parameters take the emitters'
// names are generator/randspec's TestRandomDocuments.
func TestParamsNamedLikeLocals(t *testing.T) {
	literals := emitLiterals(t)
	dirs, err := filepath.Glob("*")
	if err != nil {
		t.Fatal(err)
	}
	locals := map[string]bool{}
	for _, dir := range dirs {
		if !exists(filepath.Join(dir, "want")) {
			continue
		}
		r, err := generator.Run(loadCase(t, dir))
		if err != nil {
			t.Fatalf("%s: %v", dir, err)
		}
		collectLocals(t, r, locals)
	}
	maps.DeleteFunc(locals, func(name string, _ bool) bool { return !literals[name] })
	if len(locals) < 30 {
		t.Fatalf("only %d locals found: %v", len(locals), slices.Sorted(maps.Keys(locals)))
	}
	r, err := generator.Run(loadCase(t, localsCase))
	if err != nil {
		t.Fatal(err)
	}
	named := map[string]bool{}
	for _, op := range r.API.Operations {
		for _, p := range op.ParamsIn(ir.InPath) {
			named[p.WireName] = true
		}
	}
	var missing []string
	for _, name := range slices.Sorted(maps.Keys(locals)) {
		if !named[name] {
			missing = append(missing, name)
		}
	}
	if len(missing) > 0 {
		t.Errorf("golden/%s names no path parameter after these locals of generated methods: %s", localsCase, strings.Join(missing, ", "))
	}
}

// collectLocals adds the names r's Client and handler methods of
// operations declare, other than their path parameters, to locals.
func collectLocals(t *testing.T, r *generator.Result, locals map[string]bool) {
	pathArgs, methods := map[string]bool{}, map[string]bool{}
	for _, op := range r.API.Operations {
		methods[op.Name], methods["serve"+op.Name], methods["match"+op.Name] = true, true, true
		if op.Follow != nil {
			methods[op.Follow.Name] = true
		}
		for _, p := range op.ParamsIn(ir.InPath) {
			pathArgs[p.ArgName] = true
		}
	}
	for _, f := range r.Files {
		file, err := parser.ParseFile(token.NewFileSet(), f.Path, f.Src, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range file.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || !methods[fd.Name.Name] || !operationReceiver(fd) {
				continue
			}
			for _, name := range declaredIn(fd) {
				if !pathArgs[name] {
					locals[name] = true
				}
			}
		}
	}
}

// emitLiterals are the string literals of generator/emit's source: the
// names it writes as they are (e.id("call"), jen.Id("h")).
func emitLiterals(t *testing.T) map[string]bool {
	srcs, err := filepath.Glob("../generator/emit/*.go")
	if err != nil || len(srcs) == 0 {
		t.Fatalf("no emit sources: %v", err)
	}
	out := map[string]bool{}
	for _, p := range srcs {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), p, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if s, err := strconv.Unquote(lit.Value); err == nil {
					out[s] = true
				}
			}
			return true
		})
	}
	return out
}

// operationReceiver reports whether fd is a method of the Client or the
// handler, where an operation's path arguments are in scope.
func operationReceiver(fd *ast.FuncDecl) bool {
	x := fd.Recv.List[0].Type
	if s, ok := x.(*ast.StarExpr); ok {
		x = s.X
	}
	id, ok := x.(*ast.Ident)
	return ok && (id.Name == "Client" || id.Name == "handler")
}

// declaredIn lists the names fd declares: its receiver, parameters and
// results, and every local of its body and of the closures in it.
func declaredIn(fd *ast.FuncDecl) []string {
	var out []string
	fields := func(fl *ast.FieldList) {
		if fl == nil {
			return
		}
		for _, f := range fl.List {
			for _, n := range f.Names {
				out = append(out, n.Name)
			}
		}
	}
	fields(fd.Recv)
	ast.Inspect(fd, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncType:
			fields(n.Params)
			fields(n.Results)
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				for _, l := range n.Lhs {
					out = append(out, l.(*ast.Ident).Name)
				}
			}
		case *ast.ValueSpec:
			for _, name := range n.Names {
				out = append(out, name.Name)
			}
		case *ast.RangeStmt:
			if n.Tok == token.DEFINE {
				for _, x := range []ast.Expr{n.Key, n.Value} {
					if id, ok := x.(*ast.Ident); ok {
						out = append(out, id.Name)
					}
				}
			}
		case *ast.TypeSwitchStmt:
			if a, ok := n.Assign.(*ast.AssignStmt); ok {
				out = append(out, a.Lhs[0].(*ast.Ident).Name)
			}
		}
		return true
	})
	var kept []string
	for _, name := range out {
		if name != "_" {
			kept = append(kept, name)
		}
	}
	return kept
}
