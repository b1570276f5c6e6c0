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
	"unicode"

	"github.com/specgen/specgen/generator"
	"github.com/specgen/specgen/generator/ir"
)

// fixedNamesFile is where lowering keeps the names generated code may
// declare whatever the spec, read from the runtime's and the emitters'
// source (generator/lower's TestEmitNames).
const fixedNamesFile = "../generator/lower/fixednames.go"

// TestDerivedNames checks lowering's fixedNames against what the emitters
// write: every package-level name the output of a golden case declares
// that the spec did not name (Client, NewHandler, JSONValue, isEmptyBody…)
// must be one of them, or a schema, value check or path parameter could
// take it and the package would not compile. fixedNames is read from the
// source (the runtime's declarations, the emitters' f.Func().Id("…")); this
// catches a fixed name that source scan misses, wherever a golden case
// reaches the emitter. That no spec-made name can take one is
// TestNamedLikeFixedNames.
func TestDerivedNames(t *testing.T) {
	fixed := readFixedNames(t)
	missing := map[string][]string{}
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
		reserved := map[string]bool{}
		collectReserved(t, r, reserved)
		for name := range reserved {
			if !fixed[name] {
				missing[name] = append(missing[name], dir)
			}
		}
	}
	for _, name := range slices.Sorted(maps.Keys(missing)) {
		t.Errorf("%s declares %s, which is not in %s (declare it where TestEmitNames reads fixed names, then run go test ./generator/lower -run TestEmitNames -update-emit-names)", missing[name][0], name, fixedNamesFile)
	}
}

// readFixedNames reads the string literals of lowering's fixedNames.
func readFixedNames(t *testing.T) map[string]bool {
	f, err := parser.ParseFile(token.NewFileSet(), fixedNamesFile, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
			s, err := strconv.Unquote(lit.Value)
			if err != nil {
				t.Fatal(err)
			}
			names[s] = true
		}
		return true
	})
	if len(names) < 100 {
		t.Fatalf("only %d names in %s", len(names), fixedNamesFile)
	}
	return names
}

// collectReserved adds the package-level names r's files declare that are
// not the spec's to reserved.
func collectReserved(t *testing.T, r *generator.Result, reserved map[string]bool) {
	fromSpec := specNames(r.API)
	for _, f := range r.Files {
		file, err := parser.ParseFile(token.NewFileSet(), f.Path, f.Src, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range topLevelNames(file) {
			if name != "_" && !fromSpec[name] {
				reserved[name] = true
			}
		}
	}
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
	for _, a := range api.Aliases {
		fromSpec[a.Name] = true
		fromSpec[a.ValueName] = true
		for _, v := range a.Values {
			fromSpec[v.Name] = true
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
	for _, op := range api.Operations {
		if op.Auth == nil {
			continue
		}
		for _, alt := range op.Auth.Unchecked {
			for _, s := range alt {
				fromSpec[s.CheckName] = true
			}
		}
	}
	for _, s := range api.SecuritySchemes {
		fromSpec[s.OptionName] = true
		fromSpec["scheme"+s.GoName] = true
	}
	for _, d := range api.Decls {
		fromSpec["jsonFields"+d.Name] = true
		fromSpec["jsonTuple"+d.Name] = true
		fromSpec["sortedValues"+d.Name] = true
	}
	for _, op := range api.Operations {
		fromSpec["validate"+op.Name+"Body"] = true
		fromSpec["validate"+op.Name+"Params"] = true
	}
	for _, vs := range api.ValueSchemas {
		base := strings.TrimPrefix(vs.Name, "check")
		for _, n := range []string{vs.Name, "annot" + base, "annot" + base + "Own", "enum" + base, "const" + base} {
			fromSpec[n] = true
		}
	}
	for _, p := range api.Patterns {
		fromSpec[p.Name] = true
	}
	return fromSpec
}

// specPrefixes begin the package-level names emit makes of the spec's
// names (jsonFieldsWorkspace, jsonTuplePoint, sortedValuesWorkspaceStatus,
// patternWorkspaceName, schemeToken…): a
// fixed name that began with one and went on as a name does could be
// declared twice.
var specPrefixes = []string{"annot", "check", "const", "Decode", "enum", "jsonFields", "jsonTuple", "pattern", "scheme", "sortedValues", "validate"}

// TestFixedNamesApartFromSpecNames checks that no fixed name has the form
// of a name emit makes of a spec's name.
func TestFixedNamesApartFromSpecNames(t *testing.T) {
	for name := range readFixedNames(t) {
		for _, pre := range specPrefixes {
			if rest, ok := strings.CutPrefix(name, pre); ok && rest != "" && unicode.IsUpper(rune(rest[0])) {
				t.Errorf("fixed name %s has the form of names made of the spec's (%s…): rename it", name, pre)
			}
		}
	}
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
