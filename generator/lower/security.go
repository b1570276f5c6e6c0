package lower

import (
	"fmt"
	"slices"
	"strings"

	"github.com/specgen/specgen/generator/document"
	"github.com/specgen/specgen/generator/ir"
	"github.com/specgen/specgen/generator/naming"
)

// securitySchemes lowers components/securitySchemes. When the API has
// operations, each scheme's client option ("WithCoderSessionToken") is
// claimed in the package scope, after the schemas; then each scheme an
// operation names that the generated code cannot check — of a kind it does
// not generate, or declared nowhere — gets the server option through which
// the user's code checks it ("WithOAuth2Check"), since without one the
// server refuses what only that scheme could admit.
func (l *lowerer) securitySchemes(doc *document.Document) {
	scope := naming.NewScope()
	l.schemes = map[string]*ir.SecurityScheme{}
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
		l.schemes[s.Name] = scheme
	}
	l.schemeScope = scope
	for _, name := range namedSchemes(doc) {
		l.namedScheme(name)
	}
}

// namedScheme returns the scheme an operation names, giving one the
// generated code cannot check its server option (claimed once): a
// declared scheme of a kind it does not generate, or, made here, one
// declared nowhere.
func (l *lowerer) namedScheme(name string) *ir.SecurityScheme {
	scheme := l.schemes[name]
	switch {
	case scheme == nil:
		goName, _ := l.schemeScope.Claim(nonEmpty(naming.Exported(name), "Scheme"))
		scheme = &ir.SecurityScheme{Name: name, GoName: goName, Unchecked: "it is declared nowhere, or its $ref is not read"}
		l.schemes[name] = scheme
	case scheme.OptionName != "" || scheme.CheckName != "":
		return scheme
	default:
		scheme.Unchecked = uncheckedReason(scheme)
	}
	var renamed bool
	want := "With" + scheme.GoName + "Check"
	scheme.CheckName, renamed = l.scope.Claim(want)
	if renamed {
		l.noteAs(ir.NoteRenamed, ir.Source{}, "security scheme %q: its server option is named %s: %s is taken", name, scheme.CheckName, want)
	}
	return scheme
}

// schemeChecks lists the schemes whose checks the server takes
// (ir.API.SchemeChecks), once every operation's Auth is lowered.
func (l *lowerer) schemeChecks() []*ir.SecurityScheme {
	seen := map[*ir.SecurityScheme]bool{}
	var out []*ir.SecurityScheme
	for _, op := range l.api.Operations {
		if op.Auth == nil {
			continue
		}
		for _, alt := range op.Auth.Unchecked {
			for _, s := range alt {
				if !seen[s] {
					seen[s] = true
					out = append(out, s)
				}
			}
		}
	}
	slices.SortFunc(out, func(a, b *ir.SecurityScheme) int { return strings.Compare(a.Name, b.Name) })
	return out
}

