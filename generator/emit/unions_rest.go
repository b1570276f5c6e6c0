package emit

import (
	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// Rest: what a union told apart by shape keeps of the object it decoded
// beyond its variant's fields (runtime jsonRest, where the reason is).

// keepsRest reports whether union u keeps the members its variant does not
// declare: it is told apart by shape, two of its variants may take an
// object, and one of those is an open struct (its schema allows members
// it does not declare), whose fields alone could encode as an object an
// earlier variant matches. A discriminator decides the variant by one
// member, which every variant writes back.
func keepsRest(u *ir.Union) bool {
	if u.Discriminator != "" {
		return false
	}
	objects, open := 0, false
	for _, v := range u.Variants {
		if v.JSONType != "object" && v.JSONType != "" {
			continue
		}
		objects++
		if st := variantStruct(v); st != nil && !st.Extra.Forbidden {
			open = true
		}
	}
	return objects >= 2 && open
}

// variantStruct is the struct a variant holds, or nil.
func variantStruct(v *ir.Variant) *ir.Struct {
	st, _ := v.Decl.Type.(*ir.Struct)
	return st
}

// restField is the union's field of the members kept.
func restField() []jen.Code {
	return []jen.Code{
		jen.Comment("// Rest holds the members of the object Value was decoded from that its\n// type has no field for; they are written after Value's own."),
		jen.Id("Rest").Map(jen.String()).Qual("encoding/json", "RawMessage"),
	}
}

// genRestNames writes the method that tells the members the variant held
// declares (matched as its decoding matches them: ignoring case unless a
// struct tag cannot carry the name); a variant of another type keeps what
// it takes itself (a map, a nested union), so it declares every name.
//
//	func (u *Run) declares(name string) bool {
//		switch u.Value.(type) {
//		case *Base:
//			return jsonNamedFold(name, "id", "args")
//		}
//		return true
//	}
func genRestNames(f *jen.File, d *ir.Decl, u *ir.Union) {
	f.Line()
	f.Comment("// declares reports whether the variant u holds has a field for a member\n// name (else Rest keeps the member).")
	f.Func().Params(jen.Id("u").Op("*").Id(d.Name)).Id("declares").Params(jen.Id("name").String()).Bool().BlockFunc(func(g *jen.Group) {
		g.Switch(jen.Id("u.Value").Assert(jen.Type())).BlockFunc(func(sw *jen.Group) {
			for _, v := range u.Variants {
				st := variantStruct(v)
				if st == nil {
					continue
				}
				var folded []jen.Code
				var exact []jen.Code
				for _, fl := range st.Fields {
					if taggable(fl.JSONName) {
						folded = append(folded, jen.Lit(fl.JSONName))
					} else {
						exact = append(exact, jen.Id("name").Op("==").Lit(fl.JSONName))
					}
				}
				var test *jen.Statement
				if len(folded) > 0 {
					test = jen.Id("jsonNamedFold").Call(append([]jen.Code{jen.Id("name")}, folded...)...)
				}
				for _, x := range exact {
					if test == nil {
						test = jen.Add(x)
					} else {
						test = test.Op("||").Add(x)
					}
				}
				if test == nil {
					test = jen.False()
				}
				sw.Case(jen.Op("*").Id(v.Decl.Name)).Block(jen.Return(test))
			}
		})
		g.Return(jen.True())
	})
}
