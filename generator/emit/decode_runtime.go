package emit

import "github.com/dave/jennifer/jen"

// genDecodeRuntime writes the types tracked structs record into.
//
//	type decodeState struct {
//		decoded    bool
//		properties int
//		problems   *decodeProblems
//	}
//	type decodeProblems struct{ missing, null, extra []string }
//	func (s *decodeState) report(p *validationPath, errs *ValueErrors)
//	func (s *decodeState) absent(name string) bool
//	type jsonNull bool
func genDecodeRuntime(f *jen.File) {
	state := func() *jen.Statement { return jen.Id("s") }
	f.Comment("// decodeState is what UnmarshalJSON saw that the fields of a struct cannot\n// show. Its zero value describes a struct built in Go rather than decoded.\n// It is a value with a pointer only for problems, so that a valid value\n// costs no allocation and the struct stays comparable.")
	f.Type().Id("decodeState").Struct(
		jen.Id("decoded").Bool(),
		jen.Comment("// properties is the number of properties of the JSON object."),
		jen.Id("properties").Int(),
		jen.Comment("// problems is nil when there were none."),
		jen.Id("problems").Op("*").Id("decodeProblems"),
	)
	f.Line()
	f.Comment("// decodeProblems lists properties by their JSON names.")
	f.Type().Id("decodeProblems").Struct(
		jen.Id("missing").Index().String().Comment("// required, and absent"),
		jen.Id("null").Index().String().Comment("// required, not nullable, and null"),
		jen.Id("extra").Index().String().Comment("// not allowed by additionalProperties: false"),
	)
	report := func(list, msg string) jen.Code {
		return jen.For(jen.List(jen.Id("_"), jen.Id("name")).Op(":=").Range().Add(state()).Dot("problems").Dot(list)).Block(
			errsAdd(jen.Op("&").Id("validationPath").Values(jen.Id("parent").Op(":").Id("p"), jen.Id("key").Op(":").Id("name")), jen.Lit(msg)),
		)
	}
	f.Line()
	f.Comment("// report adds the problems decoding recorded, located below p.")
	f.Func().Params(state().Op("*").Id("decodeState")).Id("report").Params(
		jen.Id("p").Op("*").Id("validationPath"), jen.Id("errs").Op("*").Id("ValueErrors"),
	).Block(
		jen.If(state().Dot("problems").Op("==").Nil()).Block(jen.Return()),
		report("missing", "is required"),
		report("null", "must not be null"),
		report("extra", "is not allowed: the schema lists no such property"),
	)
	f.Line()
	f.Comment("// absent reports whether decoding found the required property name missing.")
	f.Func().Params(state().Op("*").Id("decodeState")).Id("absent").Params(jen.Id("name").String()).Bool().Block(
		jen.Return(state().Dot("problems").Op("!=").Nil().Op("&&").Qual("slices", "Contains").Call(state().Dot("problems").Dot("missing"), jen.Id("name"))),
	)
	f.Line()
	f.Comment("// jsonNull decodes any JSON value, keeping only whether it was null.")
	f.Type().Id("jsonNull").Bool()
	f.Line()
	f.Comment("// UnmarshalJSON records whether data is null.")
	f.Func().Params(jen.Id("n").Op("*").Id("jsonNull")).Id("UnmarshalJSON").Params(jen.Id("data").Index().Byte()).Error().Block(
		jen.Op("*").Id("n").Op("=").String().Call(jen.Id("data")).Op("==").Lit("null"),
		jen.Return(jen.Nil()),
	)
}
