package emit

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// routePathParams parses the path parameters into locals named like the
// Server method's parameters.
func (e *emitter) routePathParams(g *jen.Group, op *ir.Operation) {
	for _, p := range op.ParamsIn(ir.InPath) {
		s := p.Layout.Scalar
		src := jen.Id("pathValue").Call(e.id("r"), jen.Lit(p.Wildcard))
		if p.Segment != nil {
			src = jen.Add(e.segmentText(op, p))
		}
		if p.Layout.Kind == ir.LayoutJSON {
			g.Var().Id(p.ArgName).Add(e.goType(p.Type))
			g.Add(e.parseJSONInto(p.WireName, src, jen.Id(p.ArgName), p.Type))
			continue
		}
		if p.Layout.Kind == ir.LayoutArray {
			arg := func() *jen.Statement { return jen.Id(p.ArgName) }
			g.Var().Add(arg()).Add(e.goType(p.Type))
			split := jen.Id("splitParam").Call(src, jen.Lit(","))
			if p.KeepEmpty {
				split = jen.Qual("strings", "Split").Call(src, jen.Lit(","))
			}
			g.For(jen.List(jen.Id("_"), e.id("s")).Op(":=").Range().Add(split)).Block(
				e.parseInto(s, wireLit(p.WireName), func(v jen.Code) jen.Code { return arg().Op("=").Append(arg(), v) })...,
			)
			continue
		}
		g.Id(p.ArgName).Op(":=").Add(e.parseScalar(s, jen.Lit(p.WireName), src))
		if s.Enum != nil {
			g.Add(e.id("in")).Dot("check").Call(jen.Lit(p.WireName), jen.Id(p.ArgName))
		}
	}
}

// parseJSONInto decodes src, the JSON text of the parameter or form field
// name, into target, a value of type t. A type with a decodeJSON method of
// its own goes to parseJSON, which runs its Validate too; an unnamed
// slice, map or scalar is decoded by its decoder (readJSON), as a body of
// that type is, so that a null where the schema allows none is reported
// rather than left as encoding/json's zero value, which Validate passes.
//
//	in.readJSON("ids", s, func(r *jsonReader) { jsonSlice(&params.Ids, r, jsonInt[int64]) })
func (e *emitter) parseJSONInto(name string, src jen.Code, target *jen.Statement, t ir.Type) *jen.Statement {
	switch t.(type) {
	case *ir.Slice, *ir.Map, *ir.Primitive:
		// The reader is r, shadowing the request, unless a path parameter
		// took r (the request is r2 then): target may be that parameter.
		reader := "r"
		if e.local("r") != "r" {
			reader = e.local("reader")
		}
		return e.id("in").Dot("readJSON").Call(jen.Lit(name), src,
			jen.Func().Params(jen.Id(reader).Op("*").Id("jsonReader")).Block(e.decoderOf(t).callPtrFrom(jen.Op("&").Add(target), reader)))
	}
	return e.id("in").Dot("parseJSON").Call(jen.Lit(name), src, jen.Op("&").Add(target))
}

// wireLit returns a function making the literal name, for parseInto.
func wireLit(name string) func() jen.Code {
	return func() jen.Code { return jen.Lit(name) }
}

// routeOtherParams parses the query, header and cookie parameters into
// params.
func (e *emitter) routeOtherParams(g *jen.Group, op *ir.Operation) {
	if op.ParamsType == "" {
		return
	}
	g.Var().Add(e.id("params")).Id(op.ParamsType)
	for _, p := range op.Params {
		if p.In != ir.InPath {
			e.routeParam(g, op, p)
		}
	}
}

// paramLookup is `s, ok := queryParam(r, "name")` (headerParam,
// cookieParam): the parameter's one text value.
func (e *emitter) paramLookup(p *ir.Param) jen.Code {
	source := map[ir.ParamIn]string{ir.InQuery: "queryParam", ir.InHeader: "headerParam", ir.InCookie: "cookieParam"}[p.In]
	return jen.List(e.id("s"), e.id("ok")).Op(":=").Id(source).Call(e.id("r"), jen.Lit(p.WireName))
}

// required adds `else { in.add(name, "is required") }` to an if statement
// when p is required.
func (e *emitter) required(p *ir.Param, stmt *jen.Statement) *jen.Statement {
	if !p.Required {
		return stmt
	}
	return stmt.Else().Block(e.id("in").Dot("add").Call(jen.Lit(p.WireName), jen.Lit("is required")))
}

