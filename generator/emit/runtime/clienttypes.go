package runtime

import (
	"context"
	"net/http"
)

// DefaultMaxResponseBytes is the largest response body a Client reads, unless
// WithMaxResponseBytes says otherwise: a larger body is an error, never an
// unbounded allocation. For event streams it bounds each event.
const DefaultMaxResponseBytes = 32 << 20

// Doer sends HTTP requests. *http.Client is one; a test can pass any other.
type Doer interface {
	Do(req *http.Request) (*http.Response, error)
}

// RequestEditor changes a request before it is sent (headers, tracing,
// logging). An error stops the request. The Client's editors run first, then
// the call's.
type RequestEditor func(ctx context.Context, req *http.Request) error

// ClientOption configures a Client.
type ClientOption func(*Client)
