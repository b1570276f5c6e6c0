package lower

import (
	"slices"
	"testing"

	"github.com/specgen/specgen/generator/ir"
)

// shareAPI builds an API of two structs, named, each with an inline
// union property: anyOf [number ≤ max, ExprRef] — the shape Vega-Lite
// repeats — and returns it with the unions and their wrappers.
func shareAPI(maxA, maxB float64) (api *ir.API, unionA, unionB, wrapA, wrapB *ir.Decl) {
	expr := &ir.Decl{Name: "ExprRef", SchemaName: "ExprRef", Type: &ir.Struct{}}
	union := func(owner string, max float64) (*ir.Decl, *ir.Decl) {
		w := &ir.Decl{Name: owner + "AngleNumber", Origin: ir.OriginVariant, Wrapper: true,
			SchemaName: "#/definitions/" + owner + "/properties/angle/anyOf/0",
			Doc:        owner + "AngleNumber holds a variant of a union that is not a named object type.",
			Type:       &ir.Primitive{Kind: ir.KindFloat64, Check: ir.Rules{Maximum: &max}}}
		u := &ir.Decl{Name: owner + "Angle", Origin: ir.OriginInline,
			SchemaName: "#/definitions/" + owner + "/properties/angle",
			Source:     ir.Source{Pointer: "#/definitions/" + owner + "/properties/angle"},
			Type: &ir.Union{ValueName: owner + "AngleValue", Variants: []*ir.Variant{
				{Decl: w, JSONType: ir.JSONNumber},
				{Decl: expr, JSONType: ir.JSONObject, Required: []string{"expr"}},
			}}}
		return u, w
	}
	unionA, wrapA = union("Area", maxA)
	unionB, wrapB = union("Bar", maxB)
	owner := func(name string, u *ir.Decl) *ir.Decl {
		return &ir.Decl{Name: name, SchemaName: name, Type: &ir.Struct{Fields: []*ir.Field{
			{Name: "Angle", JSONName: "angle", Type: &ir.Ref{Decl: u}},
		}}}
	}
	api = &ir.API{Decls: []*ir.Decl{owner("AreaConfig", unionA), unionA, wrapA, owner("BarConfig", unionB), unionB, wrapB, expr}}
	sortDecls(api.Decls)
	return api, unionA, unionB, wrapA, wrapB
}

func declNames(api *ir.API) []string {
	var names []string
	for _, d := range api.Decls {
		names = append(names, d.Name)
	}
	return names
}

func fieldDecl(api *ir.API, owner string) *ir.Decl {
	for _, d := range api.Decls {
		if d.Name == owner {
			return d.Type.(*ir.Struct).Fields[0].Type.(*ir.Ref).Decl
		}
	}
	return nil
}

// TestShareEqualShapes: two inline unions whose variants are equal but for
// their names become one type, named by the first, its wrapper too, and
// every use of the other refers to it.
func TestShareEqualShapes(t *testing.T) {
	api, unionA, unionB, wrapA, wrapB := shareAPI(360, 360)
	shareEqual(api)
	if got, want := declNames(api), []string{"AreaAngle", "AreaAngleNumber", "AreaConfig", "BarConfig", "ExprRef"}; !slices.Equal(got, want) {
		t.Fatalf("decls %v, want %v", got, want)
	}
	if fieldDecl(api, "BarConfig") != unionA {
		t.Errorf("BarConfig.Angle is %s, want the shared AreaAngle", fieldDecl(api, "BarConfig").Name)
	}
	if v := unionA.Type.(*ir.Union).Variants[0].Decl; v != wrapA {
		t.Errorf("the shared union holds %s, want AreaAngleNumber", v.Name)
	}
	if want := []string{unionB.SchemaName}; !slices.Equal(unionA.Shares, want) {
		t.Errorf("AreaAngle.Shares = %v, want %v", unionA.Shares, want)
	}
	if want := []string{wrapB.SchemaName}; !slices.Equal(wrapA.Shares, want) {
		t.Errorf("AreaAngleNumber.Shares = %v, want %v", wrapA.Shares, want)
	}
}

