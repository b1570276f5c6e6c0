// Security schemes the generated code cannot check itself (a mutualTLS
// scheme, an apiKey in no header, query or cookie, a scheme declared
// nowhere or behind a $ref that is not read): the handler fails closed.
// An alternative naming one is met only through the SchemeCheck the user
// gives for each such scheme (the spec-dependent With<Scheme>Check
// options); without it, a request that only that alternative could admit
// is answered 401.

package runtime

import (
	"context"
	"net/http"
)

// SchemeCheck decides a request for a security scheme that the generated
// code cannot check itself: it reads the request (but not its body) and
// returns the context the implementation will get, typically carrying
// the caller's identity, or an error to refuse it: an *APIError answers
// with its status and body, any other error with 401. The handler never
// writes the error into an answer or a log.
type SchemeCheck func(ctx context.Context, r *http.Request) (context.Context, error)

// authenticateOr is authenticateAll for an operation that alternatives
// naming schemes the generated code cannot check also admit: a request
// carrying the credential of a scheme of the checked alternatives is the
// Authenticator's to decide, any other the checks' (checkSchemes).
func (h *handler) authenticateOr(w http.ResponseWriter, r *http.Request, checked []securityMask, alternatives ...[]SchemeCheck) (context.Context, bool) {
	if h.carriesAny(r, checked) {
		return h.authenticateAll(w, r, false, checked...)
	}
	return h.checkSchemes(w, r, alternatives...)
}

// checkSchemes lets a request through when every check of one of the
// alternatives is given and accepts it, each check getting the context
// the one before it returned. Otherwise it answers 401 (or the status of
// the *APIError a check returned) itself, and returns false: a check that
// is not given never admits a request.
func (h *handler) checkSchemes(w http.ResponseWriter, r *http.Request, alternatives ...[]SchemeCheck) (context.Context, bool) {
	var refused error
	for _, checks := range alternatives {
		ctx, given, err := runChecks(r, checks)
		if given && err == nil {
			return ctx, true
		}
		if err != nil {
			refused = err
		}
	}
	answer := NewAPIError(http.StatusUnauthorized, "Authentication required: the request carries no credential this server accepts.")
	if refused != nil {
		answer = refusal(refused)
	}
	h.writeError(w, r, answer)
	return nil, false
}

// runChecks runs the checks of one alternative in order; given is false,
// and none runs, when one of them is not given (or there are none).
func runChecks(r *http.Request, checks []SchemeCheck) (ctx context.Context, given bool, err error) {
	if len(checks) == 0 {
		return nil, false, nil
	}
	for _, check := range checks {
		if check == nil {
			return nil, false, nil
		}
	}
	ctx = r.Context()
	for _, check := range checks {
		authed, err := check(ctx, r)
		if err != nil {
			return nil, true, err
		}
		if authed != nil {
			ctx = authed
		}
	}
	return ctx, true, nil
}

// credentialCheck is the SchemeCheck of a scheme the generated code
// checks, for a requirement that names it beside one it cannot: the
// request must carry its credential, and the Authenticator accept it.
func (h *handler) credentialCheck(scheme securityMask) SchemeCheck {
	return func(ctx context.Context, r *http.Request) (context.Context, error) {
		v := h.schemeCredential(r, scheme)
		if v == "" {
			return nil, NewAPIError(http.StatusUnauthorized, "Authentication required: the request lacks a credential that the operation requires beside the one it carries.")
		}
		return h.accept(ctx, v)
	}
}
