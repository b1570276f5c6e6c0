package runtime

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/url"
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

// decodeChecked decodes data with decode and checks it with check, every
// problem at once (decode.gen.go).
func decodeChecked(data []byte, decode func(*jsonReader), check func() error) error {
	if err := jsonDecode(data, decode); err != nil {
		return err
	}
	if check != nil {
		return check()
	}
	return nil
}

// securityMask is a set of the API's security schemes (routes.gen.go).
type securityMask uint

// handler is the generated http.Handler (server.gen.go): these are the
// fields the runtime's methods read.
type handler struct {
	auth         func(ctx context.Context, token string) (context.Context, error)
	mapError     func(context.Context, error) *APIError
	log          *slog.Logger
	maxBodyBytes int64
	// token stands in for the schemes credential reads.
	token string
}

// credential returns the request's credential for the accepted schemes
// (routes.gen.go: where each scheme's credential travels).
func (h *handler) credential(r *http.Request, accepted securityMask) string {
	if accepted == 0 {
		return ""
	}
	if v := authorization(r, "Bearer"); v != "" {
		return v
	}
	return cookieValue(r, h.token)
}

// inputCheck collects the problems of a request's parameters
// (routes.gen.go).
type inputCheck struct {
	problems []inputProblem
}

// Doer sends HTTP requests (client.gen.go).
type Doer interface {
	Do(req *http.Request) (*http.Response, error)
}

// RequestEditor changes a request before it is sent (client.gen.go).
type RequestEditor func(ctx context.Context, req *http.Request) error

// Client is the generated client (client.gen.go): these are the fields
// the runtime's methods read.
type Client struct {
	server           string
	doer             Doer
	maxResponseBytes int64
	origin           string
}

// clientCall is one request a Client method makes (client.gen.go).
type clientCall struct {
	method, path        string
	query               url.Values
	body                io.Reader
	contentType, accept string
}

// newRequest builds call's request (client.gen.go: headers, cookies and
// credentials as the API has them).
func (c *Client) newRequest(ctx context.Context, call *clientCall, editors []RequestEditor) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, call.method, c.server+call.path, call.body)
	if err != nil {
		return nil, c.hideQuery(call, err)
	}
	for _, edit := range editors {
		if err := edit(ctx, req); err != nil {
			return nil, err
		}
	}
	return req, nil
}

// open sends call and returns its 2xx response, else an *APIError
// (client.gen.go: the error body has the API's type).
func (c *Client) open(ctx context.Context, call *clientCall, editors []RequestEditor) (*http.Response, error) {
	resp, err := c.send(ctx, call, editors)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode >= 200 && resp.StatusCode < 300 {
		return resp, nil
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(io.LimitReader(resp.Body, c.maxResponseBytes))
	return nil, &APIError{StatusCode: resp.StatusCode, Raw: raw, Method: call.method, Path: call.path}
}

// dropCredentials takes every credential off a redirect's request
// (client.gen.go: where the API's credentials travel).
func dropCredentials(req *http.Request) {
	req.Header.Del("Authorization")
	req.Header.Del("Cookie")
	req.Header.Del("X-API-Key")
}
