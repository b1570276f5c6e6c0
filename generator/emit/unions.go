package emit

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// genUnions writes every union declaration and, when there is one, the
// JSON helpers they share.
func (e *emitter) genUnions(f *jen.File) bool {
	any := false
	for _, d := range e.api.Decls {
		if u, ok := d.Type.(*ir.Union); ok {
			e.genUnion(f, d, u)
			any = true
		}
	}
	if any {
		genJSONKind(f)
	}
	return any
}

// genUnion writes a sum type: a struct holding a sealed interface that only
// the variant types implement, with JSON methods that choose the variant.
//
//	type Pet struct {
//		// Value is *Cat or *Dog; nil encodes as null.
//		Value PetValue
//	}
//	type PetValue interface{ isPetValue() }
//	func (*Cat) isPetValue() {}
func (e *emitter) genUnion(f *jen.File, d *ir.Decl, u *ir.Union) {
	names := variantNames(u)
	f.Line()
	f.Add(typeDoc(d))
	f.Type().Id(d.Name).Struct(
		jen.Comment(fmt.Sprintf("// Value is %s; nil encodes as null.", names)),
		jen.Id("Value").Id(u.ValueName),
	)
	f.Line()
	f.Comment(fmt.Sprintf("// %s is implemented by the types %s can hold: %s.", u.ValueName, d.Name, names))
	f.Type().Id(u.ValueName).Interface(jen.Id(marker(u)).Params())
	for _, v := range u.Variants {
		f.Func().Params(jen.Op("*").Id(v.Decl.Name)).Id(marker(u)).Params().Block()
	}
	e.genUnionMarshal(f, d, u)
	if u.Discriminator != "" {
		e.genTaggedUnmarshal(f, d, u)
	} else {
		e.genShapeUnmarshal(f, d, u)
	}
}

func marker(u *ir.Union) string { return "is" + u.ValueName }

// variantNames lists the variants for doc comments: "*Cat or *Dog".
func variantNames(u *ir.Union) string {
	var parts []string
	for _, v := range u.Variants {
		parts = append(parts, "*"+v.Decl.Name)
	}
	if len(parts) <= 1 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " or " + parts[len(parts)-1]
}

// genUnionMarshal encodes the variant held, filling in the discriminator
// when the variant struct has a field for it that is left empty.
func (e *emitter) genUnionMarshal(f *jen.File, d *ir.Decl, u *ir.Union) {
	f.Line()
	f.Comment("// MarshalJSON encodes the variant u holds.")
	f.Func().Params(jen.Id("u").Id(d.Name)).Id("MarshalJSON").Params().Params(jen.Index().Byte(), jen.Error()).Block(
		jen.Switch(jen.Id("v").Op(":=").Id("u").Dot("Value").Assert(jen.Type())).BlockFunc(func(g *jen.Group) {
			g.Case(jen.Nil()).Block(jen.Return(jen.Index().Byte().Call(jen.Lit("null")), jen.Nil()))
			for _, v := range u.Variants {
				g.Case(jen.Op("*").Id(v.Decl.Name)).BlockFunc(func(b *jen.Group) {
					if v.TagField == nil || len(v.Tags) == 0 {
						b.Return(jen.Qual("encoding/json", "Marshal").Call(jen.Id("v")))
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
						b.If(jen.Id("c").Dot(fl.Name).Op("==").Nil()).Block(
							jen.Id("c").Dot(fl.Name).Op("=").Id("Ptr").Call(tag),
						)
					} else {
						b.If(jen.Id("c").Dot(fl.Name).Op("==").Lit("")).Block(
							jen.Id("c").Dot(fl.Name).Op("=").Add(tag),
						)
					}
					b.Return(jen.Qual("encoding/json", "Marshal").Call(jen.Op("&").Id("c")))
				})
			}
		}),
		jen.Return(jen.Nil(), jen.Qual("fmt", "Errorf").Call(jen.Lit(d.Name+": unexpected variant %T"), jen.Id("u").Dot("Value"))),
	)
}

