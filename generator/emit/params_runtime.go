package emit

import (
	"github.com/dave/jennifer/jen"
)

// genInputCheckPairs writes the inputCheck methods of object and JSON
// parameters: pairs and decodeJSON.
func (e *emitter) genInputCheckPairs(f *jen.File) {
	in := func() *jen.Statement { return jen.Id("in") }
	recv := func() *jen.Statement { return jen.Id("in").Op("*").Id("inputCheck") }
	add := func(detail string) jen.Code { return in().Dot("add").Call(jen.Id("field"), jen.Lit(detail)) }
	if e.uses.inPairs {
		f.Line()
		f.Comment("// pairs reads the names and values of an object parameter field from s:\n// name,value,name,value with items separated by sep, or name=value,name=value\n// when exploded. It records a problem, and returns nil, when s is neither.")
		f.Func().Params(recv()).Id("pairs").Params(jen.List(jen.Id("field"), jen.Id("s"), jen.Id("sep")).String(), jen.Id("exploded").Bool()).Map(jen.String()).String().Block(
			jen.Id("items").Op(":=").Qual("strings", "Split").Call(jen.Id("s"), jen.Id("sep")),
			jen.Id("out").Op(":=").Make(jen.Map(jen.String()).String(), jen.Len(jen.Id("items"))),
			jen.If(jen.Id("exploded")).Block(
				jen.For(jen.List(jen.Id("_"), jen.Id("item")).Op(":=").Range().Id("items")).Block(
					jen.List(jen.Id("k"), jen.Id("v"), jen.Id("ok")).Op(":=").Qual("strings", "Cut").Call(jen.Id("item"), jen.Lit("=")),
					jen.If(jen.Op("!").Id("ok")).Block(add("must be name=value pairs"), jen.Return(jen.Nil())),
					jen.Id("out").Index(jen.Id("k")).Op("=").Id("v"),
				),
				jen.Return(jen.Id("out")),
			),
			jen.If(jen.Len(jen.Id("items")).Op("%").Lit(2).Op("!=").Lit(0)).Block(add("must be names and values in turn"), jen.Return(jen.Nil())),
			jen.For(jen.Id("i").Op(":=").Lit(0), jen.Id("i").Op("<").Len(jen.Id("items")), jen.Id("i").Op("+=").Lit(2)).Block(
				jen.Id("out").Index(jen.Id("items").Index(jen.Id("i"))).Op("=").Id("items").Index(jen.Id("i").Op("+").Lit(1)),
			),
			jen.Return(jen.Id("out")),
		)
	}
	if e.uses.deepItems {
		genDeepItems(f)
	}
	if e.uses.validateInputs {
		f.Line()
		f.Comment("// validate records each problem v's Validate method reports, named by\n// prefix and the problem's field path (or by the prefix alone).")
		f.Func().Params(recv()).Id("validate").Params(jen.Id("prefix").String(), jen.Id("v").Id("validatable")).Block(
			jen.Var().Id("errs").Id("ValueErrors"),
			jen.Switch(jen.Err().Op(":=").Id("v").Dot("Validate").Call().Op(".").Parens(jen.Type())).Block(
				jen.Case(jen.Nil()).Block(jen.Return()),
				jen.Case(jen.Id("ValueErrors")).Block(jen.Id("errs").Op("=").Err()),
				jen.Case(jen.Op("*").Id("ValueError")).Block(jen.Id("errs").Op("=").Id("ValueErrors").Values(jen.Err())),
				jen.Default().Block(
					in().Dot("add").Call(jen.Qual("strings", "TrimSuffix").Call(jen.Id("prefix"), jen.Lit(".")), jen.Err().Dot("Error").Call()),
					jen.Return(),
				),
			),
			jen.For(jen.List(jen.Id("_"), jen.Id("ve")).Op(":=").Range().Id("errs")).Block(
				jen.Id("field").Op(":=").Id("prefix").Op("+").Id("ve").Dot("Field"),
				jen.If(jen.Id("ve").Dot("Field").Op("==").Lit("")).Block(jen.Id("field").Op("=").Qual("strings", "TrimSuffix").Call(jen.Id("prefix"), jen.Lit("."))),
				in().Dot("add").Call(jen.Id("field"), jen.Id("ve").Dot("Message")),
			),
		)
	}
	if e.uses.jsonParams {
		f.Line()
		f.Comment("// decodeJSON decodes s, the JSON text of the parameter field, into v and\n// checks it with its Validate method, if it has one, recording a problem\n// when it fails; it reports whether v may be used. A generated type is\n// checked completely, as its Decode function does (decodeChecked).")
		f.Func().Params(recv()).Id("decodeJSON").Params(jen.List(jen.Id("field"), jen.Id("s")).String(), jen.Id("v").Any()).Bool().Block(
			jen.If(jen.List(jen.Id("d"), jen.Id("ok")).Op(":=").Id("v").Op(".").Parens(jen.Interface(jen.Id("decodeJSON").Params(jen.Op("*").Id("jsonReader")))), jen.Id("ok")).Block(
				jen.Var().Id("check").Func().Params().Error(),
				jen.If(jen.List(jen.Id("val"), jen.Id("ok")).Op(":=").Id("v").Op(".").Parens(jen.Id("validatable")), jen.Id("ok")).Block(
					jen.Id("check").Op("=").Id("val").Dot("Validate"),
				),
				jen.Err().Op(":=").Id("decodeChecked").Call(jen.Index().Byte().Call(jen.Id("s")), jen.Id("d").Dot("decodeJSON"), jen.Id("check")),
				jen.If(jen.List(jen.Id("_"), jen.Id("problems")).Op(":=").Err().Op(".").Parens(jen.Id("ValueErrors")), jen.Err().Op("!=").Nil().Op("&&").Op("!").Id("problems")).Block(
					jen.Err().Op("=").Qual("fmt", "Errorf").Call(jen.Lit("must be JSON of its schema: %w"), jen.Err()),
				),
				jen.If(jen.Err().Op("!=").Nil()).Block(
					in().Dot("add").Call(jen.Id("field"), jen.Err().Dot("Error").Call()),
				),
				jen.Return(jen.Err().Op("==").Nil()),
			),
			jen.If(jen.Err().Op(":=").Qual(encJSON, "Unmarshal").Call(jen.Index().Byte().Call(jen.Id("s")), jen.Id("v")), jen.Err().Op("!=").Nil()).Block(
				in().Dot("add").Call(jen.Id("field"), jen.Lit("must be JSON of its schema: ").Op("+").Err().Dot("Error").Call()),
				jen.Return(jen.False()),
			),
			jen.If(jen.List(jen.Id("val"), jen.Id("ok")).Op(":=").Id("v").Op(".").Parens(jen.Id("validatable")), jen.Id("ok")).Block(
				jen.If(jen.Err().Op(":=").Id("val").Dot("Validate").Call(), jen.Err().Op("!=").Nil()).Block(
					in().Dot("add").Call(jen.Id("field"), jen.Err().Dot("Error").Call()),
					jen.Return(jen.False()),
				),
			),
			jen.Return(jen.True()),
		)
	}
}