// TestShareEqualAliases: the names the shared-away union and wrapper had
// stay, as aliases of the shared type in name order (the union's
// interface with the union); declarations that keep their types get
// none.
func TestShareEqualAliases(t *testing.T) {
	api, unionA, unionB, wrapA, wrapB := shareAPI(360, 360)
	shareEqual(api)
	want := []ir.Alias{
		{Name: "BarAngle", SchemaName: unionB.SchemaName, To: unionA, ValueName: "BarAngleValue"},
		{Name: "BarAngleNumber", SchemaName: wrapB.SchemaName, To: wrapA},
	}
	if len(api.Aliases) != len(want) {
		t.Fatalf("%d aliases, want %d", len(api.Aliases), len(want))
	}
	for i, a := range api.Aliases {
		if a.Name != want[i].Name || a.SchemaName != want[i].SchemaName || a.To != want[i].To || a.ValueName != want[i].ValueName || a.Values != nil {
			t.Errorf("alias %d is %s = %s (%q, %q, %d values), want %s = %s (%q, %q, none)", i,
				a.Name, a.To.Name, a.SchemaName, a.ValueName, len(a.Values), want[i].Name, want[i].To.Name, want[i].SchemaName, want[i].ValueName)
		}
	}

	api, _, _, _, _ = shareAPI(360, 90)
	shareEqual(api)
	if api.Aliases != nil {
		t.Errorf("declarations that keep their types got aliases")
	}
}

// TestShareEqualKeepsDifferentRules: a bound that differs in a variant
// keeps the unions apart (the variants differ, so the unions do).
func TestShareEqualKeepsDifferentRules(t *testing.T) {
	api, unionA, unionB, _, _ := shareAPI(360, 90)
	shareEqual(api)
	if len(api.Decls) != 7 {
		t.Fatalf("decls %v, want all 7", declNames(api))
	}
	if fieldDecl(api, "BarConfig") != unionB || unionA.Shares != nil {
		t.Errorf("unions of different bounds shared a type")
	}
}

// TestShareEqualNamedKept: named schemas of one shape keep their types.
func TestShareEqualNamedKept(t *testing.T) {
	a := &ir.Decl{Name: "A", SchemaName: "A", Type: &ir.Struct{}}
	b := &ir.Decl{Name: "B", SchemaName: "B", Type: &ir.Struct{}}
	api := &ir.API{Decls: []*ir.Decl{a, b}}
	shareEqual(api)
	if len(api.Decls) != 2 || a.Shares != nil {
		t.Errorf("named schemas shared: %v", declNames(api))
	}
}

// TestShareEqualRecursive: two inline structs that each hold a list of
// themselves are of one shape (equality is the coarsest that refines
// itself, not the finest a walk would reach), and one that holds a list
// of the other named type is not.
func TestShareEqualRecursive(t *testing.T) {
	self := func(name string) *ir.Decl {
		d := &ir.Decl{Name: name, Origin: ir.OriginInline, SchemaName: "#/" + name}
		d.Type = &ir.Struct{Fields: []*ir.Field{{Name: "Children", JSONName: "children", Type: &ir.Slice{Elem: &ir.Ref{Decl: d}}}}}
		return d
	}
	named := &ir.Decl{Name: "Node", SchemaName: "Node", Type: &ir.Struct{}}
	other := &ir.Decl{Name: "Z", Origin: ir.OriginInline, SchemaName: "#/Z",
		Type: &ir.Struct{Fields: []*ir.Field{{Name: "Children", JSONName: "children", Type: &ir.Slice{Elem: &ir.Ref{Decl: named}}}}}}
	x, y := self("X"), self("Y")
	api := &ir.API{Decls: []*ir.Decl{named, x, y, other}}
	shareEqual(api)
	if got, want := declNames(api), []string{"Node", "X", "Z"}; !slices.Equal(got, want) {
		t.Fatalf("decls %v, want %v", got, want)
	}
	if e := x.Type.(*ir.Struct).Fields[0].Type.(*ir.Slice).Elem.(*ir.Ref); e.Decl != x {
		t.Errorf("X's children are %s, want X", e.Decl.Name)
	}
}

