package emit

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"

	"github.com/specgen/specgen/generator/ir"
)

// sharedAPI is what lowering leaves of two configs' inline unions of one
// shape, anyOf [number, ExprRef] (lower/share.go): AreaAngle and its
// wrapper are declared, BarAngle and its wrapper are aliases of them.
func sharedAPI() *ir.API {
	expr := &ir.Decl{Name: "ExprRef", SchemaName: "ExprRef", Type: &ir.Struct{}}
	wrap := &ir.Decl{Name: "AreaAngleNumber", Origin: ir.OriginVariant, Wrapper: true,
		SchemaName: "#/definitions/Area/properties/angle/anyOf/0",
		Type:       &ir.Primitive{Kind: ir.KindFloat64}}
	union := &ir.Decl{Name: "AreaAngle", Origin: ir.OriginInline,
		SchemaName: "#/definitions/Area/properties/angle",
		Shares:     []string{"#/definitions/Bar/properties/angle"},
		Type: &ir.Union{ValueName: "AreaAngleValue", Variants: []*ir.Variant{
			{Decl: wrap, JSONType: ir.JSONNumber},
			{Decl: expr, JSONType: ir.JSONObject},
		}}}
	owner := func(name string) *ir.Decl {
		return &ir.Decl{Name: name, SchemaName: name, Type: &ir.Struct{Fields: []*ir.Field{
			{Name: "Angle", JSONName: "angle", Type: &ir.Ref{Decl: union}, Pointer: true},
		}}}
	}
	return &ir.API{
		Decls: []*ir.Decl{union, wrap, owner("AreaConfig"), owner("BarConfig"), expr},
		Aliases: []*ir.Alias{
			{Name: "BarAngle", SchemaName: "#/definitions/Bar/properties/angle", To: union, ValueName: "BarAngleValue"},
			{Name: "BarAngleNumber", SchemaName: "#/definitions/Bar/properties/angle/anyOf/0", To: wrap},
		},
	}
}

// TestEmitAliases: the names of declarations that share another's type
// are declared as aliases of it, a union's interface too, each in the
// file and at the place by name its declaration would have had, whatever
// the parts a file is built in; the package type-checks, and no method
// is declared on an alias.
func TestEmitAliases(t *testing.T) {
	var whole map[string]string
	for _, weight := range []int{-1, 1} {
		files, err := Emit(sharedAPI(), Config{Package: "p", PartWeight: weight})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, f := range files {
			got[f.Path] = string(f.Src)
		}
		if whole == nil {
			whole = got
		} else {
			for path, src := range got {
				if whole[path] != src {
					t.Errorf("%s differs when built in parts", path)
				}
			}
		}
	}
	inOrder(t, whole["types.gen.go"], "\ntype AreaAngleNumber float64\n", "\ntype AreaConfig struct",
		"\n// BarAngleNumber is the schema at #/definitions/Bar/properties/angle/anyOf/0, sharing AreaAngleNumber's Go type.\ntype BarAngleNumber = AreaAngleNumber\n",
		"\ntype BarConfig struct")
	inOrder(t, whole["unions.gen.go"], "\ntype AreaAngle struct",
		"\n// BarAngle is the schema at #/definitions/Bar/properties/angle, sharing AreaAngle's Go type. BarAngleValue is its interface.\ntype (\n\tBarAngle      = AreaAngle\n\tBarAngleValue = AreaAngleValue\n)\n")
	for path, src := range whole {
		if strings.Contains(src, "(*BarAngle") || strings.Contains(src, "(v BarAngle") {
			t.Errorf("%s declares a method on an alias", path)
		}
	}

	fset := token.NewFileSet()
	var parsed []*ast.File
	for path, src := range whole {
		f, err := parser.ParseFile(fset, path, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		parsed = append(parsed, f)
	}
	pkg, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, parsed, nil)
	if err != nil {
		t.Fatalf("the package does not type-check: %v", err)
	}
	for alias, to := range map[string]string{"BarAngle": "AreaAngle", "BarAngleValue": "AreaAngleValue", "BarAngleNumber": "AreaAngleNumber"} {
		a, b := pkg.Scope().Lookup(alias), pkg.Scope().Lookup(to)
		if a == nil || b == nil || !a.(*types.TypeName).IsAlias() || !types.Identical(a.Type(), b.Type()) {
			t.Errorf("%s is not an alias of %s", alias, to)
		}
	}
}

// inOrder fails unless src holds each of parts, one after the other.
func inOrder(t *testing.T, src string, parts ...string) {
	t.Helper()
	at := 0
	for _, p := range parts {
		i := strings.Index(src[at:], p)
		if i < 0 {
			t.Errorf("missing, or out of order: %q in\n%s", p, src)
			return
		}
		at += i + len(p)
	}
}

// TestEmitAliasValues: an alias of a shared enum keeps the constants the
// enum it stands for had, by their names and docs, each the shared
// enum's constant of its value (so of the alias's type), after the alias
// and before the next declaration.
func TestEmitAliasValues(t *testing.T) {
	values := func(prefix string) []*ir.EnumValue {
		return []*ir.EnumValue{{Name: prefix + "North", Value: "north", Doc: "Up."}, {Name: prefix + "South", Value: "south"}}
	}
	area := &ir.Decl{Name: "AreaAngle", Origin: ir.OriginInline, SchemaName: "#/Area/angle", Type: &ir.Enum{Base: &ir.Primitive{Kind: ir.KindString}, Values: values("AreaAngle")}}
	zone := &ir.Decl{Name: "Zone", SchemaName: "Zone", Type: &ir.Enum{Base: &ir.Primitive{Kind: ir.KindString}, Values: []*ir.EnumValue{{Name: "ZoneA", Value: "a"}}}}
	api := &ir.API{Decls: []*ir.Decl{area, zone}, Aliases: []*ir.Alias{
		{Name: "BarAngle", SchemaName: "#/Bar/angle", To: area, Values: values("BarAngle")},
	}}
	files, err := Emit(api, Config{Package: "p"})
	if err != nil {
		t.Fatal(err)
	}
	var enums string
	for _, f := range files {
		if f.Path == "enums.gen.go" {
			enums = string(f.Src)
		}
	}
	inOrder(t, enums, "\ntype AreaAngle string\n",
		"\ntype BarAngle = AreaAngle\n\n// The values of BarAngle that the schema lists: AreaAngle's constants, by its own names.\nconst (\n\t// Up.\n\tBarAngleNorth = AreaAngleNorth\n\tBarAngleSouth = AreaAngleSouth\n)\n",
		"\ntype Zone string\n")
	if n := strings.Count(enums, "= AreaAngle"); n != 3 {
		t.Errorf("%d uses of AreaAngle's names on the right of =, want the alias and its two constants", n)
	}
}
