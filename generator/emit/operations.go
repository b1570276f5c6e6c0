package emit

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// genOperationTypes writes what the client and the server share besides
// the schema types: each operation's params struct and result types, and
// the security schemes as a set.
func (e *emitter) genOperationTypes(f *jen.File) bool {
	if len(e.api.Operations) == 0 {
		return false
	}
	e.genSecurityMask(f)
	for _, op := range e.api.Operations {
		if op.ParamsType != "" {
			e.genParamsStruct(f, op)
		}
		if op.ResultType != "" {
			e.genResult(f, op)
		}
		if b := op.Body; b != nil && b.Chosen != nil && b.Chosen.Form != nil && b.Chosen.Form.TypeName != "" {
			e.genFormStruct(f, op, b.Chosen)
		}
	}
	return true
}

// usedSchemes lists the security schemes some operation accepts, in the
// order of API.SecuritySchemes.
func (e *emitter) usedSchemes() []*ir.SecurityScheme {
	used := map[*ir.SecurityScheme]bool{}
	for _, op := range e.api.Operations {
		if op.Auth != nil {
			for _, s := range op.Auth.Schemes {
				used[s] = true
			}
		}
	}
	var out []*ir.SecurityScheme
	for _, s := range e.api.SecuritySchemes {
		if used[s] {
			out = append(out, s)
		}
	}
	return out
}

// genSecurityMask writes securityMask and a constant per scheme.
//
//	type securityMask uint64
//
//	const (
//		schemeCoderSessionToken securityMask = 1 << iota
//	)
func (e *emitter) genSecurityMask(f *jen.File) {
	schemes := e.usedSchemes()
	if len(schemes) == 0 {
		return
	}
	f.Comment("// securityMask is a set of security schemes: those that let a request to an\n// operation through.")
	f.Type().Id("securityMask").Uint64()
	f.Line()
	f.Comment("// The security schemes of the API.")
	f.Const().DefsFunc(func(g *jen.Group) {
		for i, s := range schemes {
			if i == 0 {
				g.Id(schemeConst(s)).Id("securityMask").Op("=").Lit(1).Op("<<").Iota()
				continue
			}
			g.Id(schemeConst(s))
		}
	})
}

// schemeConst names a scheme's constant; GoNames are unique among schemes.
func schemeConst(s *ir.SecurityScheme) string { return "scheme" + s.GoName }

// schemesMask is the securityMask expression of a set of schemes.
func schemesMask(schemes []*ir.SecurityScheme) jen.Code {
	var out *jen.Statement
	for i, s := range schemes {
		if i == 0 {
			out = jen.Id(schemeConst(s))
			continue
		}
		out = out.Op("|").Id(schemeConst(s))
	}
	return out
}

// genParamsStruct writes the struct of an operation's query, header and
// cookie parameters. Optional parameters are pointers (nil is absent),
// arrays are slices (nil or empty is absent), required ones are values.
//
//	type ListWorkspacesParams struct {
//		// Q is the query parameter "q": Search query in the format key:value.
//		Q *string
//		Limit *int64
//	}
func (e *emitter) genParamsStruct(f *jen.File, op *ir.Operation) {
	f.Line()
	f.Comment(fmt.Sprintf("// %s holds the %s parameters of %s.", op.ParamsType, paramPlaces(op), op.Name))
	f.Type().Id(op.ParamsType).StructFunc(func(g *jen.Group) {
		first := true
		for _, p := range op.Params {
			if p.In == ir.InPath {
				continue
			}
			if !first {
				g.Line()
			}
			first = false
			doc := fmt.Sprintf("%s is the %s parameter %q", p.Name, p.In, p.WireName)
			if p.Required {
				doc += " (required)"
			}
			g.Add(docComment(sentence(doc, p.Doc), p.Deprecated))
			g.Id(p.Name).Add(e.paramType(p))
		}
	})
}

