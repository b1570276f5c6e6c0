package emit

import (
	"fmt"
	"net/url"
	"slices"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// clientParams writes the query, header and cookie parameters into call.
func (e *emitter) clientParams(g *jen.Group, op *ir.Operation, fail func(jen.Code) jen.Code) {
	if len(op.ParamsIn(ir.InQuery)) > 0 {
		g.Add(e.id("call")).Dot("query").Op("=").Qual(netURL, "Values").Values()
	}
	if len(op.ParamsIn(ir.InHeader)) > 0 {
		g.Add(e.id("call")).Dot("header").Op("=").Qual(netHTTP, "Header").Values()
	}
	for _, p := range op.Params {
		if p.In != ir.InPath {
			e.clientParam(g, p, fail)
		}
	}
}

// paramValue is the expression of a parameter in a Client method.
func (e *emitter) paramValue(p *ir.Param) *jen.Statement {
	if p.In == ir.InPath {
		return jen.Id(p.ArgName)
	}
	return e.id("params").Dot(p.Name)
}

// putParam returns the statement that sends text as p's one value.
func (e *emitter) putParam(p *ir.Param, text jen.Code) jen.Code {
	switch p.In {
	case ir.InQuery:
		return e.id("call").Dot("query").Dot("Set").Call(jen.Lit(p.WireName), text)
	case ir.InHeader:
		return e.id("call").Dot("header").Dot("Set").Call(jen.Lit(p.WireName), text)
	}
	return e.id("call").Dot("cookies").Op("=").Append(e.id("call").Dot("cookies"),
		jen.Op("&").Qual(netHTTP, "Cookie").Values(jen.Dict{jen.Id("Name"): jen.Lit(p.WireName), jen.Id("Value"): text}))
}

// cookieText percent-encodes the text of a cookie parameter's string
// value, item, name or value of a pair (cookieParam in the runtime says
// why); other places' text, and other kinds' (numbers, booleans, UUIDs,
// times, base64), which a cookie carries as they are, is text itself.
func cookieText(p *ir.Param, s ir.Scalar, text jen.Code) jen.Code {
	if p.In != ir.InCookie || s.Kind != ir.KindString {
		return text
	}
	return jen.Qual(netURL, "PathEscape").Call(text)
}

// separator is what joins the items of a value that is not exploded: a
// comma, or a space or pipe for the query styles of those names.
func separator(p *ir.Param) string {
	switch p.Style {
	case "spaceDelimited":
		return " "
	case "pipeDelimited":
		return "|"
	}
	return ","
}

// clientParam writes one query, header or cookie parameter into call.
func (e *emitter) clientParam(g *jen.Group, p *ir.Param, fail func(jen.Code) jen.Code) {
	val := func() *jen.Statement { return e.paramValue(p) }
	s := p.Layout.Scalar
	switch p.Layout.Kind {
	case ir.LayoutScalar:
		if p.Required {
			g.Add(e.putParam(p, cookieText(p, s, formatScalar(s, val()))))
			return
		}
		g.If(val().Op("!=").Nil()).Block(e.putParam(p, cookieText(p, s, formatPointed(s, val()))))
	case ir.LayoutArray:
		if p.In == ir.InQuery && p.Explode {
			g.For(jen.List(jen.Id("_"), e.id("v")).Op(":=").Range().Add(val())).Block(
				e.id("call").Dot("query").Dot("Add").Call(jen.Lit(p.WireName), formatScalar(s, e.id("v"))),
			)
			return
		}
		g.If(jen.Len(val()).Op(">").Lit(0)).Block(
			e.id("parts").Op(":=").Make(jen.Index().String(), jen.Lit(0), jen.Len(val())),
			jen.For(jen.List(jen.Id("_"), e.id("v")).Op(":=").Range().Add(val())).Block(
				e.id("parts").Op("=").Append(e.id("parts"), cookieText(p, s, formatScalar(s, e.id("v")))),
			),
			e.putParam(p, jen.Qual("strings", "Join").Call(e.id("parts"), jen.Lit(separator(p)))),
		)
	case ir.LayoutObject:
		if p.Layout.Nested() {
			e.clientDeepObject(g, p)
			return
		}
		e.clientObject(g, p)
	case ir.LayoutJSON:
		body := e.jsonText(val(), "the parameter "+p.WireName, fail, func(text jen.Code) jen.Code {
			if p.In == ir.InCookie {
				// A cookie value cannot hold JSON's quotes, commas and
				// spaces (net/http drops them): percent-encode it.
				text = jen.Qual(netURL, "PathEscape").Call(text)
			}
			return e.putParam(p, text)
		})
		if !p.Pointer && !ir.Nilable(p.Type) {
			g.Block(body...)
			return
		}
		g.If(val().Op("!=").Nil()).Block(body...)
	default:
		panic(fmt.Sprintf("emit: unhandled parameter layout %v", p.Layout.Kind))
	}
}

// clientObject writes an object parameter: its names and values in turn
// (kv), then as the style says.
//
//	kv := make([]string, 0, 4)
//	if params.Filter.Role != nil {
//		kv = append(kv, "role", *params.Filter.Role)
//	}
//	call.addPairs("filter", kv) // deepObject: filter[role]=…
func (e *emitter) clientObject(g *jen.Group, p *ir.Param) {
	val := func() *jen.Statement { return e.paramValue(p) }
	kv := func() *jen.Statement { return e.id("kv") }
	var body []jen.Code
	if p.Layout.Struct != nil {
		body = append(body, kv().Op(":=").Make(jen.Index().String(), jen.Lit(0), jen.Lit(2*len(p.Layout.Fields))))
		for _, f := range p.Layout.Fields {
			field := func() *jen.Statement { return val().Dot(f.Field.Name) }
			name := f.Field.JSONName
			if p.In == ir.InCookie {
				name = url.PathEscape(name)
			}
			if f.Field.Pointer {
				body = append(body, jen.If(field().Op("!=").Nil()).Block(
					kv().Op("=").Append(kv(), jen.Lit(name), cookieText(p, f.Scalar, formatPointed(f.Scalar, field())))))
				continue
			}
			body = append(body, kv().Op("=").Append(kv(), jen.Lit(name), cookieText(p, f.Scalar, formatScalar(f.Scalar, field()))))
		}
	} else {
		body = append(body,
			kv().Op(":=").Make(jen.Index().String(), jen.Lit(0), jen.Lit(2).Op("*").Len(val())),
			jen.Comment("// Sorted, so that a request is the same every time."),
			jen.For(jen.List(jen.Id("_"), e.id("k")).Op(":=").Range().Qual("slices", "Sorted").Call(jen.Qual("maps", "Keys").Call(val()))).Block(
				kv().Op("=").Append(kv(), cookieText(p, ir.Scalar{Kind: ir.KindString}, e.id("k")), cookieText(p, p.Layout.Scalar, formatScalar(p.Layout.Scalar, val().Index(e.id("k"))))),
			),
		)
	}
	switch {
	case p.In == ir.InQuery && p.Style == "deepObject":
		body = append(body, e.id("call").Dot("addPairs").Call(jen.Lit(p.WireName), kv()))
	case p.In == ir.InQuery && p.Explode:
		body = append(body, e.id("call").Dot("addPairs").Call(jen.Lit(""), kv()))
	case p.In == ir.InHeader && p.Explode:
		body = append(body, e.putParam(p, jen.Id("joinPairs").Call(kv())))
	default:
		body = append(body, e.putParam(p, jen.Qual("strings", "Join").Call(kv(), jen.Lit(separator(p)))))
	}
	switch {
	case p.Layout.Struct == nil:
		g.If(jen.Len(val()).Op(">").Lit(0)).Block(body...)
	case p.Required:
		g.Block(body...)
	default:
		g.If(val().Op("!=").Nil()).Block(body...)
	}
}

// jsonText encodes val as JSON and hands the text to use; what names the
// value in the error a failure returns.
//
//	data, err := json.Marshal(params.Where)
//	if err != nil {
//		return fmt.Errorf("%s %s: encoding the parameter where: %w", call.method, call.path, err)
//	}
//	call.query.Set("where", string(data))
func (e *emitter) jsonText(val jen.Code, what string, fail func(jen.Code) jen.Code, use func(text jen.Code) jen.Code) []jen.Code {
	return []jen.Code{
		jen.List(e.id("data"), e.id("err")).Op(":=").Qual(encJSON, "Marshal").Call(val),
		jen.If(e.id("err").Op("!=").Nil()).Block(fail(jen.Qual("fmt", "Errorf").Call(
			jen.Lit("%s %s: encoding "+strings.ReplaceAll(what, "%", "%%")+": %w"),
			e.id("call").Dot("method"), e.id("call").Dot("path"), e.id("err")))),
		use(jen.String().Call(e.id("data"))),
	}
}

// pathText is the text of a path parameter in the request path: a
// scalar's text, an array's items joined by commas, or the JSON text
// clientPathJSON encoded.
func (e *emitter) pathText(op *ir.Operation, p *ir.Param) jen.Code {
	if p.Layout.Kind == ir.LayoutJSON {
		return e.id("pathJSON").Index(jen.Lit(slices.Index(pathJSONParams(op), p)))
	}
	val := jen.Id(p.ArgName)
	s := p.Layout.Scalar
	if p.Layout.Kind != ir.LayoutArray {
		return formatScalar(s, val)
	}
	if s.Kind == ir.KindString && s.Enum == nil {
		return jen.Qual("strings", "Join").Call(val, jen.Lit(","))
	}
	elem := e.goType(p.Type.(*ir.Slice).Elem)
	return jen.Id("joinItems").Call(val, jen.Func().Params(e.id("v").Add(elem)).String().Block(
		jen.Return(formatScalar(s, e.id("v")))))
}

// pathJSONParams lists the path parameters of op that travel as JSON, in
// path order.
func pathJSONParams(op *ir.Operation) []*ir.Param {
	var out []*ir.Param
	for _, part := range op.PathParts {
		if part.Param != nil && part.Param.Layout.Kind == ir.LayoutJSON {
			out = append(out, part.Param)
		}
	}
	return out
}

// clientPathJSON encodes the path parameters that travel as JSON, before
// the request path is built from their text.
//
//	var pathJSON [1]string
//	{
//		data, err := json.Marshal(filter)
//		if err != nil {
//			return out, fmt.Errorf("GET /things/{filter}: encoding the parameter filter: %w", err)
//		}
//		pathJSON[0] = string(data)
//	}
func (e *emitter) clientPathJSON(g *jen.Group, op *ir.Operation, fail func(jen.Code) jen.Code) {
	params := pathJSONParams(op)
	if len(params) == 0 {
		return
	}
	g.Var().Add(e.id("pathJSON")).Index(jen.Lit(len(params))).String()
	for i, p := range params {
		what := strings.ReplaceAll(op.Method+" "+op.Path+": encoding the parameter "+p.WireName, "%", "%%")
		g.Block(
			jen.List(e.id("data"), e.id("err")).Op(":=").Qual(encJSON, "Marshal").Call(jen.Id(p.ArgName)),
			jen.If(e.id("err").Op("!=").Nil()).Block(fail(jen.Qual("fmt", "Errorf").Call(jen.Lit(what+": %w"), e.id("err")))),
			e.id("pathJSON").Index(jen.Lit(i)).Op("=").String().Call(e.id("data")),
		)
	}
}
