package golden_test

import (
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/specgen/specgen/generator"
	"github.com/specgen/specgen/generator/ir"
)

var updateNames = flag.Bool("update-names", false, "rewrite generator/lower/derivednames.go from the golden cases' output")

// derivedNamesFile is where lowering reads the names this test derives.
const derivedNamesFile = "../generator/lower/derivednames.go"

// TestDerivedNames keeps lowering's reserved names what the emitters write,
// read off the output of every golden case rather than kept by hand:
//
//   - reservedNames, the exported package-level names the generated code
//     declares that are not the spec's (Client, NewHandler, JSONValue…),
//     which no schema may take;
//   - methodLocals, the names a client or server method of an operation
//     declares for itself (ctx, call, req, in, problems…), which no path
//     parameter's argument may take.
//
// Run `go test ./golden -run TestDerivedNames -update-names` after changing
// what the emitters declare; golden/param-names-locals then names a path
// parameter after every local.
func TestDerivedNames(t *testing.T) {
	reserved, locals := map[string]bool{}, map[string]bool{}
	literals := emitLiterals(t)
	dirs, err := filepath.Glob("*")
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range dirs {
		if !exists(filepath.Join(dir, "want")) {
			continue
		}
		r, err := generator.Run(loadCase(t, dir))
		if err != nil {
			t.Fatalf("%s: %v", dir, err)
		}
		collectNames(t, r, reserved, locals)
	}
	// A local made from the spec's names (pairsFilter, obj1) is not the
	// emitters' own: only names emit writes literally are kept.
	maps.DeleteFunc(locals, func(name string, _ bool) bool { return !literals[name] })
	want := derivedNamesSource(slices.Sorted(maps.Keys(reserved)), slices.Sorted(maps.Keys(locals)))
	if *updateNames {
		if err := os.WriteFile(derivedNamesFile, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(derivedNamesFile)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("%s is out of date with the emitters' output (run go test ./golden -run TestDerivedNames -update-names):\n%s", derivedNamesFile, want)
	}
}

// collectNames adds the exported names r's files declare that are not the
// spec's to reserved, and the locals of its operations' methods to locals.
func collectNames(t *testing.T, r *generator.Result, reserved, locals map[string]bool) {
	fromSpec := specNames(r.API)
	pathArgs, methods := map[string]bool{}, map[string]bool{}
	for _, op := range r.API.Operations {
		methods[op.Name], methods["serve"+op.Name], methods["match"+op.Name] = true, true, true
		for _, p := range op.ParamsIn(ir.InPath) {
			pathArgs[p.ArgName] = true
		}
	}
	for _, f := range r.Files {
		file, err := parser.ParseFile(token.NewFileSet(), f.Path, f.Src, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range topLevelNames(file) {
			if ast.IsExported(name) && !fromSpec[name] {
				reserved[name] = true
			}
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
// names it writes as they are (jen.Id("call")).
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

// specNames are the package-level names that come from the spec.
func specNames(api *ir.API) map[string]bool {
	fromSpec := map[string]bool{}
	for _, d := range api.Decls {
		fromSpec[d.Name] = true
		fromSpec[d.DecodeName] = true
		switch ty := d.Type.(type) {
		case *ir.Enum:
			for _, v := range ty.Values {
				fromSpec[v.Name] = true
			}
		case *ir.Union:
			fromSpec[ty.ValueName] = true
		}
	}
	for _, op := range api.Operations {
		fromSpec[op.ParamsType] = true
		fromSpec[op.ResultType] = true
		for _, resp := range op.Responses {
			fromSpec[resp.VariantType] = true
		}
		if op.Body != nil && op.Body.Chosen != nil && op.Body.Chosen.Form != nil {
			fromSpec[op.Body.Chosen.Form.TypeName] = true
		}
	}
	for _, s := range api.SecuritySchemes {
		fromSpec[s.OptionName] = true
	}
	return fromSpec
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

// derivedNamesSource is lower/derivednames.go holding the two lists.
func derivedNamesSource(reserved, locals []string) string {
	var b strings.Builder
	b.WriteString("// Code generated by golden's TestDerivedNames -update-names from the golden cases' output. DO NOT EDIT.\n\n")
	b.WriteString("package lower\n\n")
	b.WriteString("// reservedNames are the exported package-level names generated code\n")
	b.WriteString("// declares that do not come from the spec: lowering claims them before any\n")
	b.WriteString("// schema is named (so a schema called \"Client\" becomes \"Client2\", with a\n")
	b.WriteString("// note), for schema-only runs too, so that adding operations to a spec never\n")
	b.WriteString("// renames its types.\n")
	list(&b, "reservedNames", reserved)
	b.WriteString("\n// methodLocals are the names the client and server methods of an operation\n")
	b.WriteString("// declare for themselves (parameters other than path ones, and locals): a\n")
	b.WriteString("// path parameter's argument named like one gets a suffix.\n")
	list(&b, "methodLocals", locals)
	return b.String()
}

func list(b *strings.Builder, name string, names []string) {
	fmt.Fprintf(b, "var %s = []string{\n", name)
	for _, n := range names {
		fmt.Fprintf(b, "\t%q,\n", n)
	}
	b.WriteString("}\n")
}

// topLevelNames lists the package-level names a file declares (not
// methods).
func topLevelNames(f *ast.File) []string {
	var out []string
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil {
				out = append(out, d.Name.Name)
			}
		case *ast.GenDecl:
			for _, s := range d.Specs {
				switch s := s.(type) {
				case *ast.TypeSpec:
					out = append(out, s.Name.Name)
				case *ast.ValueSpec:
					for _, n := range s.Names {
						out = append(out, n.Name)
					}
				}
			}
		}
	}
	return out
}