// paramType is the Go type of a parameter in a params struct: a pointer
// where lowering says (ir.Param.Pointer), else the value.
func (e *emitter) paramType(p *ir.Param) *jen.Statement {
	if !p.Pointer {
		return e.goType(p.Type)
	}
	return jen.Op("*").Add(e.goType(p.Type))
}

// genResult writes the result interface of an operation with several
// responses, and one struct per response.
//
//	type GetPetResult interface{ isGetPetResult() }
//
//	type GetPet200 struct{ Body Pet }
//	type GetPetDefault struct {
//		StatusCode int
//		Body       Error
//	}
func (e *emitter) genResult(f *jen.File, op *ir.Operation) {
	var names []string
	for _, r := range op.Responses {
		names = append(names, r.VariantType)
	}
	marker := "is" + op.ResultType
	f.Line()
	f.Comment(fmt.Sprintf("// %s is what a Server returns for %s: one of %s.", op.ResultType, op.Name, strings.Join(names, ", ")))
	f.Type().Id(op.ResultType).Interface(jen.Id(marker).Params())
	for _, r := range op.Responses {
		f.Line()
		f.Add(docComment(sentence(fmt.Sprintf("%s is %s's %s answer", r.VariantType, op.Name, r.StatusText()), r.Doc), false))
		f.Type().Id(r.VariantType).StructFunc(func(g *jen.Group) {
			if !r.FixedStatus() {
				g.Comment("// StatusCode is the status to answer with.")
				g.Id("StatusCode").Int()
			}
			if r.Chosen != nil {
				g.Id("Body").Add(e.responseBodyType(r.Chosen))
			}
		})
		f.Line()
		f.Func().Params(jen.Id(r.VariantType)).Id(marker).Params().Block()
	}
}

// requestBodyType is the Go type of a request body: io.Reader for bytes
// (streamed both ways), string for text, the form struct or url.Values for
// forms, else the schema's type.
func (e *emitter) requestBodyType(c *ir.Content) *jen.Statement {
	switch c.Encoding {
	case ir.EncodingBytes:
		return jen.Qual("io", "Reader")
	case ir.EncodingForm, ir.EncodingMultipart:
		switch {
		case c.Form.Values:
			return jen.Qual(netURL, "Values")
		case c.Form.TypeName != "":
			return jen.Id(c.Form.TypeName)
		}
	}
	return e.responseBodyType(c)
}

// responseBodyType is the Go type of a response body: []byte for bytes
// (read whole, up to the size limit), string for text, url.Values for a
// form, json.RawMessage for any JSON, else the schema's type.
func (e *emitter) responseBodyType(c *ir.Content) *jen.Statement {
	switch c.Encoding {
	case ir.EncodingRawJSON:
		return jen.Qual("encoding/json", "RawMessage")
	case ir.EncodingRawBody:
		return jen.Op("*").Id("RawBody")
	case ir.EncodingBytes:
		return jen.Index().Byte()
	case ir.EncodingText:
		return jen.String()
	case ir.EncodingForm:
		if c.Form.Values {
			return jen.Qual(netURL, "Values")
		}
	}
	return e.goType(c.Type)
}

// sentence ends lead with ": " and text, or with "." when text is empty,
// adding the full stop text may lack.
func sentence(lead, text string) string {
	text = strings.TrimSpace(text)
	if text == "" {
		return lead + "."
	}
	if !strings.HasSuffix(text, ".") && !strings.HasSuffix(text, "!") && !strings.HasSuffix(text, "?") {
		text += "."
	}
	return lead + ": " + text
}

// paramPlaces says where an operation's non-path parameters travel:
// "query", "query and header", "query, header and cookie".
func paramPlaces(op *ir.Operation) string {
	var places []string
	for _, in := range []ir.ParamIn{ir.InQuery, ir.InHeader, ir.InCookie} {
		if len(op.ParamsIn(in)) > 0 {
			places = append(places, string(in))
		}
	}
	if len(places) <= 1 {
		return strings.Join(places, "")
	}
	return strings.Join(places[:len(places)-1], ", ") + " and " + places[len(places)-1]
}
