package ir

// Operation is one method on one path.
type Operation struct {
	// Name is the Go method name (from operationId, or method + path).
	Name       string
	ID         string // operationId as written, or ""
	Method     string // upper case: GET, POST…
	Path       string // template as written: /workspaces/{workspace}
	Summary    string
	Doc        string
	Deprecated bool
	Tags       []string
	Params     []*Param
	Body       *Body // nil when the operation takes no body
	Responses  []*Response
	Security   []SecurityRequirement // nil: none declared; empty: explicitly none
	Source     Source
}

// ParamIn is where a parameter travels.
type ParamIn string

const (
	InPath   ParamIn = "path"
	InQuery  ParamIn = "query"
	InHeader ParamIn = "header"
	InCookie ParamIn = "cookie"
)

// Param is one path, query, header or cookie parameter.
type Param struct {
	Name       string // Go field name in the params struct
	WireName   string // name on the wire
	In         ParamIn
	Doc        string
	Deprecated bool
	Required   bool
	Type       Type
	Default    any
	// Style and Explode as the spec says, with OpenAPI's defaults filled in
	// (form/true for query and cookie, simple/false for path and header).
	Style   string
	Explode bool
	Source  Source
}

// Body is a request body.
type Body struct {
	Required bool
	Doc      string
	Contents []*Content // in document order; the first JSON one is preferred
}

// Response is one status code's answer.
type Response struct {
	// Status is the HTTP status, or 0 for `default`. Range keys such as 2XX
	// are recorded as StatusRange 2.
	Status      int
	StatusRange int
	Doc         string
	Contents    []*Content // empty for bodiless answers (204)
	Headers     []*Param
}

// Content is one media type of a body.
type Content struct {
	MediaType string // "application/json", "text/event-stream"…
	// Type is the body's type; nil when the spec gives no schema.
	Type Type
	// Streaming is set for media types that carry a stream of events.
	Streaming StreamKind
}

// StreamKind says how a response body is streamed.
type StreamKind int

const (
	NotStreaming StreamKind = iota
	ServerSentEvents
)

// SecurityRequirement lists the schemes that together satisfy one
// alternative of an operation's security (their names, in order).
type SecurityRequirement struct {
	Schemes []string
}

// SecurityScheme is an entry of components/securitySchemes.
type SecurityScheme struct {
	Name   string // key in the spec
	GoName string
	Type   string // apiKey, http, oauth2, openIdConnect
	In     string // header, query, cookie (apiKey)
	Param  string // header/query/cookie name (apiKey)
	Scheme string // http scheme: bearer, basic
	Doc    string
}
