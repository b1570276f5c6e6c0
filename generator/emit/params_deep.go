package emit

import (
	"strconv"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// Nested deepObject query parameters: an object whose properties are
// objects in turn (ir.DeepLayoutOf) travels in bracket notation,
// filter[owner][name]=alice, one query parameter per scalar, in the order
// of the struct's fields and, within a map, of its sorted keys. The
// one-level deepObject (params_client.go, params_server.go) keeps its own
// code, so that its output does not change.

// clientDeepObject writes a nested deepObject parameter: each scalar's
// full name and value in turn (kv), then all of them to the query.
//
//	kv := make([]string, 0, 6)
//	if params.Filter.Owner != nil {
//		if params.Filter.Owner.Name != nil {
//			kv = append(kv, "filter[owner][name]", *params.Filter.Owner.Name)
//		}
//		for _, k := range slices.Sorted(maps.Keys(params.Filter.Owner.Labels)) {
//			kv = append(kv, "filter[owner][labels]["+k+"]", params.Filter.Owner.Labels[k])
//		}
//	}
//	call.addPairs("", kv)
func (e *emitter) clientDeepObject(g *jen.Group, p *ir.Param) {
	val := func() *jen.Statement { return e.paramValue(p) }
	body := []jen.Code{e.id("kv").Op(":=").Make(jen.Index().String(), jen.Lit(0), jen.Lit(2*countLeaves(p.Layout)))}
	body = append(body, e.deepPairs(p.Layout, val, p.WireName)...)
	body = append(body, e.id("call").Dot("addPairs").Call(jen.Lit(""), e.id("kv")))
	if p.Required {
		g.Block(body...)
		return
	}
	g.If(val().Op("!=").Nil()).Block(body...)
}

// countLeaves counts the properties of an object layout that are scalars
// or maps, at any depth: the room kv starts with.
func countLeaves(l ir.Layout) int {
	n := 0
	for _, f := range l.Fields {
		if f.Nested != nil && f.Nested.Struct != nil {
			n += countLeaves(*f.Nested)
			continue
		}
		n++
	}
	return n
}

// deepPairs appends the names and values of the properties of val (laid
// out as l) to kv; name is the bracketed name of val itself.
func (e *emitter) deepPairs(l ir.Layout, val func() *jen.Statement, name string) []jen.Code {
	kv := func() *jen.Statement { return e.id("kv") }
	var out []jen.Code
	for _, f := range l.Fields {
		field := func() *jen.Statement { return val().Dot(f.Field.Name) }
		key := name + "[" + f.Field.JSONName + "]"
		var stmts []jen.Code
		switch {
		case f.Array:
			items := field
			if f.Field.Pointer {
				items = func() *jen.Statement { return jen.Parens(jen.Op("*").Add(field())) }
			}
			stmts = append(stmts, jen.For(jen.List(e.id("i"), e.id("v")).Op(":=").Range().Add(items())).Block(
				kv().Op("=").Append(kv(), jen.Lit(key+"[").Op("+").Qual("strconv", "Itoa").Call(e.id("i")).Op("+").Lit("]"), formatScalar(f.Scalar, e.id("v"))),
			))
		case f.Nested == nil && f.Field.Pointer:
			stmts = append(stmts, kv().Op("=").Append(kv(), jen.Lit(key), formatPointed(f.Scalar, field())))
		case f.Nested == nil:
			stmts = append(stmts, kv().Op("=").Append(kv(), jen.Lit(key), formatScalar(f.Scalar, field())))
		case f.Nested.Struct == nil:
			m := field
			if f.Field.Pointer {
				m = func() *jen.Statement { return jen.Parens(jen.Op("*").Add(field())) }
			}
			stmts = append(stmts, jen.For(jen.List(jen.Id("_"), e.id("k")).Op(":=").Range().Qual("slices", "Sorted").Call(jen.Qual("maps", "Keys").Call(m()))).Block(
				kv().Op("=").Append(kv(), jen.Lit(key+"[").Op("+").Add(e.id("k")).Op("+").Lit("]"), formatScalar(f.Nested.Scalar, m().Index(e.id("k")))),
			))
		default:
			stmts = e.deepPairs(*f.Nested, field, key)
		}
		if f.Field.Pointer {
			out = append(out, jen.If(field().Op("!=").Nil()).Block(stmts...))
			continue
		}
		out = append(out, stmts...)
	}
	return out
}

// decodeDeep parses a nested deepObject parameter from pairs (its
// properties: queryDeep of its name) into params, then validates it as
// decodeObject does a one-level one.
func (e *emitter) decodeDeep(g *jen.Group, p *ir.Param, pairs func() *jen.Statement) {
	decl := p.Layout.Struct
	if e.needs[decl] {
		g.Add(e.id("before")).Op(":=").Len(e.id("in").Dot("problems"))
	}
	e.deepStruct(g, p.Layout, 0, pairs, e.queryDeepOf, p.WireName, p.WireName)
	if e.needs[decl] {
		g.If(jen.Len(e.id("in").Dot("problems")).Op("==").Add(e.id("before"))).Block(
			e.id("in").Dot("checkEach").Call(jen.Lit(p.WireName+"."), jen.Op("&").Add(e.id("obj"))),
		)
	}
	field := e.id("params").Dot(p.Name)
	if p.Required {
		g.Add(field).Op("=").Add(e.id("obj"))
		return
	}
	g.Add(field).Op("=").Op("&").Add(e.id("obj"))
}

// queryDeepOf and formDeepOf read the properties under a bracketed name
// from the query, or from a form's values.
func (e *emitter) queryDeepOf(key string) jen.Code {
	return jen.Id("queryDeep").Call(e.id("r"), jen.Lit(key))
}

func (e *emitter) formDeepOf(key string) jen.Code {
	return jen.Id("formDeep").Call(e.id("values"), jen.Lit(key))
}

// deepObj and deepPairsAt name the struct being filled, and the map of
// its properties' text, at a depth of nesting (obj, obj1, …; deep1, …).
func deepObj(depth int) string {
	if depth == 0 {
		return "obj"
	}
	return "obj" + strconv.Itoa(depth)
}

func deepPairsAt(depth int) string { return "deep" + strconv.Itoa(depth) }

// deepStruct declares the struct of l at depth and parses into it each
// property: a scalar from pairs, an object from the query parameters
// under its bracketed name (wire[prop]), recursively. problem is the
// dotted name problems are reported under (filter.owner.name).
//
//	var obj1 Owner
//	if s, ok := deep1["name"]; ok {
//		obj1.Name = &s
//	}
//	if deep2 := queryDeep(r, "filter[owner][labels]"); len(deep2) > 0 {
//		obj1.Labels = deep2
//	}
func (e *emitter) deepStruct(g *jen.Group, l ir.Layout, depth int, pairs func() *jen.Statement, source func(key string) jen.Code, wire, problem string) {
	obj := e.local(deepObj(depth))
	g.Var().Id(obj).Id(l.Struct.Name)
	for _, f := range l.Fields {
		name := problem + "." + f.Field.JSONName
		target := func() *jen.Statement { return jen.Id(obj).Dot(f.Field.Name) }
		store := func(v jen.Code) jen.Code { return target().Op("=").Add(v) }
		if f.Field.Pointer {
			store = func(v jen.Code) jen.Code { return target().Op("=").Op("&").Add(v) }
		}
		var stmt *jen.Statement
		if f.Array {
			stmt = e.deepArray(f, depth, source(wire+"["+f.Field.JSONName+"]"), name, target)
		} else if f.Nested == nil {
			stmt = jen.If(jen.List(e.id("s"), e.id("ok")).Op(":=").Add(pairs()).Index(jen.Lit(f.Field.JSONName)), e.id("ok")).Block(
				e.parseField(f.Scalar, wireLit(name), store)...)
		} else {
			sub := func() *jen.Statement { return e.id(deepPairsAt(depth + 1)) }
			key := wire + "[" + f.Field.JSONName + "]"
			stmt = jen.If(sub().Op(":=").Add(source(key)), jen.Len(sub()).Op(">").Lit(0)).BlockFunc(func(b *jen.Group) {
				if f.Nested.Struct == nil {
					e.deepMap(b, f, sub, name, store)
					return
				}
				e.deepStruct(b, *f.Nested, depth+1, sub, source, key, name)
				b.Add(store(e.id(deepObj(depth + 1))))
			})
		}
		if f.Field.Required {
			stmt = stmt.Else().Block(e.id("in").Dot("add").Call(jen.Lit(name), jen.Lit("is required")))
		}
		g.Add(stmt)
	}
}

// deepMap parses the entries of a map property from pairs and stores the
// map; each value's problems are named problem.key.
func (e *emitter) deepMap(g *jen.Group, f ir.ObjectField, pairs func() *jen.Statement, problem string, store func(jen.Code) jen.Code) {
	s := f.Nested.Scalar
	if s.Kind == ir.KindString && s.Enum == nil && !f.Field.Pointer {
		g.Add(store(pairs()))
		return
	}
	g.Add(e.id("m")).Op(":=").Make(e.goType(f.Field.Type), jen.Len(pairs()))
	g.Comment("// Sorted, so that problems are reported in the same order every time.")
	g.For(jen.List(jen.Id("_"), e.id("k")).Op(":=").Range().Qual("slices", "Sorted").Call(jen.Qual("maps", "Keys").Call(pairs()))).Block(
		append([]jen.Code{e.id("s").Op(":=").Add(pairs()).Index(e.id("k"))},
			e.parseInto(s, func() jen.Code { return jen.Lit(problem + ".").Op("+").Add(e.id("k")) }, func(v jen.Code) jen.Code {
				return e.id("m").Index(e.id("k")).Op("=").Add(v)
			})...)...,
	)
	g.Add(store(e.id("m")))
}

// deepArray parses an indexed array property (name[tags][0]=a) from src,
// the map of its items by index, into target; its problems are named
// problem.
//
//	if deep1 := queryDeep(r, "filter[tags]"); len(deep1) > 0 {
//		for _, s := range in.items("filter.tags", deep1) {
//			obj.Tags = append(obj.Tags, s)
//		}
//	}
func (e *emitter) deepArray(f ir.ObjectField, depth int, src jen.Code, problem string, target func() *jen.Statement) *jen.Statement {
	sub := func() *jen.Statement { return e.id(deepPairsAt(depth + 1)) }
	slice := target
	if f.Field.Pointer {
		slice = func() *jen.Statement { return jen.Parens(jen.Op("*").Add(target())) }
	}
	var body []jen.Code
	if f.Field.Pointer {
		body = append(body, target().Op("=").New(e.goType(f.Field.Type)))
	}
	body = append(body, jen.For(jen.List(jen.Id("_"), e.id("s")).Op(":=").Range().Add(e.id("in")).Dot("items").Call(jen.Lit(problem), sub())).Block(
		e.parseInto(f.Scalar, wireLit(problem), func(v jen.Code) jen.Code { return slice().Op("=").Append(slice(), v) })...,
	))
	return jen.If(sub().Op(":=").Add(src), jen.Len(sub()).Op(">").Lit(0)).Block(body...)
}
