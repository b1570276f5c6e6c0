package golden_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"testing"

	"github.com/specgen/specgen/generator"
	"github.com/specgen/specgen/generator/ir"
)

// TestReservedNamesAreExactlyTheEmitted generates golden/client-server,
// golden/bodies-media-types, golden/websocket-follow and
// golden/schema-keywords (JSON values), which between them use every
// emitter, and
// checks that the exported package-level names the emitters define
// themselves are exactly ir.ReservedNames: a name missing from the list
// could collide with a schema's, and a listed name that is never emitted
// renames schemas for nothing.
func TestReservedNamesAreExactlyTheEmitted(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range []string{"client-server", "bodies-media-types", "websocket-follow", "schema-keywords"} {
		for _, name := range emittedNames(t, c) {
			seen[name] = true
		}
	}
	var emitted []string
	for name := range seen {
		emitted = append(emitted, name)
	}
	slices.Sort(emitted)
	reserved := slices.Clone(ir.ReservedNames)
	slices.Sort(reserved)
	if !slices.Equal(emitted, reserved) {
		t.Errorf("emitted names not from the spec:\n%q\nir.ReservedNames:\n%q", emitted, reserved)
	}
}

// emittedNames generates a golden case and lists the exported
// package-level names of its output that do not come from the spec.
func emittedNames(t *testing.T, dir string) []string {
	r, err := generator.Run(loadCase(t, dir))
	if err != nil {
		t.Fatal(err)
	}
	fromSpec := map[string]bool{}
	for _, d := range r.API.Decls {
		fromSpec[d.Name] = true
		fromSpec[d.DecodeName] = true
		if en, ok := d.Type.(*ir.Enum); ok {
			for _, v := range en.Values {
				fromSpec[v.Name] = true
			}
		}
	}
	for _, op := range r.API.Operations {
		fromSpec[op.ParamsType] = true
		fromSpec[op.ResultType] = true
		for _, resp := range op.Responses {
			fromSpec[resp.VariantType] = true
		}
		if op.Body != nil && op.Body.Chosen != nil && op.Body.Chosen.Form != nil {
			fromSpec[op.Body.Chosen.Form.TypeName] = true
		}
	}
	for _, s := range r.API.SecuritySchemes {
		fromSpec[s.OptionName] = true
	}
	var emitted []string
	for _, f := range r.Files {
		file, err := parser.ParseFile(token.NewFileSet(), f.Path, f.Src, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range topLevelNames(file) {
			if ast.IsExported(name) && !fromSpec[name] {
				emitted = append(emitted, name)
			}
		}
	}
	return emitted
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