// routeParam parses one query, header or cookie parameter into params.
func (e *emitter) routeParam(g *jen.Group, op *ir.Operation, p *ir.Param) {
	field := func() *jen.Statement { return e.id("params").Dot(p.Name) }
	s := p.Layout.Scalar
	switch p.Layout.Kind {
	case ir.LayoutScalar:
		store := func(v jen.Code) jen.Code { return field().Op("=").Op("&").Add(v) }
		if p.Required {
			store = func(v jen.Code) jen.Code { return field().Op("=").Add(v) }
		}
		g.Add(e.required(p, jen.If(e.paramLookup(p), e.id("ok")).Block(e.parseInto(s, wireLit(p.WireName), store)...)))
	case ir.LayoutArray:
		var items jen.Code
		switch {
		case p.In == ir.InQuery:
			sep := ""
			if !p.Explode {
				sep = separator(p)
			}
			source := "queryParams"
			if p.KeepEmpty {
				source = "queryItems"
			}
			items = jen.Id(source).Call(e.id("r"), jen.Lit(p.WireName), jen.Lit(sep))
		case p.In == ir.InCookie:
			// Split before each item is percent-decoded (cookieParam).
			items = jen.Id("cookieItems").Call(e.id("r"), jen.Lit(p.WireName), jen.Lit(p.KeepEmpty))
		case p.KeepEmpty:
			items = jen.Id("headerItems").Call(e.id("r"), jen.Lit(p.WireName))
		default:
			g.Var().Add(e.id(nameFor(p))).Index().String()
			g.If(e.paramLookup(p), e.id("ok")).Block(e.id(nameFor(p)).Op("=").Id("splitParam").Call(e.id("s"), jen.Lit(",")))
			items = e.id(nameFor(p))
		}
		g.For(jen.List(jen.Id("_"), e.id("s")).Op(":=").Range().Add(items)).Block(
			e.parseInto(s, wireLit(p.WireName), func(v jen.Code) jen.Code { return field().Op("=").Append(field(), v) })...,
		)
		if p.Required {
			g.If(jen.Len(field()).Op("==").Lit(0)).Block(e.id("in").Dot("add").Call(jen.Lit(p.WireName), jen.Lit("is required")))
		}
	case ir.LayoutObject:
		e.routeObject(g, op, p)
	case ir.LayoutJSON:
		// A cookie's JSON arrives percent-encoded, and cookieParam
		// decodes it.
		decode := []jen.Code{e.parseJSONInto(p.WireName, e.id("s"), field(), p.Type)}
		if p.Pointer {
			decode = append(decode[:len(decode)-1],
				jen.Var().Add(e.id("v")).Add(e.goType(p.Type)),
				jen.If(e.parseJSONInto(p.WireName, e.id("s"), e.id("v"), p.Type)).Block(
					field().Op("=").Op("&").Add(e.id("v")),
				),
			)
		}
		g.Add(e.required(p, jen.If(e.paramLookup(p), e.id("ok")).Block(decode...)))
	default:
		panic(fmt.Sprintf("emit: unhandled parameter layout %v", p.Layout.Kind))
	}
}

// nameFor names the local holding a header or cookie array's items.
func nameFor(p *ir.Param) string { return "items" + p.Name }

// pairsFor names the local holding an object parameter's names and values.
func pairsFor(p *ir.Param) string { return "pairs" + p.Name }

// routeObject parses an object parameter: first its names and values as a
// map[string]string, as its style lays them out, then each value.
//
//	pairsFilter := queryDeep(r, "filter")
//	if len(pairsFilter) > 0 {
//		var obj Filter
//		if s, ok := pairsFilter["limit"]; ok {
//			v := in.parseInt("filter.limit", s, 64)
//			obj.Limit = &v
//		}
//		params.Filter = &obj
//	}
func (e *emitter) routeObject(g *jen.Group, op *ir.Operation, p *ir.Param) {
	pairs := func() *jen.Statement { return e.id(pairsFor(p)) }
	switch {
	case p.In == ir.InQuery && p.Style == "deepObject":
		g.Add(pairs()).Op(":=").Id("queryDeep").Call(e.id("r"), jen.Lit(p.WireName))
	case p.In == ir.InQuery && p.Explode && p.Layout.Struct != nil:
		g.Add(pairs()).Op(":=").Id("queryKeys").Call(e.id("r"), stringList(objectKeys(p)), jen.False())
	case p.In == ir.InQuery && p.Explode:
		g.Add(pairs()).Op(":=").Id("queryKeys").Call(e.id("r"), stringList(declaredQuery(op, p)), jen.True())
	case p.In == ir.InCookie:
		// Split before the names and values are percent-decoded.
		g.Var().Add(pairs()).Map(jen.String()).String()
		g.If(jen.List(e.id("s"), e.id("ok")).Op(":=").Id("cookieRaw").Call(e.id("r"), jen.Lit(p.WireName)), e.id("ok")).Block(
			pairs().Op("=").Id("unescapePairs").Call(e.id("in").Dot("pairs").Call(jen.Lit(p.WireName), e.id("s"), jen.Lit(","), jen.False())),
		)
	default:
		g.Var().Add(pairs()).Map(jen.String()).String()
		g.If(e.paramLookup(p), e.id("ok")).Block(
			pairs().Op("=").Add(e.id("in")).Dot("pairs").Call(jen.Lit(p.WireName), e.id("s"), jen.Lit(separator(p)), jen.Lit(p.In == ir.InHeader && p.Explode)),
		)
	}
	g.Add(e.required(p, jen.If(jen.Len(pairs()).Op(">").Lit(0)).BlockFunc(func(b *jen.Group) {
		if p.Layout.Nested() {
			e.decodeDeep(b, p, pairs)
			return
		}
		e.decodeObject(b, p, pairs)
	})))
}

