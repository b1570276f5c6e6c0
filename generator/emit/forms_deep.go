package emit

import (
	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// Form fields in bracket notation: a urlencoded form property whose media
// type's `encoding` gives it style deepObject (lowering's layDeepFields)
// travels as metadata[key]=value, card[address][city]=…, one form field per
// scalar, like a nested deepObject query parameter (params_deep.go).

// clientFormObject encodes such a field of body into form.
//
//	for _, k := range slices.Sorted(maps.Keys(body.Metadata)) {
//		form.Add("metadata["+k+"]", body.Metadata[k])
//	}
//	if body.Card != nil {
//		kv := make([]string, 0, 4)
//		kv = append(kv, "card[number]", body.Card.Number)
//		for i := 0; i+1 < len(kv); i += 2 {
//			form.Add(kv[i], kv[i+1])
//		}
//	}
func (e *emitter) clientFormObject(ff *ir.FormField) []jen.Code {
	fd := ff.Field
	val := func() *jen.Statement { return e.id("body").Dot(fd.Name) }
	if fd.Pointer {
		val = func() *jen.Statement { return jen.Parens(jen.Op("*").Add(e.id("body").Dot(fd.Name))) }
	}
	var body []jen.Code
	if ff.Layout.Struct == nil {
		body = append(body, jen.For(jen.List(jen.Id("_"), e.id("k")).Op(":=").Range().Qual("slices", "Sorted").Call(jen.Qual("maps", "Keys").Call(val()))).Block(
			e.id("form").Dot("Add").Call(jen.Lit(fd.JSONName+"[").Op("+").Add(e.id("k")).Op("+").Lit("]"), formatScalar(ff.Layout.Scalar, val().Index(e.id("k")))),
		))
	} else {
		body = append(body, e.id("kv").Op(":=").Make(jen.Index().String(), jen.Lit(0), jen.Lit(2*countLeaves(ff.Layout))))
		body = append(body, e.deepPairs(ff.Layout, func() *jen.Statement { return e.id("body").Dot(fd.Name) }, fd.JSONName)...)
		body = append(body, jen.For(e.id("i").Op(":=").Lit(0), e.id("i").Op("+").Lit(1).Op("<").Len(e.id("kv")), e.id("i").Op("+=").Lit(2)).Block(
			e.id("form").Dot("Add").Call(e.id("kv").Index(e.id("i")), e.id("kv").Index(e.id("i").Op("+").Lit(1))),
		))
	}
	switch {
	case fd.Pointer:
		return []jen.Code{jen.If(e.id("body").Dot(fd.Name).Op("!=").Nil()).Block(body...)}
	case ff.Layout.Struct == nil:
		return body
	}
	// A block, for kv's scope.
	return []jen.Code{jen.Block(body...)}
}

// routeFormObject parses such a field from the form's values into
// target, its problems named by dotted path (card.address.city).
//
//	if deep1 := formDeep(values, "card"); len(deep1) > 0 {
//		var obj1 Card
//		…
//		form.Card = &obj1
//	}
func (e *emitter) routeFormObject(g *jen.Group, target string, ff *ir.FormField) {
	fd := ff.Field
	field := func() *jen.Statement { return e.id(target).Dot(fd.Name) }
	store := func(v jen.Code) jen.Code { return field().Op("=").Add(v) }
	if fd.Pointer {
		store = func(v jen.Code) jen.Code { return field().Op("=").Op("&").Add(v) }
	}
	pairs := func() *jen.Statement { return e.id(deepPairsAt(1)) }
	stmt := jen.If(pairs().Op(":=").Add(e.formDeepOf(fd.JSONName)), jen.Len(pairs()).Op(">").Lit(0)).BlockFunc(func(b *jen.Group) {
		if ff.Layout.Struct == nil {
			e.deepMap(b, ir.ObjectField{Field: fd, Nested: &ff.Layout}, pairs, fd.JSONName, store)
			return
		}
		e.deepStruct(b, ff.Layout, 1, pairs, e.formDeepOf, fd.JSONName, fd.JSONName)
		b.Add(store(e.id(deepObj(1))))
	})
	if fd.Required {
		stmt = stmt.Else().Block(e.id("in").Dot("add").Call(jen.Lit(fd.JSONName), jen.Lit("is required")))
	}
	g.Add(stmt)
}
