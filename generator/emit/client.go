package emit

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/specgen/specgen/generator/ir"
)

const (
	netHTTP = "net/http"
	netURL  = "net/url"
	encJSON = "encoding/json"
)

// genClient writes the Client: its type and options, the request plumbing
// every method shares, and one method per operation.
func (e *emitter) genClient(f *jen.File) bool {
	if len(e.api.Operations) == 0 {
		return false
	}
	e.genClientTypes(f)
	e.genClientOptions(f)
	e.genClientCall(f)
	e.genClientAuth(f)
	e.genDecodeErrorBody(f)
	for _, op := range e.api.Operations {
		e.genClientMethod(f, op)
		if op.Follow != nil {
			e.genFollowClientMethod(f, op)
		}
	}
	return true
}

// credField names the Client field holding a scheme's credential.
func credField(s *ir.SecurityScheme) string { return "cred" + s.GoName }

// genClientTypes writes Client and NewClient (DefaultMaxResponseBytes,
// Doer, RequestEditor and ClientOption are the runtime's:
// runtime/clienttypes.go).
func (e *emitter) genClientTypes(f *jen.File) {
	f.Comment("// Client calls the API at one server, one method per operation. It is safe\n// for concurrent use. Every method takes a context, which bounds the whole\n// call (for a stream, its whole life).")
	f.Type().Id("Client").StructFunc(func(g *jen.Group) {
		g.Comment("// server is the server URL with the API's base path, without a\n// trailing slash.")
		g.Id("server").String()
		g.Id("doer").Id("Doer")
		g.Id("userAgent").String()
		g.Id("editors").Index().Id("RequestEditor")
		g.Id("maxResponseBytes").Int64()
		if e.hasAuth() {
			g.Comment("// origin is the server's scheme://host:port, the only place credentials go.")
			g.Id("origin").String()
		}
		for _, s := range e.usedSchemes() {
			g.Id(credField(s)).String()
		}
	})

	base := e.api.BasePath
	doc := "// NewClient returns a Client for the server at serverURL"
	if base != "" {
		doc += ", the deployment's\n// address (\"https://coder.example.com\"). The API's base path, " + base + ", is\n// added to it unless serverURL already ends with it."
	} else {
		doc += "."
	}
	f.Line()
	f.Comment(doc)
	f.Func().Id("NewClient").Params(jen.Id("serverURL").String(), jen.Id("opts").Op("...").Id("ClientOption")).Params(jen.Op("*").Id("Client"), jen.Error()).BlockFunc(func(g *jen.Group) {
		g.List(jen.Id("u"), jen.Id("err")).Op(":=").Qual(netURL, "Parse").Call(jen.Id("serverURL"))
		g.If(jen.Id("err").Op("!=").Nil()).Block(
			jen.Return(jen.Nil(), jen.Qual("fmt", "Errorf").Call(jen.Lit("server URL: %w"), jen.Id("err"))),
		)
		g.If(jen.Id("u.Scheme").Op("!=").Lit("http").Op("&&").Id("u.Scheme").Op("!=").Lit("https").Op("||").Id("u.Host").Op("==").Lit("")).Block(
			jen.Return(jen.Nil(), jen.Qual("errors", "New").Call(jen.Lit("server URL: want an absolute http or https URL"))),
		)
		g.List(jen.Id("u.RawQuery"), jen.Id("u.Fragment")).Op("=").List(jen.Lit(""), jen.Lit(""))
		g.Id("server").Op(":=").Qual("strings", "TrimRight").Call(jen.Id("u.String").Call(), jen.Lit("/"))
		if base != "" {
			g.If(jen.Op("!").Qual("strings", "HasSuffix").Call(jen.Id("server"), jen.Lit(base))).Block(
				jen.Id("server").Op("+=").Lit(base),
			)
		}
		fields := jen.Dict{
			jen.Id("server"):           jen.Id("server"),
			jen.Id("doer"):             jen.Qual(netHTTP, "DefaultClient"),
			jen.Id("maxResponseBytes"): jen.Id("DefaultMaxResponseBytes"),
		}
		if e.hasAuth() {
			fields[jen.Id("origin")] = jen.Id("originOf").Call(jen.Id("u"))
		}
		g.Id("c").Op(":=").Op("&").Id("Client").Values(fields)
		g.For(jen.List(jen.Id("_"), jen.Id("opt")).Op(":=").Range().Id("opts")).Block(jen.Id("opt").Call(jen.Id("c")))
		if e.hasAuth() {
			g.Id("c.doer").Op("=").Id("c.guardRedirects").Call(jen.Id("c.doer"))
		}
		g.Return(jen.Id("c"), jen.Nil())
	})
}

