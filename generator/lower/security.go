package lower

import (
	"github.com/specgen/specgen/generator/document"
	"github.com/specgen/specgen/generator/ir"
	"github.com/specgen/specgen/generator/naming"
)

// securitySchemes lowers components/securitySchemes. When the API has
// operations, each scheme's client option ("WithCoderSessionToken") is
// claimed in the package scope, after the schemas.
func (l *lowerer) securitySchemes(doc *document.Document) {
	scope := naming.NewScope()
	for _, s := range doc.SecuritySchemes {
		goName, _ := scope.Claim(nonEmpty(naming.Exported(s.Name), "Scheme"))
		scheme := &ir.SecurityScheme{
			Name: s.Name, GoName: goName, Type: ir.SchemeType(s.Type), In: ir.ParamIn(s.In), Param: s.ParamName,
			Scheme: s.Scheme, Doc: s.Description,
		}
		if len(doc.Operations) > 0 && supportedScheme(scheme) {
			var renamed bool
			want := "With" + goName
			scheme.OptionName, renamed = l.scope.Claim(want)
			if renamed {
				l.noteAs(ir.NoteRenamed, ir.Source{}, "security scheme %q: its client option is named %s: %s is taken", s.Name, scheme.OptionName, want)
			}
		}
		l.api.SecuritySchemes = append(l.api.SecuritySchemes, scheme)
	}
}

// supportedScheme reports whether generated code can send and read the
// scheme's credential: an API key in a header, query parameter or cookie,
// or a token in the Authorization header (http, oauth2, openIdConnect).
func supportedScheme(s *ir.SecurityScheme) bool {
	switch s.Type {
	case ir.SchemeAPIKey:
		return s.Param != "" && (s.In == ir.InHeader || s.In == ir.InQuery || s.In == ir.InCookie)
	case ir.SchemeHTTP, ir.SchemeOAuth2, ir.SchemeOpenIDConnect:
		return true
	}
	return false
}

// auth reduces an operation's security requirements to the schemes any one
// of which lets a request through. A requirement naming several schemes
// (all of them at once) is treated as naming each: the generated server
// hands one credential to one authenticator, which decides.
func (l *lowerer) auth(op *ir.Operation) *ir.Auth {
	if len(op.Security) == 0 {
		return nil
	}
	a := &ir.Auth{}
	named := map[string]bool{}
	for _, req := range op.Security {
		if len(req.Schemes) == 0 {
			a.Optional = true
		}
		for _, n := range req.Schemes {
			named[n] = true
		}
	}
	for _, s := range l.api.SecuritySchemes {
		if !named[s.Name] {
			continue
		}
		if s.OptionName == "" {
			l.noteAs(ir.NoteNotGenerated, op.Source, "operation %s: security scheme %q (%s) is not generated; its credentials are neither sent nor checked", op.Name, s.Name, s.Type)
			continue
		}
		a.Schemes = append(a.Schemes, s)
	}
	if len(a.Schemes) == 0 {
		return nil
	}
	return a
}

// securityRequirements carries an operation's security list into the IR,
// keeping nil (none given) apart from empty (`security: []`, none needed).
func securityRequirements(rs []document.SecurityRequirement) []ir.SecurityRequirement {
	if rs == nil {
		return nil
	}
	out := make([]ir.SecurityRequirement, len(rs))
	for i, r := range rs {
		out[i] = ir.SecurityRequirement{Schemes: r.Schemes}
	}
	return out
}
