package runtime

import "context"

// DefaultMaxBodyBytes is the largest request body the handler reads, unless
// WithMaxBodyBytes says otherwise; a larger one is answered 413.
const DefaultMaxBodyBytes = 4 << 20

// Authenticator decides whether a request's credential (the token of
// whichever security scheme the request used) is valid. Where one
// alternative of an operation's security names several schemes, it is
// called for the credential of each, and all must be accepted. It returns the
// context the implementation will get, typically carrying the caller's
// identity. An error rejects the request: an *APIError answers with its
// status and body, any other error with 401. The handler never writes the
// credential, or the error, into an answer or a log.
type Authenticator func(ctx context.Context, token string) (context.Context, error)

// HandlerOption configures NewHandler.
type HandlerOption func(*handler)
