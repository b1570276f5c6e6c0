package emit

import "github.com/dave/jennifer/jen"

// genValidationRuntime writes the error types and the path helper that
// generated Validate methods use. They are emitted into every package so
// that users depend on no specgen module at run time.
func genValidationRuntime(f *jen.File) {
	genValueError(f)
	genValueErrors(f)
	genValidationPath(f)
}

// genValueError writes ValueError.
//
//	type ValueError struct{ Pointer, Field, Message string }
func genValueError(f *jen.File) {
	f.Comment("// ValueError is one value that the schema does not allow.")
	f.Type().Id("ValueError").Struct(
		jen.Comment("// Pointer locates the value as a JSON pointer (\"/latest_build/job/status\");\n// \"\" is the validated value itself."),
		jen.Id("Pointer").String(),
		jen.Comment("// Field is the same location in dotted form (\"latest_build.job.status\")."),
		jen.Id("Field").String(),
		jen.Comment("// Message says what is wrong."),
		jen.Id("Message").String(),
	)
	f.Line()
	f.Comment("// Error returns \"field: message\".")
	f.Func().Params(jen.Id("e").Op("*").Id("ValueError")).Id("Error").Params().String().Block(
		jen.If(jen.Id("e").Dot("Field").Op("==").Lit("")).Block(jen.Return(jen.Id("e").Dot("Message"))),
		jen.Return(jen.Id("e").Dot("Field").Op("+").Lit(": ").Op("+").Id("e").Dot("Message")),
	)
}

// genValueErrors writes ValueErrors with its Error, err and add
// methods.
func genValueErrors(f *jen.File) {
	es := jen.Id("es")
	f.Line()
	f.Comment("// ValueErrors is every problem one Validate call found, ordered by\n// location.")
	f.Type().Id("ValueErrors").Index().Op("*").Id("ValueError")
	f.Line()
	f.Comment("// Error lists the problems, one per line.")
	f.Func().Params(jen.Id("es").Id("ValueErrors")).Id("Error").Params().String().Block(
		jen.Var().Id("b").Qual("strings", "Builder"),
		jen.For(jen.List(jen.Id("i"), jen.Id("e")).Op(":=").Range().Add(es.Clone())).Block(
			jen.If(jen.Id("i").Op(">").Lit(0)).Block(jen.Id("b").Dot("WriteByte").Call(jen.LitRune('\n'))),
			jen.Id("b").Dot("WriteString").Call(jen.Id("e").Dot("Error").Call()),
		),
		jen.Return(jen.Id("b").Dot("String").Call()),
	)
	f.Line()
	f.Comment("// err returns es sorted by location, or nil when it is empty.")
	f.Func().Params(jen.Id("es").Id("ValueErrors")).Id("err").Params().Error().Block(
		jen.If(jen.Len(es.Clone()).Op("==").Lit(0)).Block(jen.Return(jen.Nil())),
		jen.Qual("sort", "SliceStable").Call(es.Clone(), jen.Func().Params(jen.List(jen.Id("i"), jen.Id("j")).Int()).Bool().Block(
			jen.Return(jen.Add(es.Clone()).Index(jen.Id("i")).Dot("Pointer").Op("<").Add(es.Clone()).Index(jen.Id("j")).Dot("Pointer")),
		)),
		jen.Return(es.Clone()),
	)
	f.Line()
	f.Comment("// add records that the value at p failed a check.")
	f.Func().Params(jen.Id("es").Op("*").Id("ValueErrors")).Id("add").Params(
		jen.Id("p").Op("*").Id("validationPath"), jen.Id("msg").String(),
	).Block(
		jen.Op("*").Id("es").Op("=").Append(jen.Op("*").Id("es"), jen.Op("&").Id("ValueError").Values(jen.Dict{
			jen.Id("Pointer"): jen.Id("p").Dot("pointer").Call(),
			jen.Id("Field"):   jen.Id("p").Dot("field").Call(),
			jen.Id("Message"): jen.Id("msg"),
		})),
	)
}

// genValidationPath writes validationPath, a location built from stack
// frames and rendered into strings only when a check fails, so that
// validating a valid value allocates nothing.
func genValidationPath(f *jen.File) {
	p := func() *jen.Statement { return jen.Id("p") }
	nilReturn := jen.If(p().Op("==").Nil()).Block(jen.Return(jen.Lit("")))
	f.Line()
	f.Comment("// validationPath locates the value being validated. It is a list of stack\n// frames, rendered into strings only when a check fails, so that\n// validating a valid value allocates nothing.")
	f.Type().Id("validationPath").Struct(
		jen.Id("parent").Op("*").Id("validationPath"),
		jen.Id("key").String(),
		jen.Id("index").Int(),
		jen.Id("isIndex").Bool(),
	)
	f.Line()
	f.Comment("// pointer renders p as a JSON pointer.")
	f.Func().Params(jen.Id("p").Op("*").Id("validationPath")).Id("pointer").Params().String().Block(
		nilReturn,
		jen.Id("seg").Op(":=").Qual("strconv", "Itoa").Call(p().Dot("index")),
		jen.If(jen.Op("!").Add(p()).Dot("isIndex")).Block(
			jen.Id("seg").Op("=").Qual("strings", "ReplaceAll").Call(
				jen.Qual("strings", "ReplaceAll").Call(p().Dot("key"), jen.Lit("~"), jen.Lit("~0")),
				jen.Lit("/"), jen.Lit("~1"),
			),
		),
		jen.Return(p().Dot("parent").Dot("pointer").Call().Op("+").Lit("/").Op("+").Id("seg")),
	)
	f.Line()
	f.Comment("// field renders p in dotted form, with [i] for array indexes.")
	f.Func().Params(jen.Id("p").Op("*").Id("validationPath")).Id("field").Params().String().Block(
		jen.If(p().Op("==").Nil()).Block(jen.Return(jen.Lit(""))),
		jen.Id("parent").Op(":=").Add(p()).Dot("parent").Dot("field").Call(),
		jen.Switch().Block(
			jen.Case(p().Dot("isIndex")).Block(
				jen.Return(jen.Id("parent").Op("+").Lit("[").Op("+").Qual("strconv", "Itoa").Call(p().Dot("index")).Op("+").Lit("]")),
			),
			// A copy, so that no frame's key flows into the error: escape
			// analysis then keeps the frames on the stack.
			jen.Case(jen.Id("parent").Op("==").Lit("")).Block(jen.Return(jen.Qual("strings", "Clone").Call(p().Dot("key")))),
		),
		jen.Return(jen.Id("parent").Op("+").Lit(".").Op("+").Add(p()).Dot("key")),
	)
}