// genTaggedUnmarshal decodes by the discriminator property.
func (e *emitter) genTaggedUnmarshal(f *jen.File, d *ir.Decl, u *ir.Union) {
	f.Line()
	f.Comment(fmt.Sprintf("// UnmarshalJSON decodes the variant that the %q property names.", u.Discriminator))
	f.Func().Params(jen.Id("u").Op("*").Id(d.Name)).Id("UnmarshalJSON").Params(jen.Id("data").Index().Byte()).Error().Block(
		jen.If(jen.Id("jsonKind").Call(jen.Id("data")).Op("==").Lit("null")).Block(
			jen.Id("u").Dot("Value").Op("=").Nil(),
			jen.Return(jen.Nil()),
		),
		jen.Add(probeTag(d, u)),
		jen.If(jen.Id("probe").Dot("Tag").Op("==").Nil()).Block(
			jen.Return(jen.Qual("errors", "New").Call(jen.Lit(fmt.Sprintf("%s: no %q property to tell the variant", d.Name, u.Discriminator)))),
		),
		jen.Switch(jen.Op("*").Id("probe").Dot("Tag")).BlockFunc(func(g *jen.Group) {
			for _, v := range u.Variants {
				if len(v.Tags) == 0 {
					continue
				}
				g.CaseFunc(func(c *jen.Group) {
					for _, t := range v.Tags {
						c.Lit(t)
					}
				}).Block(decodeVariant(v, true)...)
			}
			g.Default().Block(
				jen.Return(jen.Qual("fmt", "Errorf").Call(jen.Lit(fmt.Sprintf("%s: unknown %s %%q", d.Name, u.Discriminator)), jen.Op("*").Id("probe").Dot("Tag"))),
			)
		}),
	)
}

// probeTag reads the discriminator into probe.Tag: through a struct tag,
// or, for a name a tag cannot carry, from the object's members.
func probeTag(d *ir.Decl, u *ir.Union) jen.Code {
	failed := func(err jen.Code) jen.Code {
		return jen.Return(jen.Qual("fmt", "Errorf").Call(jen.Lit(d.Name+": %w"), err))
	}
	if taggable(u.Discriminator) {
		return jen.Var().Id("probe").Struct(jen.Id("Tag").Op("*").String().Tag(map[string]string{"json": u.Discriminator})).Line().
			If(jen.Err().Op(":=").Qual(encJSON, "Unmarshal").Call(jen.Id("data"), jen.Op("&").Id("probe")), jen.Err().Op("!=").Nil()).Block(failed(jen.Err()))
	}
	return jen.Var().Id("probe").Struct(jen.Id("Tag").Op("*").String()).Line().
		Var().Id("members").Map(jen.String()).Qual(encJSON, "RawMessage").Line().
		If(jen.Err().Op(":=").Qual(encJSON, "Unmarshal").Call(jen.Id("data"), jen.Op("&").Id("members")), jen.Err().Op("!=").Nil()).Block(failed(jen.Err())).Line().
		If(jen.List(jen.Id("m"), jen.Id("ok")).Op(":=").Id("members").Index(jen.Lit(u.Discriminator)), jen.Id("ok")).Block(
		jen.If(jen.Err().Op(":=").Qual(encJSON, "Unmarshal").Call(jen.Id("m"), jen.Op("&").Id("probe").Dot("Tag")), jen.Err().Op("!=").Nil()).Block(failed(jen.Err())),
	)
}

