package emit

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// genEqual writes Equal for a tracked struct. go-cmp compares a type with
// an Equal method by calling it, and cannot read unexported fields without
// one: without it cmp.Diff would panic on the decoded field. Equal ignores
// what decoding recorded, at every depth (a decoded Workspace holds a
// decoded WorkspaceBuild), so a decoded value equals the same value built
// in Go.
//
//	func (v CreateWorkspaceRequest) Equal(o CreateWorkspaceRequest) bool {
//		return equalValues(reflect.ValueOf(v), reflect.ValueOf(o))
//	}
func genEqual(f *jen.File, d *ir.Decl) {
	f.Line()
	f.Comment(fmt.Sprintf("// Equal reports whether v and o hold the same values, whatever decoding\n// recorded about them (go-cmp compares %s through it).", d.Name))
	f.Func().Params(jen.Id("v").Id(d.Name)).Id("Equal").Params(jen.Id("o").Id(d.Name)).Bool().Block(
		jen.Return(jen.Id("equalValues").Call(jen.Qual("reflect", "ValueOf").Call(jen.Id("v")), jen.Qual("reflect", "ValueOf").Call(jen.Id("o")))),
	)
}

// genEqualValues writes equalValues: reflect.DeepEqual, except that the
// decodeState fields of structs are left out. It reads values through
// reflect's typed accessors, which work on unexported fields too (a
// time.Time's), where Interface would panic.
func genEqualValues(f *jen.File) {
	a, b := jen.Id("a"), jen.Id("b")
	both := func(method string) jen.Code {
		return jen.Return(a.Clone().Dot(method).Call().Op("==").Add(b.Clone()).Dot(method).Call())
	}
	nilOrSame := jen.If(a.Clone().Dot("IsNil").Call().Op("||").Add(b.Clone()).Dot("IsNil").Call()).Block(
		jen.Return(a.Clone().Dot("IsNil").Call().Op("==").Add(b.Clone()).Dot("IsNil").Call()),
	)
	each := func(n jen.Code, item func(i jen.Code) (jen.Code, jen.Code)) jen.Code {
		x, y := item(jen.Id("i"))
		return jen.For(jen.Id("i").Op(":=").Range().Add(n)).Block(
			jen.If(jen.Op("!").Id("equalValues").Call(x, y)).Block(jen.Return(jen.False())),
		)
	}
	index := func(i jen.Code) (jen.Code, jen.Code) {
		return a.Clone().Dot("Index").Call(i), b.Clone().Dot("Index").Call(i)
	}
	f.Line()
	f.Comment("// equalValues reports whether a and b are deeply equal, as reflect.DeepEqual\n" +
		"// does, leaving out what decoding recorded (decodeState fields) at any depth.\n" +
		"// Values decoded from JSON have no cycles, so it does not look for any.")
	f.Func().Id("equalValues").Params(jen.List(a.Clone(), b.Clone()).Qual("reflect", "Value")).Bool().Block(
		jen.If(jen.Op("!").Add(a.Clone()).Dot("IsValid").Call().Op("||").Op("!").Add(b.Clone()).Dot("IsValid").Call()).Block(
			jen.Return(a.Clone().Dot("IsValid").Call().Op("==").Add(b.Clone()).Dot("IsValid").Call()),
		),
		jen.If(a.Clone().Dot("Type").Call().Op("!=").Add(b.Clone()).Dot("Type").Call()).Block(jen.Return(jen.False())),
		jen.Switch(a.Clone().Dot("Kind").Call()).Block(
			jen.Case(jen.Qual("reflect", "Bool")).Block(both("Bool")),
			jen.Case(jen.Qual("reflect", "Int"), jen.Qual("reflect", "Int8"), jen.Qual("reflect", "Int16"), jen.Qual("reflect", "Int32"), jen.Qual("reflect", "Int64")).Block(both("Int")),
			jen.Case(jen.Qual("reflect", "Uint"), jen.Qual("reflect", "Uint8"), jen.Qual("reflect", "Uint16"), jen.Qual("reflect", "Uint32"), jen.Qual("reflect", "Uint64"), jen.Qual("reflect", "Uintptr")).Block(both("Uint")),
			jen.Case(jen.Qual("reflect", "Float32"), jen.Qual("reflect", "Float64")).Block(both("Float")),
			jen.Case(jen.Qual("reflect", "Complex64"), jen.Qual("reflect", "Complex128")).Block(both("Complex")),
			jen.Case(jen.Qual("reflect", "String")).Block(both("String")),
			jen.Case(jen.Qual("reflect", "Pointer"), jen.Qual("reflect", "Interface")).Block(
				nilOrSame,
				jen.Return(jen.Id("equalValues").Call(a.Clone().Dot("Elem").Call(), b.Clone().Dot("Elem").Call())),
			),
			jen.Case(jen.Qual("reflect", "Slice")).Block(
				jen.If(a.Clone().Dot("IsNil").Call().Op("!=").Add(b.Clone()).Dot("IsNil").Call().Op("||").Add(a.Clone()).Dot("Len").Call().Op("!=").Add(b.Clone()).Dot("Len").Call()).Block(jen.Return(jen.False())),
				each(a.Clone().Dot("Len").Call(), index),
				jen.Return(jen.True()),
			),
			jen.Case(jen.Qual("reflect", "Array")).Block(
				each(a.Clone().Dot("Len").Call(), index),
				jen.Return(jen.True()),
			),
			jen.Case(jen.Qual("reflect", "Map")).Block(
				jen.If(a.Clone().Dot("IsNil").Call().Op("!=").Add(b.Clone()).Dot("IsNil").Call().Op("||").Add(a.Clone()).Dot("Len").Call().Op("!=").Add(b.Clone()).Dot("Len").Call()).Block(jen.Return(jen.False())),
				jen.For(jen.List(jen.Id("_"), jen.Id("k")).Op(":=").Range().Add(a.Clone()).Dot("MapKeys").Call()).Block(
					jen.If(jen.Op("!").Id("equalValues").Call(a.Clone().Dot("MapIndex").Call(jen.Id("k")), b.Clone().Dot("MapIndex").Call(jen.Id("k")))).Block(jen.Return(jen.False())),
				),
				jen.Return(jen.True()),
			),
			jen.Case(jen.Qual("reflect", "Struct")).Block(
				jen.For(jen.Id("i").Op(":=").Range().Add(a.Clone()).Dot("NumField").Call()).Block(
					jen.If(a.Clone().Dot("Type").Call().Dot("Field").Call(jen.Id("i")).Dot("Type").Op("==").Qual("reflect", "TypeFor").Index(jen.Id("decodeState")).Call()).Block(jen.Continue()),
					jen.If(jen.Op("!").Id("equalValues").Call(a.Clone().Dot("Field").Call(jen.Id("i")), b.Clone().Dot("Field").Call(jen.Id("i")))).Block(jen.Return(jen.False())),
				),
				jen.Return(jen.True()),
			),
			jen.Case(jen.Qual("reflect", "Func")).Block(
				jen.Return(a.Clone().Dot("IsNil").Call().Op("&&").Add(b.Clone()).Dot("IsNil").Call()),
			),
		),
		jen.Comment("// Channels and unsafe pointers: the same one."),
		jen.Return(a.Clone().Dot("Pointer").Call().Op("==").Add(b.Clone()).Dot("Pointer").Call()),
	)
}
