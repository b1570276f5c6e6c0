package emit

import (
	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// genTuple writes a tuple: a struct with a field per position that encodes
// as a JSON array.
//
//	type Point struct {
//		Item0 float64
//		Item1 float64
//		Rest  []any
//	}
func (e *emitter) genTuple(f *jen.File, d *ir.Decl, t *ir.Tuple) {
	f.Line()
	f.Add(typeDoc(d))
	f.Type().Id(d.Name).StructFunc(func(g *jen.Group) {
		for _, it := range t.Items {
			g.Add(docComment(it.Doc, false))
			if it.Pointer || it.Optional {
				g.Id(it.Name).Op("*").Add(e.goType(it.Type))
				continue
			}
			g.Id(it.Name).Add(e.goType(it.Type))
		}
		if t.Rest != nil {
			g.Comment("// Rest holds the items past the positions above.")
			g.Id("Rest").Index().Add(e.goType(t.Rest))
		}
	})
}

// genTupleDecode writes the decoder of a tuple: the array's items in one
// pass, each position into its field; a position the array does not
// reach is left nil, and items past the positions go to Rest or, where
// the schema allows none, are counted for the error (jsonread_tuple.go).
//
//	var jsonTuplePoint = jsonTuple{name: "Point", positions: 2, closed: true, minItems: -1, maxItems: -1}
//
//	func (v *Point) decodeJSON(r *jsonReader) {
//		*v = Point{}
//		var l jsonList
//		if !r.list(&l, v) {
//			return
//		}
//		for jsonNextItem(r, &l, &jsonTuplePoint) {
//			switch l.i {
//			case 0:
//				jsonNew(&v.X, r, jsonFloat[float64])
//			case 1:
//				jsonNew(&v.Y, r, jsonFloat[float64])
//			default:
//				r.skip()
//			}
//		}
//	}
func (e *emitter) genTupleDecode(f *jen.File, d *ir.Decl, t *ir.Tuple) {
	bound := func(b *int64) jen.Code {
		if b == nil {
			return jen.Lit(-1)
		}
		return jen.Lit(int(*b))
	}
	shape := "jsonTuple" + d.Name
	f.Line()
	field := func(name string, value jen.Code) jen.Code { return jen.Id(name).Op(":").Add(value) }
	f.Var().Id(shape).Op("=").Id("jsonTuple").Values(
		field("name", jen.Lit(d.Name)), field("positions", jen.Lit(len(t.Items))), field("closed", jen.Lit(t.Rest == nil)),
		field("minItems", bound(t.Check.MinItems)), field("maxItems", bound(t.Check.MaxItems)),
	)
	f.Line()
	f.Func().Params(jen.Id("v").Op("*").Id(d.Name)).Id("decodeJSON").Params(jen.Id("r").Op("*").Id("jsonReader")).Block(
		jen.Op("*").Id("v").Op("=").Id(d.Name).Values(),
		jen.Var().Id("l").Id("jsonList"),
		jen.If(jen.Op("!").Id("r.list").Call(jen.Op("&").Id("l"), jen.Id("v"))).Block(jen.Return()),
		jen.For(jen.Id("jsonNextItem").Call(jen.Id("r"), jen.Op("&").Id("l"), jen.Op("&").Id(shape))).Block(
			jen.Switch(jen.Id("l.i")).BlockFunc(func(sw *jen.Group) {
				for i, it := range t.Items {
					sw.Case(jen.Lit(i)).Block(e.decodeTupleItem(it))
				}
				if t.Rest != nil {
					rest := jen.Id("jsonAppend").Call(jen.Op("&").Id("v.Rest"), jen.Id("r"), e.decoderOf(t.Rest).value(e.goType(t.Rest)))
					sw.Default().Block(notNullItem(!t.RestNullable && !takesNull(t.Rest), rest))
				} else {
					sw.Default().Block(jen.Id("r.skip").Call())
				}
			}),
		),
	)
}

// decodeTupleItem decodes one position of a tuple: an optional one is
// present once the array reaches it (a pointer to its value), as null
// too where its schema refuses null (jsonNullRecorded tells); one held
// by pointer to break a cycle, or optional and nullable, is nil for null:
// a pointer to the zero value would be checked as that value (["on",
// "off", null] refused [null] as "" is not one of them; randschemas seed
// 520, draft-04). The array's length is counted as it is read
// (jsonNextItem), not from which positions are set.
func (e *emitter) decodeTupleItem(it *ir.TupleItem) jen.Code {
	val := jen.Id("v." + it.Name)
	dec := e.decoderOf(it.Type).value(e.goType(it.Type))
	switch {
	case it.Pointer, it.Optional && it.Nullable && !takesNull(it.Type):
		return jen.Id("jsonPtr").Call(jen.Op("&").Add(val), jen.Id("r"), dec)
	case it.Optional:
		return notNullItem(!it.Nullable && !takesNull(it.Type), jen.Id("jsonNew").Call(jen.Op("&").Add(val), jen.Id("r"), dec))
	}
	return notNullItem(!it.Nullable && !takesNull(it.Type), e.decoderOf(it.Type).call(val))
}

// notNullItem guards the decoding of an item whose schema does not allow
// null: a position's Go value (or pointer to one) cannot show that the
// document held null there, so a checked decode records it
// (jsonNullRecorded) instead of decoding the zero value.
func notNullItem(guard bool, decode jen.Code) jen.Code {
	if !guard {
		return decode
	}
	return jen.If(jen.Op("!").Id("jsonNullRecorded").Call(jen.Id("r"))).Block(decode)
}
