// A generated Client's request and the answers it does not take: building
// a call's request (the generated authorize adds the credentials the
// operation accepts), opening it, and reading a non-2xx answer as an
// *APIError whose body has the API's error shape (the generated
// decodeErrorBody) and none of the Client's credentials (the generated
// credentials lists them). Methods of the generated Client, copied where
// called.

package runtime

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
)

// newRequest builds call's request and passes it through the editors.
// Errors carry the URL without its query, where a credential may travel.
func (c *Client) newRequest(ctx context.Context, call *clientCall, editors []RequestEditor) (*http.Request, error) {
	target := c.server + call.path
	if len(call.query) > 0 {
		target += "?" + call.query.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, call.method, target, call.body)
	if err != nil {
		return nil, c.hideQuery(call, err)
	}
	for k, vs := range call.header {
		// net/http refuses the whole request, naming no parameter, for a
		// header whose name is no token (page[size]): say which one.
		if strings.ContainsFunc(k, notTokenChar) {
			return nil, fmt.Errorf("the header parameter %q cannot be sent: its name is not an HTTP token", k)
		}
		req.Header[k] = vs
	}
	// One Cookie header for them all, as RFC 6265 asks.
	for _, ck := range call.cookies {
		req.AddCookie(ck)
	}
	if call.contentType != "" && req.Header.Get("Content-Type") == "" {
		req.Header.Set("Content-Type", call.contentType)
	}
	if call.accept != "" {
		req.Header.Set("Accept", call.accept)
	}
	if c.userAgent != "" {
		req.Header.Set("User-Agent", c.userAgent)
	}
	c.authorize(req, call)
	for _, list := range [][]RequestEditor{c.editors, editors} {
		for _, edit := range list {
			if err := edit(ctx, req); err != nil {
				return nil, err
			}
		}
	}
	return req, nil
}

// open sends call and returns its 2xx response, whose body the caller
// closes. Any other answer is read, closed and returned as an *APIError.
func (c *Client) open(ctx context.Context, call *clientCall, editors []RequestEditor) (*http.Response, error) {
	resp, err := c.send(ctx, call, editors)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode >= 200 && resp.StatusCode < 300 {
		return resp, nil
	}
	defer resp.Body.Close()
	return nil, c.readAPIError(call, resp)
}

// readAPIError reads resp, an answer to call that is not 2xx, as an
// *APIError. A body over the size limit is cut at the limit, and a failed
// read leaves what was read: the status is what matters. Body is set when
// the body is an error body of the API's shape.
func (c *Client) readAPIError(call *clientCall, resp *http.Response) *APIError {
	raw, _ := io.ReadAll(io.LimitReader(resp.Body, c.maxResponseBytes))
	raw = c.redact(raw)
	return &APIError{StatusCode: resp.StatusCode, Body: decodeErrorBody(raw), Raw: raw, Method: call.method, Path: call.path}
}

// redact replaces the Client's own credentials, as sent and query-escaped,
// in an error answer's body with REDACTED: a server, or a redirect's body,
// may echo the URL that carried one, and error messages end up in logs.
// One shorter than 8 bytes is left: it would mangle ordinary words, and is
// no secret worth the name.
func (c *Client) redact(raw []byte) []byte {
	for _, cred := range c.credentials() {
		if len(cred) < 8 {
			continue
		}
		for _, form := range []string{cred, url.QueryEscape(cred)} {
			raw = bytes.ReplaceAll(raw, []byte(form), []byte("REDACTED"))
		}
	}
	return raw
}