// decodeVariant decodes data into a new variant and stores it; with
// strict, a decoding error is returned, else the next variant is tried.
func decodeVariant(v *ir.Variant, strict bool) []jen.Code {
	decode := jen.Qual("encoding/json", "Unmarshal").Call(jen.Id("data"), jen.Id("v"))
	if strict {
		return []jen.Code{
			jen.Id("v").Op(":=").New(jen.Id(v.Decl.Name)),
			jen.If(jen.Err().Op(":=").Add(decode), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
			jen.Id("u").Dot("Value").Op("=").Id("v"),
			jen.Return(jen.Nil()),
		}
	}
	return []jen.Code{
		jen.Id("v").Op(":=").New(jen.Id(v.Decl.Name)),
		jen.Err().Op(":=").Add(decode),
		jen.If(jen.Err().Op("==").Nil()).Block(
			jen.Id("u").Dot("Value").Op("=").Id("v"),
			jen.Return(jen.Nil()),
		),
		jen.If(jen.Id("first").Op("==").Nil()).Block(jen.Id("first").Op("=").Err()),
	}
}

// genShapeUnmarshal decodes the first variant, in schema order, whose JSON
// type matches and whose required properties are present, and that decodes
// without error.
func (e *emitter) genShapeUnmarshal(f *jen.File, d *ir.Decl, u *ir.Union) {
	needKeys := false
	for _, v := range u.Variants {
		if v.JSONType == "object" && len(v.Required) > 0 {
			needKeys = true
		}
	}
	f.Line()
	f.Comment("// UnmarshalJSON decodes the first variant, in schema order, whose JSON type\n// matches, whose required properties are all present, and that decodes\n// without error.")
	f.Func().Params(jen.Id("u").Op("*").Id(d.Name)).Id("UnmarshalJSON").Params(jen.Id("data").Index().Byte()).Error().BlockFunc(func(g *jen.Group) {
		g.Id("kind").Op(":=").Id("jsonKind").Call(jen.Id("data"))
		g.Var().Id("first").Error()
		if d.RejectNull {
			g.If(jen.Id("kind").Op("==").Lit("null")).Block(
				jen.Return(jen.Qual("errors", "New").Call(jen.Lit("null is not allowed: the value is a " + d.Name + " here"))),
			)
		} else {
			g.If(jen.Id("kind").Op("==").Lit("null")).Block(
				jen.Id("u").Dot("Value").Op("=").Nil(),
				jen.Return(jen.Nil()),
			)
		}
		if needKeys {
			g.Var().Id("keys").Map(jen.String()).Qual("encoding/json", "RawMessage")
			g.If(jen.Id("kind").Op("==").Lit("object")).Block(
				jen.Qual("encoding/json", "Unmarshal").Call(jen.Id("data"), jen.Op("&").Id("keys")),
			)
		}
		for _, v := range u.Variants {
			var conds []jen.Code
			switch v.JSONType {
			case "":
			case "integer":
				conds = append(conds, jen.Id("kind").Op("==").Lit("number"))
			default:
				conds = append(conds, jen.Id("kind").Op("==").Lit(v.JSONType))
			}
			if v.JSONType == "object" {
				for _, r := range v.Required {
					conds = append(conds, jen.Id("keys").Index(jen.Lit(r)).Op("!=").Nil())
				}
			}
			body := decodeVariant(v, false)
			if len(conds) == 0 {
				g.Block(body...)
				continue
			}
			cond := conds[0]
			for _, c := range conds[1:] {
				cond = jen.Add(cond).Op("&&").Add(c)
			}
			g.If(cond).Block(body...)
		}
		// The first variant that fit by shape but did not decode says best
		// what is wrong (1.5 where only an integer fits).
		g.If(jen.Id("first").Op("!=").Nil()).Block(
			jen.Return(jen.Qual("fmt", "Errorf").Call(jen.Lit(d.Name+": %w"), jen.Id("first"))),
		)
		g.Return(jen.Qual("errors", "New").Call(jen.Lit(fmt.Sprintf("%s: the value matches none of %s", d.Name, variantNames(u)))))
	})
}

// genJSONKind writes the helper that tells a JSON value's type from its
// first byte.
func genJSONKind(f *jen.File) {
	f.Line()
	f.Comment("// jsonKind returns the JSON type of a value from its first byte: \"object\",\n// \"array\", \"string\", \"number\", \"boolean\" or \"null\" (\"\" when empty).")
	f.Func().Id("jsonKind").Params(jen.Id("data").Index().Byte()).String().Block(
		jen.For(jen.List(jen.Id("_"), jen.Id("c")).Op(":=").Range().Id("data")).Block(
			jen.Switch(jen.Id("c")).Block(
				jen.Case(jen.LitRune(' '), jen.LitRune('\t'), jen.LitRune('\n'), jen.LitRune('\r')).Block(jen.Continue()),
				jen.Case(jen.LitRune('{')).Block(jen.Return(jen.Lit("object"))),
				jen.Case(jen.LitRune('[')).Block(jen.Return(jen.Lit("array"))),
				jen.Case(jen.LitRune('"')).Block(jen.Return(jen.Lit("string"))),
				jen.Case(jen.LitRune('t'), jen.LitRune('f')).Block(jen.Return(jen.Lit("boolean"))),
				jen.Case(jen.LitRune('n')).Block(jen.Return(jen.Lit("null"))),
				jen.Default().Block(jen.Return(jen.Lit("number"))),
			),
		),
		jen.Return(jen.Lit("")),
	)
}
