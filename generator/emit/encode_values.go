package emit

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// writeValue is the statement that writes val, a value of t's Go type (a
// non-nil pointer to one with ptr), to w.
//
//	w.str(string(v.Status))
//	v.LatestBuild.appendJSON(w)
//	jwSlice(w, v.Resources, (*WorkspaceResource).appendJSON)
func (e *emitter) writeValue(val *jen.Statement, t ir.Type, ptr bool) jen.Code {
	deref := func() *jen.Statement {
		if ptr {
			return jen.Op("*").Add(val.Clone())
		}
		return val.Clone()
	}
	switch t := t.(type) {
	case *ir.Primitive:
		return writeScalar(deref(), t.Kind, false)
	case *ir.Any:
		return jen.Id("w.any").Call(deref())
	case *ir.Value:
		return val.Clone().Dot("appendJSON").Call(w())
	case *ir.Slice:
		return jen.Id("jwSlice").Call(w(), deref(), e.itemFunc(t.Elem, t.ElemPointer))
	case *ir.Map:
		return jen.Id("jwMap").Call(w(), deref(), e.itemFunc(t.Elem, t.ElemPointer))
	case *ir.Ref:
		if t.Decl == nil {
			switch t.External {
			case rawMessage:
				return jen.Id("w.rawJSON").Call(deref())
			case nullUUID:
				// As its MarshalJSON: null unless Valid.
				return jen.If(val.Clone().Dot("Valid")).Block(jen.Id("w.uuid").Call(val.Clone().Dot("UUID"))).Else().Block(jen.Id("w.null").Call())
			}
			return jen.Id("w.marshal").Call(deref())
		}
		if appends(t.Decl) {
			return val.Clone().Dot("appendJSON").Call(w()) // a pointer's method too
		}
		if k, ok := scalarWrapper(t.Decl); ok {
			return writeScalar(deref(), k, true)
		}
		if en, ok := t.Decl.Type.(*ir.Enum); ok {
			return writeScalar(deref(), en.Base.Kind, true)
		}
		return e.writeValue(val, t.Decl.Type, ptr) // an alias
	}
	panic(fmt.Sprintf("emit: unhandled %T", t))
}

// External types whose encoding is known: written directly rather than
// through encoding/json.
var (
	rawMessage = ir.Ident{ImportPath: encJSON, Name: "RawMessage"}
	nullUUID   = ir.Ident{ImportPath: "github.com/google/uuid", Name: "NullUUID"}
)

// writeScalar writes a scalar of kind k, converting val to the type the
// writer takes when it is not that type already (an enum, an int32).
func writeScalar(val *jen.Statement, k ir.Kind, named bool) jen.Code {
	method, param := scalarWriter(k)
	if id, slice := k.Go(); named || param != "" && (slice || id.Name != param) {
		val = jen.Id(param).Call(val)
	}
	return w().Dot(method).Call(val)
}

// scalarWriter names the jsonWriter method for a kind and the Go type it
// takes ("" for a type no conversion reaches: time, UUID, bytes).
func scalarWriter(k ir.Kind) (method, param string) {
	switch k {
	case ir.KindBool:
		return "bool", "bool"
	case ir.KindInt, ir.KindInt32, ir.KindInt64:
		return "int", "int64"
	case ir.KindUint32, ir.KindUint64:
		return "uint", "uint64"
	case ir.KindFloat32:
		return "f32", "float32"
	case ir.KindFloat64:
		return "f64", "float64"
	case ir.KindTime:
		return "time", ""
	case ir.KindUUID:
		return "uuid", ""
	case ir.KindBytes:
		return "bytes", ""
	}
	return "str", "string"
}