// genClientOptions writes the With… options of the Client, one per
// security scheme included.
func (e *emitter) genClientOptions(f *jen.File) {
	option := func(doc, name string, params []jen.Code, body ...jen.Code) {
		f.Line()
		f.Comment(doc)
		f.Func().Id(name).Params(params...).Id("ClientOption").Block(
			jen.Return(jen.Func().Params(jen.Id("c").Op("*").Id("Client")).Block(body...)),
		)
	}
	c := func() *jen.Statement { return jen.Id("c") }
	httpDoc := "// WithHTTPClient sends requests with doer (an *http.Client, or any Doer)\n// instead of http.DefaultClient."
	if e.hasAuth() {
		httpDoc += "\n//\n" +
			"// Credentials go only to the server's origin (scheme, host and port). An\n" +
			"// *http.Client is copied when the Client is made: on a redirect to another\n" +
			"// origin the copy drops them (Authorization, Cookie, Referer, API keys)\n" +
			"// before doer's own CheckRedirect decides. Any other Doer gets each request\n" +
			"// with its credentials, addressed to the server, and must not carry them\n" +
			"// further if it follows redirects itself: wrap an *http.Client's Transport\n" +
			"// rather than the client to keep the guarantee."
	}
	option(httpDoc,
		"WithHTTPClient", []jen.Code{jen.Id("doer").Id("Doer")}, c().Dot("doer").Op("=").Id("doer"))
	option("// WithUserAgent sends userAgent as the User-Agent header.",
		"WithUserAgent", []jen.Code{jen.Id("userAgent").String()}, c().Dot("userAgent").Op("=").Id("userAgent"))
	option("// WithRequestEditor adds an editor that every request passes through.",
		"WithRequestEditor", []jen.Code{jen.Id("edit").Id("RequestEditor")}, c().Dot("editors").Op("=").Append(c().Dot("editors"), jen.Id("edit")))
	option("// WithMaxResponseBytes sets the largest response body (or stream event) the\n// Client reads; see DefaultMaxResponseBytes.",
		"WithMaxResponseBytes", []jen.Code{jen.Id("n").Int64()}, c().Dot("maxResponseBytes").Op("=").Id("n"))
	for _, s := range e.usedSchemes() {
		where := credentialPlace(s)
		if s.IsBasic() {
			option(fmt.Sprintf("// %s sends username and password with HTTP Basic authentication, as\n// the security scheme %s says, with every operation that accepts it.", s.OptionName, s.Name),
				s.OptionName, []jen.Code{jen.List(jen.Id("username"), jen.Id("password")).String()},
				c().Dot(credField(s)).Op("=").Qual("encoding/base64", "StdEncoding").Dot("EncodeToString").Call(
					jen.Index().Byte().Call(jen.Id("username").Op("+").Lit(":").Op("+").Id("password"))))
			continue
		}
		option(fmt.Sprintf("// %s sends token %s, as the security scheme %s\n// says, with every operation that accepts it.", s.OptionName, where, s.Name),
			s.OptionName, []jen.Code{jen.Id("token").String()}, c().Dot(credField(s)).Op("=").Id("token"))
	}
}

// credentialPlace says in prose where a scheme's credential travels.
func credentialPlace(s *ir.SecurityScheme) string {
	if s.InAuthorization() {
		return fmt.Sprintf("in the Authorization header (%q)", s.AuthorizationScheme()+" TOKEN")
	}
	return fmt.Sprintf("in the %s %q", map[ir.ParamIn]string{ir.InHeader: "header", ir.InQuery: "query parameter", ir.InCookie: "cookie"}[s.In], s.Param)
}

// genClientCall writes clientCall, what an operation's method hands to the
// shared plumbing.
func (e *emitter) genClientCall(f *jen.File) {
	f.Line()
	f.Comment("// clientCall is one request a Client method makes. body is nil for no body;\n// contentType is sent unless a header parameter set Content-Type.")
	f.Type().Id("clientCall").StructFunc(func(g *jen.Group) {
		g.Comment("// path is the request path under the server URL, escaped.")
		g.List(jen.Id("method"), jen.Id("path")).String()
		g.Id("query").Qual(netURL, "Values")
		g.Id("header").Qual(netHTTP, "Header")
		g.Id("cookies").Index().Op("*").Qual(netHTTP, "Cookie")
		g.Id("body").Qual("io", "Reader")
		g.List(jen.Id("contentType"), jen.Id("accept")).String()
		if e.hasAuth() {
			g.Id("auth").Id("securityMask")
		}
	})
}

