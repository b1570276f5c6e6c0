package emit

import (
	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// genParamSources writes the readers of parameter text: queryParam,
// queryParams, headerParam, cookieParam, splitParam.
func (e *emitter) genParamSources(f *jen.File) {
	r := jen.Id("r")
	reqName := []jen.Code{jen.Id("r").Op("*").Qual(netHTTP, "Request"), jen.Id("name").String()}
	from := e.uses.paramsFrom
	if from[ir.InQuery] {
		f.Line()
		f.Comment("// queryParam returns the first value of the query parameter name. An empty\n// value counts as absent, as in Coder's handlers (expect_status=).")
		f.Func().Id("queryParam").Params(reqName...).Params(jen.String(), jen.Bool()).Block(
			jen.Id("v").Op(":=").Add(r).Dot("URL").Dot("Query").Call().Dot("Get").Call(jen.Id("name")),
			jen.Return(jen.Id("v"), jen.Id("v").Op("!=").Lit("")),
		)
	}
	if e.uses.queryArrays {
		f.Line()
		f.Comment("// queryParams returns every value of the array query parameter name: one\n// per occurrence when sep is \"\" (exploded: ?id=1&id=2), else the items of\n// each occurrence split at sep (?id=1,2). Empty values are left out.")
		f.Func().Id("queryParams").Params(append(reqName, jen.Id("sep").String())...).Index().String().Block(
			jen.Var().Id("out").Index().String(),
			jen.For(jen.List(jen.Id("_"), jen.Id("v")).Op(":=").Range().Add(r).Dot("URL").Dot("Query").Call().Index(jen.Id("name"))).Block(
				jen.If(jen.Id("sep").Op("==").Lit("")).Block(
					jen.If(jen.Id("v").Op("!=").Lit("")).Block(jen.Id("out").Op("=").Append(jen.Id("out"), jen.Id("v"))),
					jen.Continue(),
				),
				jen.Id("out").Op("=").Append(jen.Id("out"), jen.Id("splitParam").Call(jen.Id("v"), jen.Id("sep")).Op("...")),
			),
			jen.Return(jen.Id("out")),
		)
	}
	if e.uses.queryKeys {
		f.Line()
		f.Comment("// queryKeys returns the first value of each query parameter listed in names\n// (others false), or of each one not listed (others true): the properties\n// of an exploded object parameter. A name ending in \"[\" lists every\n// parameter it starts (a deepObject's). Empty values are left out; nil when\n// there are none.")
		f.Func().Id("queryKeys").Params(jen.Id("r").Op("*").Qual(netHTTP, "Request"), jen.Id("names").Index().String(), jen.Id("others").Bool()).Map(jen.String()).String().Block(
			jen.Var().Id("out").Map(jen.String()).String(),
			jen.For(jen.List(jen.Id("k"), jen.Id("vs")).Op(":=").Range().Add(r).Dot("URL").Dot("Query").Call()).Block(
				jen.Id("listed").Op(":=").Qual("slices", "ContainsFunc").Call(jen.Id("names"), jen.Func().Params(jen.Id("n").String()).Bool().Block(
					jen.Return(jen.Id("n").Op("==").Id("k").Op("||").Qual("strings", "HasSuffix").Call(jen.Id("n"), jen.Lit("[")).Op("&&").Qual("strings", "HasPrefix").Call(jen.Id("k"), jen.Id("n"))),
				)),
				jen.If(jen.Id("listed").Op("==").Id("others").Op("||").Id("vs").Index(jen.Lit(0)).Op("==").Lit("")).Block(jen.Continue()),
				jen.If(jen.Id("out").Op("==").Nil()).Block(jen.Id("out").Op("=").Map(jen.String()).String().Values()),
				jen.Id("out").Index(jen.Id("k")).Op("=").Id("vs").Index(jen.Lit(0)),
			),
			jen.Return(jen.Id("out")),
		)
	}
	if e.uses.queryDeep {
		f.Line()
		f.Comment("// queryDeep returns the properties of the deepObject query parameter name\n// (?name[key]=value), the first value of each. Empty values are left out;\n// nil when there are none.")
		genDeepReader(f, "queryDeep", jen.Id("r").Op("*").Qual(netHTTP, "Request"), r.Clone().Dot("URL").Dot("Query").Call())
	}
	if e.uses.formDeep {
		f.Line()
		f.Comment("// formDeep returns the properties of the form field name in bracket\n// notation (name[key]=value; deeper keys as key][sub), the first value of\n// each. Empty values are left out; nil when there are none.")
		genDeepReader(f, "formDeep", jen.Id("values").Qual(netURL, "Values"), jen.Id("values"))
	}
	if from[ir.InHeader] {
		f.Line()
		f.Comment("// headerParam returns the header name; empty counts as absent.")
		f.Func().Id("headerParam").Params(reqName...).Params(jen.String(), jen.Bool()).Block(
			jen.Id("v").Op(":=").Add(r).Dot("Header").Dot("Get").Call(jen.Id("name")),
			jen.Return(jen.Id("v"), jen.Id("v").Op("!=").Lit("")),
		)
	}
	if from[ir.InCookie] {
		f.Line()
		f.Comment("// cookieParam returns the cookie name's value; empty counts as absent.")
		f.Func().Id("cookieParam").Params(reqName...).Params(jen.String(), jen.Bool()).Block(
			jen.List(jen.Id("c"), jen.Err()).Op(":=").Add(r).Dot("Cookie").Call(jen.Id("name")),
			jen.If(jen.Err().Op("!=").Nil().Op("||").Id("c").Dot("Value").Op("==").Lit("")).Block(jen.Return(jen.Lit(""), jen.False())),
			jen.Return(jen.Id("c").Dot("Value"), jen.True()),
		)
	}
	if e.uses.pathSegments {
		genCutSegment(f)
	}
	if e.uses.splitArrays || e.uses.queryArrays {
		// queryParams calls it too.
		f.Line()
		f.Comment("// splitParam splits an array value at sep, leaving out empty items.")
		f.Func().Id("splitParam").Params(jen.List(jen.Id("v"), jen.Id("sep")).String()).Index().String().Block(
			jen.Var().Id("out").Index().String(),
			jen.For(jen.List(jen.Id("_"), jen.Id("item")).Op(":=").Range().Qual("strings", "Split").Call(jen.Id("v"), jen.Id("sep"))).Block(
				jen.If(jen.Id("item").Op("!=").Lit("")).Block(jen.Id("out").Op("=").Append(jen.Id("out"), jen.Id("item"))),
			),
			jen.Return(jen.Id("out")),
		)
	}
}

// genDeepReader writes a reader of bracket notation: func name(param, name
// string) map[string]string over the values source yields.
func genDeepReader(f *jen.File, name string, param, source jen.Code) {
	f.Func().Id(name).Params(param, jen.Id("name").String()).Map(jen.String()).String().Block(
		jen.Var().Id("out").Map(jen.String()).String(),
		jen.For(jen.List(jen.Id("k"), jen.Id("vs")).Op(":=").Range().Add(source)).Block(
			jen.List(jen.Id("inner"), jen.Id("ok")).Op(":=").Qual("strings", "CutPrefix").Call(jen.Id("k"), jen.Id("name").Op("+").Lit("[")),
			jen.List(jen.Id("key"), jen.Id("closed")).Op(":=").Qual("strings", "CutSuffix").Call(jen.Id("inner"), jen.Lit("]")),
			jen.If(jen.Op("!").Id("ok").Op("||").Op("!").Id("closed").Op("||").Id("vs").Index(jen.Lit(0)).Op("==").Lit("")).Block(jen.Continue()),
			jen.If(jen.Id("out").Op("==").Nil()).Block(jen.Id("out").Op("=").Map(jen.String()).String().Values()),
			jen.Id("out").Index(jen.Id("key")).Op("=").Id("vs").Index(jen.Lit(0)),
		),
		jen.Return(jen.Id("out")),
	)
}

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
