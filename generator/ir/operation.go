package ir

import "strings"

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

	// The names below are claimed by lowering in the package scope, after
	// every schema, so that they never take a schema's name.

	// ParamsType is the Go name of the struct holding the query, header and
	// cookie parameters ("ListWorkspacesParams"); "" when there are none.
	ParamsType string
	// ResultType is the Go name of the interface a Server implementation
	// returns when the operation lists more than one response
	// ("GetPetResult"); "" when it lists one, and the implementation
	// returns that response's body directly.
	ResultType string
	// RoutePath is the path as a net/http.ServeMux pattern: BasePath plus
	// Path, with each {param} renamed to its Param.Wildcard and each
	// segment holding parameters among text replaced by its wildcard.
	// Operations of one Route have the same RoutePath. It is "" for an
	// operation the handler does not serve (an unsupported path, skipped
	// and noted; see Served).
	RoutePath string
	// PathParts is Path (without BasePath) as literal text and parameters,
	// for the client to fill in.
	PathParts []PathPart
	// Segments are the path segments that hold parameters among literal
	// text, in path order; their parameters are cut out of the segment's
	// text by the handler.
	Segments []*PathSegment
	// Guards are whole-segment path parameters whose text must parse for
	// a request to be this operation's: it shares its route with one that
	// matches the same paths, told apart by this parameter's type
	// (/files/{fileID} an integer, /files/{fileName} a string).
	Guards []*Param
	// Success is the response the client returns: the first 2xx one; nil
	// when the operation lists none.
	Success *Response
	// Auth is what the server checks and the client sends; nil when the
	// operation requires no credentials.
	Auth *Auth
	// WebSocket is set for an operation that switches protocols: one of
	// its responses is 101, or its summary or operationId says it is a
	// WebSocket. Its client method returns the request to dial instead of
	// sending it, and its Server method gets the ResponseWriter and Request
	// to upgrade.
	WebSocket bool
	// Follow is the operation's WebSocket form, selected by the presence
	// of a query parameter; nil when it has none.
	Follow *Follow
}

// Served reports whether NewHandler serves the operation, and Server has
// a method for it; an operation the handler cannot route to (its path
// cannot be matched, or another operation's matches every request it
// would) is only the client's.
func (o *Operation) Served() bool { return o.RoutePath != "" }

// Streaming reports whether the operation answers with an event stream,
// and returns the stream's content.
func (o *Operation) Streaming() (*Content, bool) {
	if o.Success == nil || o.Success.Chosen == nil || o.Success.Chosen.Encoding != EncodingEventStream {
		return nil, false
	}
	return o.Success.Chosen, true
}

// ParamsIn returns the parameters that travel in the given place, in order.
func (o *Operation) ParamsIn(in ParamIn) []*Param {
	var out []*Param
	for _, p := range o.Params {
		if p.In == in {
			out = append(out, p)
		}
	}
	return out
}

// Auth is an operation's security, simplified to what a generated client and
// server can act on: any one of Schemes satisfies it.
type Auth struct {
	// Schemes are the schemes the operation's requirements name, in the
	// order of API.SecuritySchemes: those whose credentials the client
	// sends.
	Schemes []*SecurityScheme
	// Required are the alternatives the generated server checks, each as
	// the schemes it names, in the order of API.SecuritySchemes: a request
	// meets one when it carries the credential of every one of its schemes
	// and each is accepted. In the order of the requirements; one naming
	// every scheme another does, and more, is left out (the other admits
	// whatever it would).
	Required [][]*SecurityScheme
	// Optional is set when one alternative is the empty requirement {}: a
	// request without credentials is let through.
	Optional bool
	// Unchecked are the alternatives that name a scheme the generated code
	// cannot check (a kind it does not generate, or one the spec does not
	// declare), each as those schemes, in the order of the requirements.
	// Fail closed: such an alternative lets a request through only when the
	// server was given a check (CheckName) for each of its schemes and all
	// accept it. Empty when Optional: the alternative adds nothing then.
	Unchecked [][]*SecurityScheme
	// UncheckedAlso are, for each of Unchecked, the schemes the generated
	// code checks that its requirement names too (in the order of
	// API.SecuritySchemes): the request must carry the credential of each,
	// accepted by the authenticator, besides passing the checks. They are
	// among Schemes, so the client sends them.
	UncheckedAlso [][]*SecurityScheme
}

