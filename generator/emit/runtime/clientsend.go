// A generated Client's request plumbing that does not depend on the spec:
// sending a call (its request is built by the generated newRequest), and
// reading, encoding and decoding bodies. Methods of the generated Client
// and clientCall types (see provided.go), each copied where a client
// method or another copied method calls it.

package runtime

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
)

// send builds call's request and sends it. The caller closes the response
// body.
func (c *Client) send(ctx context.Context, call *clientCall, editors []RequestEditor) (*http.Response, error) {
	req, err := c.newRequest(ctx, call, editors)
	if err != nil {
		return nil, err
	}
	resp, err := c.doer.Do(req)
	if err != nil {
		return nil, c.hideQuery(call, err)
	}
	return resp, nil
}

// hideQuery removes the query from the URL a *url.Error shows: a credential
// may travel there, and error messages end up in logs.
func (c *Client) hideQuery(call *clientCall, err error) error {
	var urlErr *url.Error
	if errors.As(err, &urlErr) {
		urlErr.URL = c.server + call.path
	}
	return err
}

// do sends call and returns the body of its 2xx answer, read up to the size
// limit; the body is always closed.
func (c *Client) do(ctx context.Context, call *clientCall, editors []RequestEditor) ([]byte, error) {
	resp, err := c.open(ctx, call, editors)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	data, err := readLimited(resp.Body, c.maxResponseBytes)
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", call.method, call.path, err)
	}
	return data, nil
}

// readLimited reads r to its end, failing when it holds more than limit
// bytes.
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("response body is larger than %d bytes", limit)
	}
	return data, nil
}

// encodeJSON sets call's body to v as JSON, of media type contentType.
func (call *clientCall) encodeJSON(v any, contentType string) error {
	data, err := jwMarshal(v)
	if err != nil {
		return fmt.Errorf("%s %s: encoding the request body: %w", call.method, call.path, err)
	}
	call.body, call.contentType = bytes.NewReader(data), contentType
	return nil
}

// decodeResponse decodes the JSON body of call's answer with decode, as
// encoding/json would (leniently: Validate is the caller's to call). An
// empty or blank body leaves the value as null does, at its zero value:
// servers answer 200 without a body where the API documents one
// (resend-go's tests mean Resend's domain verify and delete so), and
// openapi-generator's clients take that; a body cut short is still an
// error.
func decodeResponse(call *clientCall, data []byte, decode func(*jsonReader)) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil
	}
	if err := jsonDecode(data, decode); err != nil {
		return fmt.Errorf("%s %s: decoding the response: %w", call.method, call.path, err)
	}
	return nil
}

// decodeFormResponse decodes the application/x-www-form-urlencoded body of
// call's answer.
func decodeFormResponse(call *clientCall, data []byte) (url.Values, error) {
	values, err := url.ParseQuery(string(data))
	if err != nil {
		return nil, fmt.Errorf("%s %s: decoding the response: %w", call.method, call.path, err)
	}
	return values, nil
}
