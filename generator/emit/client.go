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
	e.genClientSend(f)
	e.genClientDo(f)
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

// genClientTypes writes Doer, RequestEditor, ClientOption, Client and
// NewClient.
func (e *emitter) genClientTypes(f *jen.File) {
	f.Comment("// DefaultMaxResponseBytes is the largest response body a Client reads, unless\n// WithMaxResponseBytes says otherwise: a larger body is an error, never an\n// unbounded allocation. For event streams it bounds each event.")
	f.Const().Id("DefaultMaxResponseBytes").Op("=").Lit(32).Op("<<").Lit(20)

	f.Line()
	f.Comment("// Doer sends HTTP requests. *http.Client is one; a test can pass any other.")
	f.Type().Id("Doer").Interface(
		jen.Id("Do").Params(jen.Id("req").Op("*").Qual(netHTTP, "Request")).Params(jen.Op("*").Qual(netHTTP, "Response"), jen.Error()),
	)

	f.Line()
	f.Comment("// RequestEditor changes a request before it is sent (headers, tracing,\n// logging). An error stops the request. The Client's editors run first, then\n// the call's.")
	f.Type().Id("RequestEditor").Func().Params(jen.Id("ctx").Qual("context", "Context"), jen.Id("req").Op("*").Qual(netHTTP, "Request")).Error()

	f.Line()
	f.Comment("// ClientOption configures a Client.")
	f.Type().Id("ClientOption").Func().Params(jen.Op("*").Id("Client"))

	f.Line()
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
		g.If(jen.Id("u").Dot("Scheme").Op("!=").Lit("http").Op("&&").Id("u").Dot("Scheme").Op("!=").Lit("https").Op("||").Id("u").Dot("Host").Op("==").Lit("")).Block(
			jen.Return(jen.Nil(), jen.Qual("errors", "New").Call(jen.Lit("server URL: want an absolute http or https URL"))),
		)
		g.List(jen.Id("u").Dot("RawQuery"), jen.Id("u").Dot("Fragment")).Op("=").List(jen.Lit(""), jen.Lit(""))
		g.Id("server").Op(":=").Qual("strings", "TrimRight").Call(jen.Id("u").Dot("String").Call(), jen.Lit("/"))
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
			g.Id("c").Dot("doer").Op("=").Id("c").Dot("guardRedirects").Call(jen.Id("c").Dot("doer"))
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
		if e.hasCookieParams() {
			g.Id("cookies").Index().Op("*").Qual(netHTTP, "Cookie")
		}
		g.Id("body").Qual("io", "Reader")
		g.List(jen.Id("contentType"), jen.Id("accept")).String()
		if e.hasAuth() {
			g.Id("auth").Id("securityMask")
		}
	})
}

// genClientSend writes newRequest, which builds and edits a request (send,
// runtime/clientsend.go, sends it), and authorize, which adds the
// credentials an operation accepts.
func (e *emitter) genClientSend(f *jen.File) {
	c, call, req := jen.Id("c"), jen.Id("call"), jen.Id("req")
	f.Line()
	f.Comment("// newRequest builds call's request and passes it through the editors.\n// Errors carry the URL without its query, where a credential may travel.")
	f.Func().Params(c.Clone().Op("*").Id("Client")).Id("newRequest").Params(
		jen.Id("ctx").Qual("context", "Context"), call.Clone().Op("*").Id("clientCall"), jen.Id("editors").Index().Id("RequestEditor"),
	).Params(jen.Op("*").Qual(netHTTP, "Request"), jen.Error()).BlockFunc(func(g *jen.Group) {
		g.Id("target").Op(":=").Add(c).Dot("server").Op("+").Add(call).Dot("path")
		g.If(jen.Len(call.Clone().Dot("query")).Op(">").Lit(0)).Block(
			jen.Id("target").Op("+=").Lit("?").Op("+").Add(call).Dot("query").Dot("Encode").Call(),
		)
		g.List(req, jen.Id("err")).Op(":=").Qual(netHTTP, "NewRequestWithContext").Call(jen.Id("ctx"), call.Clone().Dot("method"), jen.Id("target"), call.Clone().Dot("body"))
		g.If(jen.Id("err").Op("!=").Nil()).Block(
			jen.Return(jen.Nil(), c.Clone().Dot("hideQuery").Call(call, jen.Err())),
		)
		g.For(jen.List(jen.Id("k"), jen.Id("vs")).Op(":=").Range().Add(call).Dot("header")).Block(
			req.Clone().Dot("Header").Index(jen.Id("k")).Op("=").Id("vs"),
		)
		if e.hasCookieParams() {
			g.Comment("// One Cookie header for them all, as RFC 6265 asks.")
			g.For(jen.List(jen.Id("_"), jen.Id("ck")).Op(":=").Range().Add(call).Dot("cookies")).Block(
				req.Clone().Dot("AddCookie").Call(jen.Id("ck")),
			)
		}
		g.If(call.Clone().Dot("contentType").Op("!=").Lit("").Op("&&").Add(req).Dot("Header").Dot("Get").Call(jen.Lit("Content-Type")).Op("==").Lit("")).Block(
			req.Clone().Dot("Header").Dot("Set").Call(jen.Lit("Content-Type"), call.Clone().Dot("contentType")),
		)
		g.If(call.Clone().Dot("accept").Op("!=").Lit("")).Block(req.Clone().Dot("Header").Dot("Set").Call(jen.Lit("Accept"), call.Clone().Dot("accept")))
		g.If(c.Clone().Dot("userAgent").Op("!=").Lit("")).Block(req.Clone().Dot("Header").Dot("Set").Call(jen.Lit("User-Agent"), c.Clone().Dot("userAgent")))
		if e.hasAuth() {
			g.Add(c).Dot("authorize").Call(req, call.Clone().Dot("auth"))
		}
		for _, list := range []jen.Code{c.Clone().Dot("editors"), jen.Id("editors")} {
			g.For(jen.List(jen.Id("_"), jen.Id("edit")).Op(":=").Range().Add(list)).Block(
				jen.If(jen.Err().Op(":=").Id("edit").Call(jen.Id("ctx"), req), jen.Err().Op("!=").Nil()).Block(
					jen.Return(jen.Nil(), jen.Err()),
				),
			)
		}
		g.Return(req, jen.Nil())
	})

	if e.hasAuth() {
		e.genClientAuthorize(f)
		e.genClientRedirectGuard(f)
		e.genClientRedact(f)
	}
}