// itemFunc is a function of type func(*T, *jsonWriter) that writes a T, the
// Go type of an item of t (a pointer to one where lowering says, ElemPointer), for
// jwSlice, jwMap and jwPtr.
//
//	jwStr[WorkspaceStatus]
//	(*WorkspaceResource).appendJSON
//	func(v **int64, w *jsonWriter) { jwPtr(w, *v, jwInt[int64]) }
func (e *emitter) itemFunc(t ir.Type, pointer bool) jen.Code {
	if pointer {
		return jen.Func().Params(jen.Id("v").Op("*").Op("*").Add(e.goType(t)), jwParam()).Block(
			jen.Id("jwPtr").Call(w(), jen.Op("*").Id("v"), e.itemFunc(t, false)),
		)
	}
	switch t := t.(type) {
	case *ir.Primitive:
		return scalarItem(t.Kind, kindType(t.Kind))
	case *ir.Any:
		return jen.Id("jwAny")
	case *ir.Value:
		return jen.Id("(*JSONValue).appendJSON")
	case *ir.Slice, *ir.Map:
		return jen.Func().Params(jen.Id("v").Op("*").Add(e.goType(t)), jwParam()).Block(e.writeValue(jen.Id("v"), t, true))
	case *ir.Ref:
		if t.Decl == nil {
			switch t.External {
			case rawMessage:
				return jen.Id("jwRaw")
			case nullUUID:
				return jen.Func().Params(jen.Id("v").Op("*").Add(ident(nullUUID)), jwParam()).Block(e.writeValue(jen.Id("v"), t, true))
			}
			return jen.Id("jwMarshalItem").Index(ident(t.External))
		}
		if appends(t.Decl) {
			// One identifier (compact.go): every array of objects names
			// its element's.
			return jen.Id("(*" + t.Decl.Name + ").appendJSON")
		}
		if k, ok := scalarWrapper(t.Decl); ok {
			return scalarItem(k, jen.Id(t.Decl.Name))
		}
		if en, ok := t.Decl.Type.(*ir.Enum); ok {
			return scalarItem(en.Base.Kind, jen.Id(t.Decl.Name))
		}
		return e.itemFunc(t.Decl.Type, false) // an alias: the same Go type
	}
	panic(fmt.Sprintf("emit: unhandled %T", t))
}

// scalarItem is the item writer of a scalar kind, instantiated at the Go
// type typ where it is generic.
func scalarItem(k ir.Kind, typ *jen.Statement) jen.Code {
	switch k {
	case ir.KindTime:
		return jen.Id("jwTime")
	case ir.KindBytes:
		return jen.Id("jwBytes")
	}
	name := map[string]string{"str": "jwStr", "bool": "jwBool", "int": "jwInt", "uint": "jwUint", "f32": "jwF32", "f64": "jwF64", "uuid": "jwUUID"}
	method, _ := scalarWriter(k)
	return jen.Id(name[method]).Index(typ)
}