// genClientAuth writes what the Client's request plumbing
// (runtime/clientrequest.go: newRequest, readAPIError, redact) needs to know
// of the API's security schemes: authorize, credentials, and, for the
// redirect guard (runtime/clientredirect.go), dropCredentials. Without
// schemes, authorize adds nothing and there are no credentials.
func (e *emitter) genClientAuth(f *jen.File) {
	if !e.hasAuth() {
		f.Line()
		f.Comment("// authorize adds nothing: the API has no security schemes.")
		f.Func().Params(jen.Id("c").Op("*").Id("Client")).Id("authorize").Params(jen.Op("*").Qual(netHTTP, "Request"), jen.Op("*").Id("clientCall")).Block()
		f.Line()
		f.Comment("// credentials lists none: the API has no security schemes.")
		f.Func().Params(jen.Id("c").Op("*").Id("Client")).Id("credentials").Params().Index().String().Block(jen.Return(jen.Nil()))
		return
	}
	e.genClientAuthorize(f)
	f.Line()
	f.Comment("// credentials lists the Client's credentials, which an error answer's body\n// must not show (redact).")
	f.Func().Params(jen.Id("c").Op("*").Id("Client")).Id("credentials").Params().Index().String().Block(
		jen.Return(jen.Index().String().ValuesFunc(func(g *jen.Group) {
			for _, s := range e.usedSchemes() {
				g.Id("c").Dot(credField(s))
			}
		})),
	)
	e.genClientRedirectGuard(f)
}

// genDecodeErrorBody writes decodeErrorBody, the error answer's body in the
// API's error shape, which readAPIError (runtime/clientrequest.go) calls:
//
//	func decodeErrorBody(raw []byte) *Response {
//		var b Response
//		if json.Unmarshal(raw, &b) != nil {
//			return nil
//		}
//		return &b
//	}
func (e *emitter) genDecodeErrorBody(f *jen.File) {
	t := m(e.api.ErrorModel.Decl.Name)
	f.Line()
	f.Comment("// decodeErrorBody decodes an error answer's body, nil when it is not one of\n// the API's error shape.")
	f.Func().Id("decodeErrorBody").Params(jen.Id("raw").Index().Byte()).Op("*").Add(t.Clone()).Block(
		jen.Var().Id("b").Add(t),
		jen.If(jen.Qual(encJSON, "Unmarshal").Call(jen.Id("raw"), jen.Op("&").Id("b")).Op("!=").Nil()).Block(jen.Return(jen.Nil())),
		jen.Return(jen.Op("&").Id("b")),
	)
}

// genClientAuthorize writes authorize: every configured credential of the
// schemes an operation accepts goes where its scheme says.
func (e *emitter) genClientAuthorize(f *jen.File) {
	req := func() *jen.Statement { return jen.Id("req") }
	f.Line()
	f.Comment("// authorize adds the credentials the Client has for the schemes call's\n// operation accepts.")
	f.Func().Params(jen.Id("c").Op("*").Id("Client")).Id("authorize").Params(
		jen.Id("req").Op("*").Qual(netHTTP, "Request"), jen.Id("call").Op("*").Id("clientCall"),
	).BlockFunc(func(g *jen.Group) {
		for _, s := range e.usedSchemes() {
			cred := jen.Id("c").Dot(credField(s))
			var set jen.Code
			switch {
			case s.InAuthorization():
				set = req().Dot("Header").Dot("Set").Call(jen.Lit("Authorization"), jen.Lit(s.AuthorizationScheme()+" ").Op("+").Add(cred.Clone()))
			case s.In == ir.InHeader:
				set = req().Dot("Header").Dot("Set").Call(jen.Lit(s.Param), cred.Clone())
			case s.In == ir.InCookie:
				set = req().Dot("AddCookie").Call(jen.Op("&").Qual(netHTTP, "Cookie").Values(jen.Dict{jen.Id("Name"): jen.Lit(s.Param), jen.Id("Value"): cred.Clone()}))
			default: // query
				set = jen.Block(
					jen.Id("q").Op(":=").Add(req()).Dot("URL").Dot("Query").Call(),
					jen.Id("q.Set").Call(jen.Lit(s.Param), cred.Clone()),
					req().Dot("URL").Dot("RawQuery").Op("=").Id("q.Encode").Call(),
				)
			}
			g.If(jen.Id("call.auth").Op("&").Id(schemeConst(s)).Op("!=").Lit(0).Op("&&").Add(cred).Op("!=").Lit("")).Block(set)
		}
	})
}

// m is jen.Id, for type names read from the IR.
func m(name string) *jen.Statement { return jen.Id(name) }
