package emit

import (
	"fmt"

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
	f.Line()
	f.Comment("// UnmarshalJSON decodes a JSON array position by position; a position\n// past the end is left nil.")
	f.Func().Params(jen.Id("t").Op("*").Id(d.Name)).Id("UnmarshalJSON").Params(jen.Id("data").Index().Byte()).Error().BlockFunc(func(g *jen.Group) {
		g.Var().Id("items").Index().Qual("encoding/json", "RawMessage")
		g.If(jen.Err().Op(":=").Qual("encoding/json", "Unmarshal").Call(jen.Id("data"), jen.Op("&").Id("items")), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err()))
		g.Op("*").Id("t").Op("=").Id(d.Name).Values()
		for i, it := range t.Items {
			target := jen.Op("&").Id("t").Dot(it.Name)
			var alloc []jen.Code
			if it.Optional && !it.Pointer {
				// Present, even as null: a value (null decodes to its zero
				// value, as anywhere else).
				alloc = append(alloc, jen.Id("t").Dot(it.Name).Op("=").New(e.goType(it.Type)))
				target = jen.Id("t").Dot(it.Name)
			}
			g.If(jen.Len(jen.Id("items")).Op(">").Lit(i)).Block(append(alloc,
				jen.If(jen.Err().Op(":=").Qual("encoding/json", "Unmarshal").Call(jen.Id("items").Index(jen.Lit(i)), target), jen.Err().Op("!=").Nil()).Block(
					jen.Return(jen.Qual("fmt", "Errorf").Call(jen.Lit(fmt.Sprintf("%s[%d]: %%w", d.Name, i)), jen.Err())),
				),
			)...)
		}
		n := len(t.Items)
		if t.Rest != nil {
			g.For(jen.Id("i").Op(":=").Lit(n).Op(";").Id("i").Op("<").Len(jen.Id("items")).Op(";").Id("i").Op("++")).Block(
				jen.Var().Id("r").Add(e.goType(t.Rest)),
				jen.If(jen.Err().Op(":=").Qual("encoding/json", "Unmarshal").Call(jen.Id("items").Index(jen.Id("i")), jen.Op("&").Id("r")), jen.Err().Op("!=").Nil()).Block(
					jen.Return(jen.Qual("fmt", "Errorf").Call(jen.Lit(d.Name+"[%d]: %w"), jen.Id("i"), jen.Err())),
				),
				jen.Id("t").Dot("Rest").Op("=").Append(jen.Id("t").Dot("Rest"), jen.Id("r")),
			)
		} else {
			g.If(jen.Len(jen.Id("items")).Op(">").Lit(n)).Block(
				jen.Return(jen.Qual("fmt", "Errorf").Call(jen.Lit(fmt.Sprintf("%s: %%d items, at most %d allowed", d.Name, n)), jen.Len(jen.Id("items")))),
			)
		}
		g.Return(jen.Nil())
	})
}