// genClientAuthorize writes authorize: every configured credential of the
// schemes an operation accepts goes where its scheme says.
func (e *emitter) genClientAuthorize(f *jen.File) {
	req := func() *jen.Statement { return jen.Id("req") }
	f.Line()
	f.Comment("// authorize adds the credentials the Client has for the schemes in accepted.")
	f.Func().Params(jen.Id("c").Op("*").Id("Client")).Id("authorize").Params(
		jen.Id("req").Op("*").Qual(netHTTP, "Request"), jen.Id("accepted").Id("securityMask"),
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
					jen.Id("q").Dot("Set").Call(jen.Lit(s.Param), cred.Clone()),
					req().Dot("URL").Dot("RawQuery").Op("=").Id("q").Dot("Encode").Call(),
				)
			}
			g.If(jen.Id("accepted").Op("&").Id(schemeConst(s)).Op("!=").Lit(0).Op("&&").Add(cred).Op("!=").Lit("")).Block(set)
		}
	})
}

// readAPIError reads resp's body, up to the size limit, into apiErr, an
// *APIError for call:
//
//	raw, _ := io.ReadAll(io.LimitReader(resp.Body, c.maxResponseBytes))
//	raw = c.redact(raw) // with security schemes
//	apiErr := &APIError{…}
//	var b Response
//	if json.Unmarshal(raw, &b) == nil {
//		apiErr.Body = &b
//	}
func (e *emitter) readAPIError() []jen.Code {
	c, call := jen.Id("c"), jen.Id("call")
	out := []jen.Code{
		jen.List(jen.Id("raw"), jen.Id("_")).Op(":=").Qual("io", "ReadAll").Call(jen.Qual("io", "LimitReader").Call(jen.Id("resp").Dot("Body"), c.Clone().Dot("maxResponseBytes"))),
	}
	if e.hasAuth() {
		out = append(out, jen.Id("raw").Op("=").Add(c).Dot("redact").Call(jen.Id("raw")))
	}
	return append(out,
		jen.Id("apiErr").Op(":=").Op("&").Id("APIError").Values(jen.Dict{
			jen.Id("StatusCode"): jen.Id("resp").Dot("StatusCode"),
			jen.Id("Raw"):        jen.Id("raw"),
			jen.Id("Method"):     call.Clone().Dot("method"),
			jen.Id("Path"):       call.Clone().Dot("path"),
		}),
		jen.Var().Id("b").Add(m(e.api.ErrorModel.Decl.Name)),
		jen.If(jen.Qual(encJSON, "Unmarshal").Call(jen.Id("raw"), jen.Op("&").Id("b")).Op("==").Nil()).Block(
			jen.Id("apiErr").Dot("Body").Op("=").Op("&").Id("b"),
		),
	)
}

// genClientDo writes open: send, and turn a non-2xx answer into an
// *APIError of the API's error body (do, readLimited, decodeResponse are
// runtime/clientsend.go).
func (e *emitter) genClientDo(f *jen.File) {
	c, call := jen.Id("c"), jen.Id("call")
	ctxParams := []jen.Code{jen.Id("ctx").Qual("context", "Context"), jen.Id("call").Op("*").Id("clientCall"), jen.Id("editors").Index().Id("RequestEditor")}

	f.Line()
	f.Comment("// open sends call and returns its 2xx response, whose body the caller\n// closes. Any other answer is read, closed and returned as an *APIError.")
	f.Func().Params(c.Clone().Op("*").Id("Client")).Id("open").Params(ctxParams...).Params(jen.Op("*").Qual(netHTTP, "Response"), jen.Error()).BlockFunc(func(g *jen.Group) {
		g.List(jen.Id("resp"), jen.Err()).Op(":=").Add(c).Dot("send").Call(jen.Id("ctx"), call, jen.Id("editors"))
		g.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err()))
		g.If(jen.Id("resp").Dot("StatusCode").Op(">=").Lit(200).Op("&&").Id("resp").Dot("StatusCode").Op("<").Lit(300)).Block(
			jen.Return(jen.Id("resp"), jen.Nil()),
		)
		g.Defer().Id("resp").Dot("Body").Dot("Close").Call()
		g.Comment("// A body over the limit is cut at the limit: the status is what matters.")
		for _, s := range e.readAPIError() {
			g.Add(s)
		}
		g.Return(jen.Nil(), jen.Id("apiErr"))
	})

}

// m is jen.Id, for type names read from the IR.
func m(name string) *jen.Statement { return jen.Id(name) }
