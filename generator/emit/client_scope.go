package emit

import (
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

// A Client's credentials go only to the origin (scheme, host, port) it was
// made for; runtime/clientredirect.go says why and how (guardRedirects).
// What depends on the spec is written here: where the credentials travel,
// so that a redirect to another origin can drop them (dropCredentials), and
// which ones an error body must not show (redact).

// An error the Client returns never shows a credential either: a *url.Error
// shows the server URL and path without the query (hideQuery), and an
// *APIError's body has the Client's credentials replaced (redact,
// runtime/clientrequest.go, over the generated credentials).

// genClientRedirectGuard writes dropCredentials, which the runtime's
// guardRedirects (runtime/clientredirect.go) calls on a redirect to
// another origin: every place the API's credentials travel.
//
//	func dropCredentials(req *http.Request) {
//		req.Header.Del("Authorization")
//		…
func (e *emitter) genClientRedirectGuard(f *jen.File) {
	req := jen.Id("req")
	f.Line()
	f.Comment("// dropCredentials takes off a redirect's request every place a credential\n" +
		"// travels: the Authorization and Cookie headers, each API key's header and\n" +
		"// query parameter, and the Referer, where Go copies the previous URL with\n" +
		"// its query. Cookies of a Jar for the new origin are added after it.")
	f.Func().Id("dropCredentials").Params(req.Clone().Op("*").Qual(netHTTP, "Request")).BlockFunc(func(g *jen.Group) {
		for _, h := range credentialHeaders(e.usedSchemes()) {
			g.Add(req).Dot("Header").Dot("Del").Call(jen.Lit(h))
		}
		queries := credentialQueries(e.usedSchemes())
		if len(queries) == 0 {
			return
		}
		g.Id("q").Op(":=").Add(req).Dot("URL").Dot("Query").Call()
		for _, name := range queries {
			g.Id("q.Del").Call(jen.Lit(name))
		}
		g.Add(req).Dot("URL").Dot("RawQuery").Op("=").Id("q.Encode").Call()
	})
}

// credentialHeaders lists the headers dropCredentials removes, each once:
// the fixed ones, then each API key's header in scheme order.
func credentialHeaders(schemes []*ir.SecurityScheme) []string {
	out := []string{"Authorization", "Cookie", "Referer"}
	seen := map[string]bool{"authorization": true, "cookie": true, "referer": true}
	for _, s := range schemes {
		if s.Type == "apiKey" && s.In == "header" && !seen[strings.ToLower(s.Param)] {
			seen[strings.ToLower(s.Param)] = true
			out = append(out, s.Param)
		}
	}
	return out
}

// credentialQueries lists the query parameters of API keys, each once.
func credentialQueries(schemes []*ir.SecurityScheme) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range schemes {
		if s.Type == "apiKey" && s.In == "query" && !seen[s.Param] {
			seen[s.Param] = true
			out = append(out, s.Param)
		}
	}
	return out
}
