package emit

import (
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// A wrapper declaration (`type WhenString time.Time`) is a defined type, so
// that it can carry a union's marker method; a defined type does not keep
// the methods of the type it is made from. Where those methods are how the
// value is encoded (time.Time, uuid.UUID, a union, a struct with its own
// decoder, a -type override), the wrapper's encoder (encode.gen.go) and
// decoders (decode.gen.go) hand the value to them.

// keepsMethods reports whether t is a type whose JSON encoding comes from
// its methods (or may, for a type specgen does not declare), which a
// defined type made from it would lose.
func keepsMethods(t ir.Type) bool {
	switch t := t.(type) {
	case *ir.Primitive:
		return t.Kind == ir.KindTime || t.Kind == ir.KindUUID
	case *ir.Ref:
		if t.Decl == nil {
			return true // a -type override
		}
		switch dt := t.Decl.Type.(type) {
		case *ir.Struct, *ir.Union, *ir.Tuple:
			return true
		case *ir.Enum, *ir.Slice, *ir.Map:
			return false
		default:
			return keepsMethods(dt)
		}
	}
	return false
}

// typeWords names a wrapped type in a comment.
func typeWords(t ir.Type) string {
	switch t := t.(type) {
	case *ir.Ref:
		if t.Decl != nil {
			return t.Decl.Name
		}
		return t.External.Name
	case *ir.Primitive:
		id, slice := t.Kind.Go()
		if slice {
			return "[]" + id.Name
		}
		if id.ImportPath == "" {
			return id.Name
		}
		return id.ImportPath[strings.LastIndex(id.ImportPath, "/")+1:] + "." + id.Name
	case *ir.Slice:
		return "list"
	case *ir.Map:
		return "map"
	}
	return "value"
}

// genRejectNull writes the decoder of a root scalar type that does not
// allow null.
//
//	func (v *Name) UnmarshalJSON(data []byte) error {
//		if string(data) == "null" {
//			return errors.New("null is not allowed: the value is a string here")
//		}
//		return jsonDecode(data, func(r *jsonReader) {
//			jsonString((*string)(v), r)
//		})
//	}
func (e *emitter) genRejectNull(f *jen.File, d *ir.Decl, wrapped *jen.Statement) {
	f.Line()
	f.Comment("// UnmarshalJSON decodes data as the " + typeWords(d.Type) + " v wraps; null, which the\n// schema does not allow, is an error rather than a zero value.")
	f.Func().Params(jen.Id("v").Op("*").Id(d.Name)).Id("UnmarshalJSON").Params(jen.Id("data").Index().Byte()).Error().BlockFunc(func(g *jen.Group) {
		g.If(jen.String().Call(jen.Id("data")).Op("==").Lit("null")).Block(
			jen.Return(jen.Qual("errors", "New").Call(jen.Lit("null is not allowed: the value is a " + typeWords(d.Type) + " here"))),
		)
		g.Return(jen.Id("jsonDecode").Call(jen.Id("data"), jen.Func().Params(jen.Id("r").Op("*").Id("jsonReader")).Block(
			e.decoderOf(d.Type).callPtr(jen.Parens(jen.Op("*").Add(wrapped)).Call(jen.Id("v"))),
		)))
	})
}

// scalarWrapper reports the kind a wrapper of a plain scalar is written as
// (type AreaAngleNumber float64, type PetMode Mode, type StampString
// DateTimeString): its uses write it as an enum's are, w.f64(float64(v))
// inline or the runtime's generic writer jwF64[AreaAngleNumber] as an item,
// so it needs no appendJSON of its own. Wrappers of time, UUIDs and bytes
// keep theirs (no generic writer takes them), as do those of declared
// types, which write themselves.
func scalarWrapper(d *ir.Decl) (ir.Kind, bool) {
	if !d.Wrapper {
		return 0, false
	}
	var k ir.Kind
	switch t := d.Type.(type) {
	case *ir.Primitive:
		k = t.Kind.Base()
	case *ir.Ref:
		if t.Decl == nil {
			return 0, false
		}
		en, ok := t.Decl.Type.(*ir.Enum)
		if !ok {
			return 0, false
		}
		k = en.Base.Kind.Base()
	default:
		return 0, false
	}
	if _, param := scalarWriter(k); param == "" {
		return 0, false
	}
	return k, true
}