// ParamIn is where a parameter travels.
type ParamIn string

const (
	InPath   ParamIn = "path"
	InQuery  ParamIn = "query"
	InHeader ParamIn = "header"
	InCookie ParamIn = "cookie"
)

// ParamStyle is how a parameter's value is written as text (OpenAPI's
// style).
type ParamStyle string

const (
	StyleForm           ParamStyle = "form"
	StyleSimple         ParamStyle = "simple"
	StyleLabel          ParamStyle = "label"
	StyleMatrix         ParamStyle = "matrix"
	StyleDeepObject     ParamStyle = "deepObject"
	StyleSpaceDelimited ParamStyle = "spaceDelimited"
	StylePipeDelimited  ParamStyle = "pipeDelimited"
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
	Style   ParamStyle
	Explode bool
	// Layout is how the value travels as text, decided by lowering.
	Layout Layout
	// Pointer says the params struct holds the parameter behind a
	// pointer, nil when it is absent: an optional parameter whose Go type
	// has no nil of its own (arrays, maps and raw JSON do; a struct of
	// form fields does not). Decided by lowering.
	Pointer bool
	// KeepEmpty says the server keeps the empty items of an array
	// parameter, whose items list the empty string among their values
	// (an enum or const): elsewhere an empty value is taken for absent.
	// Decided by lowering.
	KeepEmpty bool
	// ContentType is the media type of a parameter given with `content`
	// instead of `schema` ("application/json"): its value is Type encoded
	// as that media type. "" for schema parameters, which follow Style.
	ContentType string
	Source      Source

	// ArgName is the Go name of a path parameter in method signatures
	// ("workspace"); it never collides with the generated methods' own
	// parameters and locals, nor with an imported package.
	ArgName string
	// Wildcard is a path parameter's name in RoutePath: a Go identifier, as
	// net/http.ServeMux requires. For a parameter inside a segment
	// (Segment != nil), the segment's wildcard.
	Wildcard string
	// Segment is the path segment a path parameter shares with literal text
	// or other parameters; nil for a parameter that is a whole segment.
	Segment *PathSegment
}

// Body is a request body.
type Body struct {
	Required bool
	Doc      string
	Contents []*Content // in document order
	// Chosen is the content the client sends and the server reads: the
	// first JSON one, else the first.
	Chosen *Content
	// Pointer says the client's argument and the server's value hold the
	// body behind a pointer, nil when none is sent: an optional body whose
	// Go type has no nil of its own (a struct, a number, a form struct).
	// Decided by lowering.
	Pointer bool
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
	// Chosen is the content the server writes and the client reads (the
	// first JSON one, else the first); nil for a bodiless answer.
	Chosen *Content
	// VariantType is the Go name of the type that stands for this answer
	// when the operation has a ResultType ("GetPet200", "GetPetDefault").
	VariantType string
}

// IsSuccess reports whether the response is a 2xx one.
func (r *Response) IsSuccess() bool {
	return r.Status >= 200 && r.Status < 300 || r.StatusRange == 2
}

// FixedStatus reports whether the response stands for one status code (not
// a range or `default`).
func (r *Response) FixedStatus() bool { return r.Status != 0 }

