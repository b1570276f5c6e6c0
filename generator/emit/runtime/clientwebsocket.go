// The client's end of a follow form's WebSocket: the call's request,
// credentials and editors applied, dialed with github.com/coder/websocket
// and read as a WebSocketStream (websocketstream.go).

package runtime

import (
	"context"
	"errors"
	"net/http"
	"net/url"

	"github.com/coder/websocket"
)

// dialWebSocket builds call's request (credentials and editors applied) and
// dials it. An answer other than the upgrade is an *APIError.
func dialWebSocket[T any](ctx context.Context, c *Client, call *clientCall, editors []RequestEditor) (*WebSocketStream[T], error) {
	req, err := c.newRequest(ctx, call, editors)
	if err != nil {
		return nil, err
	}
	hc, ok := c.doer.(*http.Client)
	if !ok {
		// The Doer follows redirects itself, if at all: this wrapper must not
		// follow one with the request's credentials on.
		hc = &http.Client{
			CheckRedirect: func(*http.Request, []*http.Request) error {
				return http.ErrUseLastResponse
			},
			Transport: doerTransport{c.doer},
		}
	}
	conn, resp, err := websocket.Dial(ctx, req.URL.String(), &websocket.DialOptions{
		CompressionMode: websocket.CompressionDisabled,
		HTTPClient:      hc,
		HTTPHeader:      req.Header,
	})
	if err != nil {
		if resp == nil || resp.StatusCode == http.StatusSwitchingProtocols {
			// The library's message has the URL with its query, where a credential
			// may travel: the transport's *url.Error stands for it, without.
			var urlErr *url.Error
			if errors.As(err, &urlErr) {
				return nil, c.hideQuery(call, urlErr)
			}
			return nil, err
		}
		return nil, c.readAPIError(call, resp)
	}
	conn.SetReadLimit(c.maxResponseBytes)
	return &WebSocketStream[T]{conn: conn, ctx: ctx}, nil
}

// doerTransport lets a Doer other than *http.Client dial a WebSocket.
type doerTransport struct {
	doer Doer
}

func (t doerTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	return t.doer.Do(req)
}
