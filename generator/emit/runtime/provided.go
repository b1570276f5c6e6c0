package runtime

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"time"
)

// Declarations that the spec-dependent emitters write in a generated
// package and that fixed code calls. Here they are stand-ins of the same
// shape, so that the runtime compiles and its tests run; this file is
// never copied (emit's runtime_table.go skips it), and the generated
// package has the real ones wherever the fixed code that calls them is
// copied.
//
// The runtime's methods of a type declared here (the handler, Client,
// clientCall and inputCheck) are copied one by one, where a selector in the
// generated code names them: the generated type's method set is what its
// routes and client methods call.

// StreamError is an `error` event of an event stream (stream.gen.go; its
// Body has the type of the API's error answers).
type StreamError struct {
	Body *errorBody
	Raw  []byte
}

// newStreamError decodes an `error` event (stream.gen.go).
func newStreamError(data []byte) *StreamError { return &StreamError{Raw: data} }

// Error is StreamError's (stream.gen.go).
func (e *StreamError) Error() string { return "event stream error: " + string(e.Raw) }

// errorBody stands in for the API's error schema (any shape; the generated
// functions below fill it where lowering found its message, detail,
// problems and status).
type errorBody struct {
	Detail   string   `json:"detail"`
	Message  string   `json:"message"`
	Problems []string `json:"problems,omitempty"`
	Status   int      `json:"status,omitempty"`
}

// inputProblem is one input of a request that is not valid (errors.gen.go).
type inputProblem struct{ field, detail string }

// newErrorBody returns an error body in the API's shape saying message and
// detail, with problems (errors.gen.go).
func newErrorBody(message, detail string, problems ...inputProblem) errorBody {
	b := errorBody{Message: message, Detail: detail}
	for _, p := range problems {
		b.Problems = append(b.Problems, p.field+": "+p.detail)
	}
	return b
}

// setStatus puts an answer's status into an error body (errors.gen.go;
// a function that does nothing for error schemas without a status).
func setStatus(b *errorBody, status int) { b.Status = status }

// errorContentType is the media type of error answers (errors.gen.go).
const errorContentType = "application/problem+json"

// APIError is an answer whose status is not 2xx (errors.gen.go).
type APIError struct {
	StatusCode   int
	Body         *errorBody
	Raw          []byte
	Method, Path string
}

func (e *APIError) Error() string { return http.StatusText(e.StatusCode) }

// NewAPIError returns an *APIError answering status saying message
// (errors.gen.go).
func NewAPIError(status int, message string) *APIError {
	b := newErrorBody(message, "")
	setStatus(&b, status)
	return &APIError{StatusCode: status, Body: &b}
}

// securityMask is a set of the API's security schemes (routes.gen.go).
type securityMask uint

// handler is the generated http.Handler (server.gen.go): these are the
// fields the runtime's methods read.
type handler struct {
	mux           *http.ServeMux
	pingInterval  time.Duration
	auth          func(ctx context.Context, token string) (context.Context, error)
	anyCredential bool
	cookies       []string
	mapError      func(context.Context, error) *APIError
	log           *slog.Logger
	maxBodyBytes  int64
}

// apiMethods are the methods of the API's routes (server.gen.go).
var apiMethods = []string{"GET", "POST"}

// schemeCredential returns the request's credential for the first accepted
// scheme that it carries (routes.gen.go: where each scheme's credential
// travels). Here scheme 1 is a bearer token and scheme 2 an API key in the
// X-Api-Key header.
func (h *handler) schemeCredential(r *http.Request, accepted securityMask) string {
	if accepted&1 != 0 {
		if v := authorization(r, "Bearer"); v != "" {
			return v
		}
	}
	if accepted&2 != 0 {
		if v := r.Header.Get("X-Api-Key"); v != "" {
			return v
		}
	}
	return ""
}

// inputCheck collects the problems of a request's parameters
// (routes.gen.go).
type inputCheck struct {
	problems []inputProblem
}

// Client is the generated client (client.gen.go): these are the fields
// the runtime's methods read.
type Client struct {
	server           string
	doer             Doer
	userAgent        string
	editors          []RequestEditor
	maxResponseBytes int64
	origin           string
	// token stands in for the schemes' credentials.
	token string
}

// clientCall is one request a Client method makes (client.gen.go).
type clientCall struct {
	method, path        string
	query               url.Values
	header              http.Header
	cookies             []*http.Cookie
	body                io.Reader
	contentType, accept string
}

// authorize adds the credentials the Client has for the schemes call's
// operation accepts (client.gen.go: where each scheme's credential
// travels; a function that does nothing for an API without security
// schemes).
func (c *Client) authorize(req *http.Request, call *clientCall) {
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
}

// credentials lists the Client's credentials (client.gen.go: one per
// security scheme; nil for an API without them).
func (c *Client) credentials() []string { return []string{c.token} }

// decodeErrorBody decodes an error answer's body in the API's error shape,
// nil when it is not one (client.gen.go: the error schema's type).
func decodeErrorBody(raw []byte) *errorBody {
	var b errorBody
	if json.Unmarshal(raw, &b) != nil {
		return nil
	}
	return &b
}

// dropCredentials takes every credential off a redirect's request
// (client.gen.go: where the API's credentials travel).
func dropCredentials(req *http.Request) {
	req.Header.Del("Authorization")
	req.Header.Del("Cookie")
	req.Header.Del("X-API-Key")
}
