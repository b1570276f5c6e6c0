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
//	func (s *decodeState) holds(name string) bool
//	func jsonMember(members map[string]jsonNull, name string) (null, ok bool)
//	type jsonNull bool
func genDecodeRuntime(f *jen.File, anyKind bool) {
	state := func() *jen.Statement { return jen.Id("s") }
	f.Comment("// decodeState is what UnmarshalJSON saw that the fields of a struct cannot\n// show. Its zero value describes a struct built in Go rather than decoded.\n// It is a value with a pointer only for problems, so that a valid value\n// costs no allocation and the struct stays comparable.")
	f.Type().Id("decodeState").StructFunc(func(g *jen.Group) {
		g.Id("decoded").Bool()
		g.Comment("// properties is the number of properties of the JSON object.")
		g.Id("properties").Int()
		if anyKind {
			g.Comment("// other is true when the value was not an object, which a schema\n// with no type allows: the fields are empty and no property keyword\n// applies.")
			g.Id("other").Bool()
		}
		g.Comment("// problems is nil when there were none.")
		g.Id("problems").Op("*").Id("decodeProblems")
	})
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
	f.Comment("// holds reports whether decoding put a value in the field of the required\n// property name: it was neither absent nor null.")
	f.Func().Params(state().Op("*").Id("decodeState")).Id("holds").Params(jen.Id("name").String()).Bool().Block(
		jen.Return(state().Dot("problems").Op("==").Nil().Op("||").
			Op("!").Qual("slices", "Contains").Call(state().Dot("problems").Dot("missing"), jen.Id("name")).Op("&&").
			Op("!").Qual("slices", "Contains").Call(state().Dot("problems").Dot("null"), jen.Id("name"))),
	)
	f.Line()
	f.Comment("// jsonMember looks the property name up in the members of an object as\n" +
		"// encoding/json matches keys to fields: exactly, else ignoring case. null\n" +
		"// is whether the value was null; of keys that match only ignoring case,\n" +
		"// whether all were, since a null leaves the field as the others set it.")
	f.Func().Id("jsonMember").Params(jen.Id("members").Map(jen.String()).Id("jsonNull"), jen.Id("name").String()).Params(jen.Id("null"), jen.Id("ok").Bool()).Block(
		jen.If(jen.List(jen.Id("n"), jen.Id("found")).Op(":=").Id("members").Index(jen.Id("name")), jen.Id("found")).Block(
			jen.Return(jen.Bool().Call(jen.Id("n")), jen.True()),
		),
		jen.Id("null").Op("=").True(),
		jen.For(jen.List(jen.Id("k"), jen.Id("n")).Op(":=").Range().Id("members")).Block(
			jen.If(jen.Qual("strings", "EqualFold").Call(jen.Id("k"), jen.Id("name"))).Block(
				jen.List(jen.Id("ok"), jen.Id("null")).Op("=").List(jen.True(), jen.Id("null").Op("&&").Bool().Call(jen.Id("n"))),
			),
		),
		jen.Return(jen.Id("ok").Op("&&").Id("null"), jen.Id("ok")),
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