// decodeObject parses the pairs of an object parameter into params.
func (e *emitter) decodeObject(g *jen.Group, p *ir.Param, pairs func() *jen.Statement) {
	field := func() *jen.Statement { return e.id("params").Dot(p.Name) }
	s := p.Layout.Scalar
	if p.Layout.Struct == nil {
		if s.Kind == ir.KindString && s.Enum == nil {
			g.Add(field()).Op("=").Add(pairs())
			return
		}
		g.Add(field()).Op("=").Make(e.goType(p.Type), jen.Len(pairs()))
		g.Comment("// Sorted, so that problems are reported in the same order every time.")
		g.For(jen.List(jen.Id("_"), e.id("k")).Op(":=").Range().Qual("slices", "Sorted").Call(jen.Qual("maps", "Keys").Call(pairs()))).Block(
			append([]jen.Code{e.id("s").Op(":=").Add(pairs()).Index(e.id("k"))},
				e.parseInto(s, func() jen.Code { return jen.Lit(p.WireName + ".").Op("+").Add(e.id("k")) }, func(v jen.Code) jen.Code {
					return field().Index(e.id("k")).Op("=").Add(v)
				})...)...,
		)
		return
	}
	decl := p.Layout.Struct
	g.Var().Add(e.id("obj")).Id(decl.Name)
	if e.needs[decl] {
		g.Add(e.id("before")).Op(":=").Len(e.id("in").Dot("problems"))
	}
	for _, f := range p.Layout.Fields {
		name := p.WireName + "." + f.Field.JSONName
		store := func(v jen.Code) jen.Code { return e.id("obj").Dot(f.Field.Name).Op("=").Add(v) }
		if f.Field.Pointer {
			store = func(v jen.Code) jen.Code { return e.id("obj").Dot(f.Field.Name).Op("=").Op("&").Add(v) }
		}
		stmt := jen.If(jen.List(e.id("s"), e.id("ok")).Op(":=").Add(pairs()).Index(jen.Lit(f.Field.JSONName)), e.id("ok")).Block(
			e.parseField(f.Scalar, wireLit(name), store)...)
		if f.Field.Required {
			stmt = stmt.Else().Block(e.id("in").Dot("add").Call(jen.Lit(name), jen.Lit("is required")))
		}
		g.Add(stmt)
	}
	if e.needs[decl] {
		// Validate once the properties parsed, as for bodies.
		g.If(jen.Len(e.id("in").Dot("problems")).Op("==").Add(e.id("before"))).Block(
			e.id("in").Dot("checkEach").Call(jen.Lit(p.WireName+"."), jen.Op("&").Add(e.id("obj"))),
		)
	}
	if p.Required {
		g.Add(field()).Op("=").Add(e.id("obj"))
		return
	}
	g.Add(field()).Op("=").Op("&").Add(e.id("obj"))
}

// objectKeys lists the property names of a struct object parameter.
func objectKeys(p *ir.Param) []string {
	var out []string
	for _, f := range p.Layout.Fields {
		out = append(out, f.Field.JSONName)
	}
	return out
}

// declaredQuery lists the query parameter names an operation declares
// besides the exploded map m (which takes all the others): its other
// parameters, the properties of exploded struct objects, the prefix of
// deepObject ones ("range[") and API keys that travel in the query.
func declaredQuery(op *ir.Operation, m *ir.Param) []string {
	var out []string
	for _, p := range op.ParamsIn(ir.InQuery) {
		switch {
		case p == m:
		case p.Layout.Kind == ir.LayoutObject && p.Style == "deepObject":
			out = append(out, p.WireName+"[")
		case p.Layout.Kind == ir.LayoutObject && p.Explode:
			out = append(out, objectKeys(p)...)
		default:
			out = append(out, p.WireName)
		}
	}
	if op.Auth != nil {
		for _, s := range op.Auth.Schemes {
			if s.Type == "apiKey" && s.In == "query" {
				out = append(out, s.Param)
			}
		}
	}
	return out
}

// stringList is a []string literal.
func stringList(items []string) jen.Code {
	return jen.Index().String().ValuesFunc(func(g *jen.Group) {
		for _, s := range items {
			g.Lit(s)
		}
	})
}