// genAppendUnion writes the encoder of a union: the variant it holds (nil
// is null), with the discriminator filled in when the variant struct has a
// field for it that is left empty; then, for a union that keeps them
// (keepsRest), the members its variant did not declare (jwRest from s,
// where the variant starts).
//
//	func (u *Pet) appendJSON(w *jsonWriter) {
//		switch v := u.Value.(type) {
//		case nil:
//			w.null()
//		case *Cat:
//			c := *v
//			if c.PetType == "" {
//				c.PetType = "cat"
//			}
//			c.appendJSON(w)
//		default:
//			w.fail(fmt.Errorf("Pet: unexpected variant %T", u.Value))
//		}
//	}
func (e *emitter) genAppendUnion(f *jen.File, d *ir.Decl, u *ir.Union) {
	f.Comment("// appendJSON writes the variant u holds; nil is null.")
	f.Func().Params(jen.Id("u").Op("*").Id(d.Name)).Id("appendJSON").Params(jwParam()).BlockFunc(func(body *jen.Group) {
		rest := keepsRest(u)
		if rest {
			body.Id("s").Op(":=").Len(jen.Id("w.b"))
		}
		body.Switch(jen.Id("v").Op(":=").Id("u.Value").Assert(jen.Type())).BlockFunc(func(g *jen.Group) {
			g.Case(jen.Nil()).Block(jen.Id("w.null").Call())
			for _, v := range u.Variants {
				g.Case(jen.Op("*").Id(v.Decl.Name)).BlockFunc(func(b *jen.Group) {
					if v.TagField == nil || len(v.Tags) == 0 {
						b.Id("jwPtr").Call(w(), jen.Id("v"), e.itemFunc(&ir.Ref{Decl: v.Decl}, false))
						return
					}
					fl := v.TagField
					var tag *jen.Statement
					if p, ok := fl.Type.(*ir.Primitive); ok && p.Kind == ir.KindString {
						tag = jen.Lit(v.Tags[0])
					} else {
						tag = e.goType(fl.Type).Call(jen.Lit(v.Tags[0]))
					}
					b.Id("c").Op(":=").Op("*").Id("v")
					if fl.Pointer {
						b.If(jen.Id("c." + fl.Name).Op("==").Nil()).Block(
							jen.Id("c." + fl.Name).Op("=").Id("Ptr").Call(tag),
						)
					} else {
						b.If(jen.Id("c." + fl.Name).Op("==").Lit("")).Block(
							jen.Id("c." + fl.Name).Op("=").Add(tag),
						)
					}
					b.Id("c.appendJSON").Call(w())
				})
			}
			g.Default().Block(jen.Id("w.fail").Call(
				jen.Qual("fmt", "Errorf").Call(jen.Lit(d.Name+": unexpected variant %T"), jen.Id("u.Value")),
			))
		})
		if rest {
			body.Id("jwRest").Call(w(), jen.Id("s"), jen.Id("u.Rest"), jen.Id("u.declares"))
		}
	})
}

// genAppendTuple writes the encoder of a tuple: a JSON array of the
// positions, then the rest.
//
//	func (t *Point) appendJSON(w *jsonWriter) {
//		s := len(w.b)
//		w.raw(",")
//		w.f64(t.Item0)
//		for i := range t.Rest {
//			w.raw(",")
//			w.any(t.Rest[i])
//		}
//		w.close(s, '[', ']')
//	}
func (e *emitter) genAppendTuple(f *jen.File, d *ir.Decl, t *ir.Tuple) {
	f.Comment("// appendJSON writes t as a JSON array.")
	f.Func().Params(jen.Id("t").Op("*").Id(d.Name)).Id("appendJSON").Params(jwParam()).BlockFunc(func(g *jen.Group) {
		g.Id("s").Op(":=").Len(jen.Id("w.b"))
		for i, it := range t.Items {
			val := jen.Id("t." + it.Name)
			if it.Optional {
				// A position a document may leave out is written when it
				// or a later one is set (nil before a set one is null).
				set := []jen.Code{}
				for _, later := range t.Items[i:] {
					set = append(set, jen.Id("t."+later.Name).Op("!=").Nil())
				}
				if t.Rest != nil {
					set = append(set, jen.Len(jen.Id("t.Rest")).Op(">").Lit(0))
				}
				cond := jen.Add(set[0])
				for _, c := range set[1:] {
					cond = cond.Op("||").Add(c)
				}
				g.If(cond).Block(wRaw(","), jen.Id("jwPtr").Call(w(), val, e.itemFunc(it.Type, false)))
				continue
			}
			g.Add(wRaw(","))
			if it.Pointer {
				g.Id("jwPtr").Call(w(), val, e.itemFunc(it.Type, false))
			} else {
				g.Add(e.writeValue(val, it.Type, false))
			}
		}
		if t.Rest != nil {
			g.For(jen.Id("i").Op(":=").Range().Id("t.Rest")).Block(
				wRaw(","), e.writeValue(jen.Id("t.Rest").Index(jen.Id("i")), t.Rest, false),
			)
		}
		g.Add(jen.Id("w.close").Call(jen.Id("s"), jen.LitRune('['), jen.LitRune(']')))
	})
}