// TestShareEqualValueChecks: value checks of one body but for name and
// place share the first's function, and the checks that called the other
// call it.
func TestShareEqualValueChecks(t *testing.T) {
	str := func(name, at string) *ir.ValueSchema {
		return &ir.ValueSchema{Name: name, Source: ir.Source{Pointer: at}, Types: []string{"string"}, Pattern: "^a"}
	}
	a, b := str("checkA", "#/a"), str("checkB", "#/b")
	c := &ir.ValueSchema{Name: "checkC", Source: ir.Source{Pointer: "#/c"}, AnyOf: []*ir.ValueSchema{b, {Name: "checkD", Types: []string{"string"}}}}
	api := &ir.API{ValueSchemas: []*ir.ValueSchema{a, b, c, c.AnyOf[1]}}
	shareEqual(api)
	if len(api.ValueSchemas) != 3 || c.AnyOf[0] != a || !slices.Equal(a.Shares, []string{"#/b"}) {
		var names []string
		for _, vs := range api.ValueSchemas {
			names = append(names, vs.Name)
		}
		t.Errorf("checks %v, checkC's first %s, A shares %v", names, c.AnyOf[0].Name, a.Shares)
	}
}

// TestShareEqualVariantsApart: two variants of one union keep their own
// types though their shapes are equal (a union holds each variant as a
// type of its own: one type would be declared its variant twice); the
// unions, whose variants are now told apart by name, keep theirs too.
func TestShareEqualVariantsApart(t *testing.T) {
	union := func(name string) []*ir.Decl {
		v0 := &ir.Decl{Name: name + "Object", Origin: ir.OriginInline, SchemaName: "#/" + name + "/oneOf/0", Type: &ir.Struct{}}
		v1 := &ir.Decl{Name: name + "Object2", Origin: ir.OriginInline, SchemaName: "#/" + name + "/oneOf/1", Type: &ir.Struct{}}
		u := &ir.Decl{Name: name, Origin: ir.OriginInline, SchemaName: "#/" + name, Type: &ir.Union{ValueName: name + "Value", OneOf: true,
			Variants: []*ir.Variant{{Decl: v0, JSONType: ir.JSONObject}, {Decl: v1, JSONType: ir.JSONObject}}}}
		return []*ir.Decl{u, v0, v1}
	}
	api := &ir.API{Decls: append(union("A"), union("B")...)}
	sortDecls(api.Decls)
	shareEqual(api)
	if got, want := declNames(api), []string{"A", "AObject", "AObject2", "B", "BObject", "BObject2"}; !slices.Equal(got, want) {
		t.Fatalf("decls %v, want %v", got, want)
	}
	for _, d := range api.Decls {
		if u, ok := d.Type.(*ir.Union); ok && u.Variants[0].Decl == u.Variants[1].Decl {
			t.Errorf("%s holds one type as both variants", d.Name)
		}
	}
}

// TestShareEqualEnumValues: an enum shared away keeps its constants in
// its alias, by its own names, one for each of the shared enum's values
// in order; the shared enum's are unchanged.
func TestShareEqualEnumValues(t *testing.T) {
	enum := func(owner string) *ir.Decl {
		return &ir.Decl{Name: owner + "Angle", Origin: ir.OriginInline, SchemaName: "#/" + owner + "/angle",
			Type: &ir.Enum{Base: &ir.Primitive{Kind: ir.KindString}, Values: []*ir.EnumValue{
				{Name: owner + "AngleNorth", Value: "north"}, {Name: owner + "AngleSouth", Value: "south"}}}}
	}
	area, bar := enum("Area"), enum("Bar")
	api := &ir.API{Decls: []*ir.Decl{area, bar}}
	shareEqual(api)
	if len(api.Decls) != 1 || len(api.Aliases) != 1 {
		t.Fatalf("decls %v, %d aliases: want AreaAngle and one alias", declNames(api), len(api.Aliases))
	}
	var got, kept []string
	for _, v := range api.Aliases[0].Values {
		got = append(got, v.Name)
	}
	for _, v := range area.Type.(*ir.Enum).Values {
		kept = append(kept, v.Name)
	}
	if want := []string{"BarAngleNorth", "BarAngleSouth"}; !slices.Equal(got, want) {
		t.Errorf("BarAngle's constants %v, want %v", got, want)
	}
	if want := []string{"AreaAngleNorth", "AreaAngleSouth"}; !slices.Equal(kept, want) {
		t.Errorf("AreaAngle's constants %v, want %v", kept, want)
	}
}