// Content is one media type of a body.
type Content struct {
	MediaType string // "application/json", "text/event-stream"…
	// SendType is the Content-Type generated code writes for a body of
	// this content: MediaType, or application/octet-stream for a wildcard
	// (*/*, image/*), which names no type. Decided by lowering.
	SendType string
	// Type is the body's type; nil when the spec gives no schema. For an
	// event stream it is the type of each `data` event's JSON.
	Type Type
	// Encoding is how the body travels, decided by lowering
	// (EncodingEventStream for a stream of events).
	Encoding Encoding
	// Form lays out the fields of an EncodingForm or EncodingMultipart
	// body; nil for other encodings.
	Form *Form
}

// Encoding is how a body is turned into bytes and back.
type Encoding int

const (
	// EncodingJSON bodies are Type encoded with encoding/json.
	EncodingJSON Encoding = iota
	// EncodingRawJSON bodies admit any JSON document: they travel as
	// json.RawMessage, byte for byte (an empty body stays empty).
	EncodingRawJSON
	// EncodingBytes bodies are any media type not listed here (octet-stream,
	// images, archives, wildcards): an io.Reader in requests, []byte in
	// responses, whatever the schema says.
	EncodingBytes
	// EncodingEventStream bodies are Server-Sent Events whose `data` lines
	// are JSON values of Type.
	EncodingEventStream
	// EncodingText bodies are text/* media types, as a string.
	EncodingText
	// EncodingForm bodies are application/x-www-form-urlencoded: the
	// fields of Form.
	EncodingForm
	// EncodingMultipart bodies are multipart/form-data: the fields of Form,
	// file parts among them.
	EncodingMultipart
	// EncodingRawBody answers are handed over as they travel, their
	// Content-Type and an io.ReadCloser (RawBody): a multipart answer,
	// which the generated code does not decode.
	EncodingRawBody
)

// SecurityRequirement lists the schemes that together satisfy one
// alternative of an operation's security (their names, in order).
type SecurityRequirement struct {
	Schemes []string
	Source  Source // where the requirement is written
}

// SchemeType is the kind of a security scheme, as the spec writes it (a
// kind the spec invents is kept as written, and not generated).
type SchemeType string

const (
	SchemeAPIKey        SchemeType = "apiKey"
	SchemeHTTP          SchemeType = "http"
	SchemeOAuth2        SchemeType = "oauth2"
	SchemeOpenIDConnect SchemeType = "openIdConnect"
)

// SecurityScheme is an entry of components/securitySchemes.
type SecurityScheme struct {
	Name   string // key in the spec
	GoName string
	Type   SchemeType
	In     ParamIn // InHeader, InQuery or InCookie (apiKey); as written when the spec says otherwise
	Param  string  // header/query/cookie name (apiKey)
	Scheme string  // http scheme: bearer, basic
	Doc    string
	// OptionName is the client option that sets this scheme's credential
	// ("WithCoderSessionToken"), claimed in the package scope.
	OptionName string
	// CheckName is the server option ("WithOAuth2Check") that supplies the
	// check of a scheme the generated code cannot check itself, claimed in
	// the package scope when some operation names the scheme; else "".
	CheckName string
	// Unchecked says why the generated code cannot check the scheme ("its
	// type mutualTLS is not generated"); "" for a scheme it checks.
	Unchecked string
}

// IsBasic reports whether the credential is a user name and password sent
// with HTTP Basic authentication.
func (s *SecurityScheme) IsBasic() bool {
	return s.Type == SchemeHTTP && strings.EqualFold(s.Scheme, "basic")
}

// InAuthorization reports whether the credential travels in the
// Authorization header (http, oauth2 and openIdConnect schemes).
func (s *SecurityScheme) InAuthorization() bool { return s.Type != SchemeAPIKey }

// AuthorizationScheme is the word before the credential in the
// Authorization header: "Bearer", "Basic", or the http scheme as written.
func (s *SecurityScheme) AuthorizationScheme() string {
	switch {
	case s.Type != SchemeHTTP, strings.EqualFold(s.Scheme, "bearer"):
		return "Bearer"
	case strings.EqualFold(s.Scheme, "basic"):
		return "Basic"
	}
	return s.Scheme
}
