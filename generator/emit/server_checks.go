package emit

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// The server's side of the security schemes the generated code cannot
// check (ir.Auth.Unchecked): it fails closed. Each such scheme gets a
// handler field and an option through which the user's code checks it;
// a route hands the checks of its alternatives to the runtime
// (runtime/handlerchecks.go), which admits no request through a check
// that is not given.

// authCall is a route's check of credentials:
//
//	h.authenticate(w, r, schemeAPIKey|schemeBearer, false)
//	h.authenticateAll(w, r, false, schemeAPIKey|schemeBearer, schemeBasic)
//	h.authenticateOr(w, r, []securityMask{schemeAPIKey}, []SchemeCheck{h.checkOAuth2})
//	h.checkSchemes(w, r, []SchemeCheck{h.checkClientCert})
//	h.checkSchemes(w, r, []SchemeCheck{h.credentialCheck(schemeBearer), h.checkClientCert})
//
// authenticate's mask is one scheme or another; each of authenticateAll's
// and authenticateOr's masks is one alternative, all its schemes at once.
func (e *emitter) authCall(a *ir.Auth) jen.Code {
	w, r := e.id("w"), e.id("r")
	alternatives := make([]jen.Code, len(a.Required))
	several := false
	for i, alt := range a.Required {
		alternatives[i] = schemesMask(alt)
		several = several || len(alt) > 1
	}
	switch {
	case len(a.Unchecked) == 0 && several:
		return e.id("h").Dot("authenticateAll").Call(append([]jen.Code{w, r, jen.Lit(a.Optional)}, alternatives...)...)
	case len(a.Unchecked) == 0:
		// The mask is the union of a.Required, never a.Schemes: a scheme
		// named only by a requirement that lowering dropped (it names all
		// another does and more) admits nothing alone.
		required := map[*ir.SecurityScheme]bool{}
		for _, alt := range a.Required {
			required[alt[0]] = true
		}
		var lone []*ir.SecurityScheme
		for _, s := range a.Schemes {
			if required[s] {
				lone = append(lone, s)
			}
		}
		return e.id("h").Dot("authenticate").Call(w, r, schemesMask(lone), jen.Lit(a.Optional))
	}
	args := []jen.Code{w, r}
	name := "checkSchemes"
	if len(a.Required) > 0 {
		name, args = "authenticateOr", append(args, jen.Index().Id("securityMask").Values(alternatives...))
	}
	for i, alt := range a.Unchecked {
		args = append(args, jen.Index().Id("SchemeCheck").ValuesFunc(func(g *jen.Group) {
			// The schemes the requirement names besides, checked by the
			// authenticator: never dropped, else half the requirement
			// would admit the request.
			for _, s := range a.UncheckedAlso[i] {
				g.Add(e.id("h")).Dot("credentialCheck").Call(jen.Id(schemeConst(s)))
			}
			for _, s := range alt {
				g.Add(e.id("h")).Dot(checkField(s))
			}
		}))
	}
	return e.id("h").Dot(name).Call(args...)
}

// checkField names the handler field of a scheme's check; GoNames are
// unique among schemes, and no fixed field starts with "check".
func checkField(s *ir.SecurityScheme) string { return "check" + s.GoName }

// genCheckFields writes the handler's field of each scheme's check.
//
//	checkOAuth2 SchemeCheck
func (e *emitter) genCheckFields(g *jen.Group) {
	for _, s := range e.api.SchemeChecks {
		g.Id(checkField(s)).Id("SchemeCheck")
	}
}

// genCheckOptions writes the option that gives each scheme's check.
//
//	func WithOAuth2Check(check SchemeCheck) HandlerOption {
//		return func(h *handler) {
//			h.checkOAuth2 = check
//		}
//	}
func (e *emitter) genCheckOptions(f *jen.File) {
	for _, s := range e.api.SchemeChecks {
		f.Line()
		f.Comment(fmt.Sprintf("// %s gives the check of the security scheme %q, which the\n"+
			"// generated code cannot check itself: %s.\n"+
			"// An alternative of an operation's security that names it admits a\n"+
			"// request only when check accepts it; without this option it admits none,\n"+
			"// and an operation with no other alternative answers every request 401.",
			s.CheckName, commentSafe(s.Name), s.Unchecked))
		f.Func().Id(s.CheckName).Params(jen.Id("check").Id("SchemeCheck")).Id("HandlerOption").Block(
			jen.Return(jen.Func().Params(jen.Id("h").Op("*").Id("handler")).Block(
				jen.Id("h").Dot(checkField(s)).Op("=").Id("check"),
			)),
		)
	}
}