// namedSchemes lists the schemes the operations' requirements name, sorted.
func namedSchemes(doc *document.Document) []string {
	seen := map[string]bool{}
	var out []string
	for _, op := range doc.Operations {
		for _, req := range op.Security {
			for _, n := range req.Schemes {
				if !seen[n] {
					seen[n] = true
					out = append(out, n)
				}
			}
		}
	}
	slices.Sort(out)
	return out
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

// uncheckedReason says why supportedScheme refused a declared scheme.
func uncheckedReason(s *ir.SecurityScheme) string {
	if s.Type == ir.SchemeAPIKey {
		return fmt.Sprintf("an API key needs a name and in: header, query or cookie, not %q", s.In)
	}
	return fmt.Sprintf("its type %q is not generated", s.Type)
}

// auth reduces an operation's security requirements to what the generated
// server checks. A requirement naming only schemes it checks is one of
// Required: the request must carry, and the authenticator accept, the
// credential of each of its schemes. A requirement naming a scheme it
// cannot check goes to Unchecked: it fails closed, met only through the
// user's checks (ir.Auth), never by the requirement's other schemes alone.
func (l *lowerer) auth(op *ir.Operation) *ir.Auth {
	if len(op.Security) == 0 {
		return nil
	}
	a := &ir.Auth{}
	named := map[string]bool{}
	var required []map[string]bool
	for _, req := range op.Security {
		if len(req.Schemes) == 0 {
			a.Optional = true
			continue
		}
		var blocked []*ir.SecurityScheme
		also := map[string]bool{}
		for _, n := range req.Schemes {
			if s := l.namedScheme(n); s.CheckName != "" {
				blocked = append(blocked, s)
			} else {
				also[n] = true
			}
		}
		if len(blocked) > 0 {
			// The checked half is still required: the request must carry
			// it and the authenticator accept it, and the client sends it.
			a.Unchecked = append(a.Unchecked, blocked)
			a.UncheckedAlso = append(a.UncheckedAlso, l.inSchemeOrder(also))
			for n := range also {
				named[n] = true
			}
			continue
		}
		alt := map[string]bool{}
		for _, n := range req.Schemes {
			named[n] = true
			alt[n] = true
		}
		l.noteBasicWithBearer(op, req)
		required = append(required, alt)
	}
	a.Schemes = l.inSchemeOrder(named)
	for i, alt := range required {
		if !impliesAnother(required, i) {
			a.Required = append(a.Required, l.inSchemeOrder(alt))
		}
	}
	l.noteUnchecked(op, a)
	if a.Optional {
		a.Unchecked, a.UncheckedAlso = nil, nil
	}
	if len(a.Required) == 0 && len(a.Unchecked) == 0 {
		return nil
	}
	return a
}

// noteBasicWithBearer warns of a requirement naming an HTTP Basic scheme
// with another scheme that sends its credential in the Authorization
// header (a bearer token, OAuth2, OpenID Connect): the one header carries
// one credential, so no request meets the requirement. It is noted once
// per place written, since a document-level requirement is every
// operation's.
func (l *lowerer) noteBasicWithBearer(op *ir.Operation, req ir.SecurityRequirement) {
	var basic, other *ir.SecurityScheme
	for _, n := range req.Schemes {
		switch s := l.schemes[n]; {
		case s == nil || !s.InAuthorization():
		case s.IsBasic() && basic == nil:
			basic = s
		case other == nil:
			other = s
		}
	}
	if basic == nil || other == nil {
		return
	}
	key := req.Source.File + "#" + req.Source.Pointer
	if l.notedUnmeetable[key] {
		return
	}
	if l.notedUnmeetable == nil {
		l.notedUnmeetable = map[string]bool{}
	}
	l.notedUnmeetable[key] = true
	l.noteAs(ir.NoteSpecWarning, req.Source, "operation %s: security requirement {%s} can never be met: %q (HTTP Basic) and %q both send their credential in the one Authorization header, which carries one", op.Name, strings.Join(req.Schemes, ", "), basic.Name, other.Name)
}

// inSchemeOrder lists the named schemes in the order of API.SecuritySchemes.
func (l *lowerer) inSchemeOrder(named map[string]bool) []*ir.SecurityScheme {
	var out []*ir.SecurityScheme
	for _, s := range l.api.SecuritySchemes {
		if named[s.Name] {
			out = append(out, s)
		}
	}
	return out
}

// impliesAnother reports whether requirement i names every scheme another
// one does (and more, or the same set again after it), so that meeting i
// meets the other: the server need not ask for i's extra credentials.
func impliesAnother(reqs []map[string]bool, i int) bool {
	for j, other := range reqs {
		if j == i || len(other) > len(reqs[i]) || (len(other) == len(reqs[i]) && j > i) {
			continue
		}
		contained := true
		for n := range other {
			contained = contained && reqs[i][n]
		}
		if contained {
			return true
		}
	}
	return false
}

// noteUnchecked says, once per scheme, what the server does for the
// schemes of an operation that the generated code cannot check.
func (l *lowerer) noteUnchecked(op *ir.Operation, a *ir.Auth) {
	noted := map[*ir.SecurityScheme]bool{}
	for _, alt := range a.Unchecked {
		for _, s := range alt {
			if noted[s] {
				continue
			}
			noted[s] = true
			var does string
			switch {
			case a.Optional:
				does = "the operation also admits requests without credentials ({}), so the server serves them without it"
			case len(a.Required) == 0:
				does = fmt.Sprintf("no alternative of the operation is checked by generated code, so the server refuses (401) every request that no check it is given admits (this scheme's: %s)", s.CheckName)
			default:
				does = fmt.Sprintf("the server admits a request through it only when given %s and it accepts the request, else only through the schemes it checks", s.CheckName)
			}
			l.noteAs(ir.NoteNotGenerated, op.Source, "operation %s: security scheme %q is not checked by generated code (%s): %s; the client sends no credential for it (add one with WithRequestEditor)", op.Name, s.Name, s.Unchecked, does)
		}
	}
}

// securityRequirements carries an operation's security list into the IR,
// keeping nil (none given) apart from empty (`security: []`, none needed).
func securityRequirements(rs []document.SecurityRequirement) []ir.SecurityRequirement {
	if rs == nil {
		return nil
	}
	out := make([]ir.SecurityRequirement, len(rs))
	for i, r := range rs {
		out[i] = ir.SecurityRequirement{Schemes: r.Schemes, Source: r.Source}
	}
	return out
}
