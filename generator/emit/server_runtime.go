package emit

import (
	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// genServerRuntime writes what the handler methods share and what depends
// on the spec: where credentials travel (schemeCredential) and the inputCheck
// type. The fixed methods the routes call (writeJSON, writeError, fail,
// authenticate, readBody, decodeBody, the parsers of inputCheck…) are
// runtime code (runtime/handler*.go), copied where a route names them.
func (e *emitter) genServerRuntime(f *jen.File) {
	if e.hasAuth() {
		e.genCredential(f)
	}
	if e.checksInputs() {
		f.Line()
		f.Comment("// inputCheck collects the problems of a request's parameters.")
		f.Type().Id("inputCheck").Struct(jen.Id("problems").Index().Id("inputProblem"))
	}
}

func hId() *jen.Statement { return jen.Id("h") }

var rwParams = func() []jen.Code {
	return []jen.Code{jen.Id("w").Qual(netHTTP, "ResponseWriter"), jen.Id("r").Op("*").Qual(netHTTP, "Request")}
}

// genCredential writes the handler's schemeCredential method: where each
// security scheme's credential travels (the runtime's credential adds the
// credential cookies).
func (e *emitter) genCredential(f *jen.File) {
	r := jen.Id("r")
	recv := jen.Id("h").Op("*").Id("handler")
	f.Line()
	f.Comment("// schemeCredential returns the request's credential for the first accepted\n// scheme that it carries; \"\" when there is none.")
	f.Func().Params(recv.Clone()).Id("schemeCredential").Params(jen.Id("r").Op("*").Qual(netHTTP, "Request"), jen.Id("accepted").Id("securityMask")).String().BlockFunc(func(g *jen.Group) {
		for _, s := range e.usedSchemes() {
			var get jen.Code
			switch {
			case s.InAuthorization():
				get = jen.Id("authorization").Call(r, jen.Lit(s.AuthorizationScheme()))
			case s.In == ir.InHeader:
				get = r.Clone().Dot("Header").Dot("Get").Call(jen.Lit(s.Param))
			case s.In == ir.InQuery:
				get = r.Clone().Dot("URL").Dot("Query").Call().Dot("Get").Call(jen.Lit(s.Param))
			default:
				get = jen.Id("cookieValue").Call(r, jen.Lit(s.Param))
			}
			g.If(jen.Id("accepted").Op("&").Id(schemeConst(s)).Op("!=").Lit(0)).Block(
				jen.If(jen.Id("v").Op(":=").Add(get), jen.Id("v").Op("!=").Lit("")).Block(jen.Return(jen.Id("v"))),
			)
		}
		g.Return(jen.Lit(""))
	})
}
