// Credentials on the server side: the generated handler's schemeCredential
// method (spec-dependent: where each scheme's credential travels) finds
// one; authenticate hands each credential an alternative of the
// operation's security requires to the Authenticator.

package runtime

import (
	"context"
	"errors"
	"net/http"
	"strings"
)

// authenticate is authenticateAll for an operation whose every
// alternative names one scheme: the request needs the credential of one
// of the accepted schemes.
func (h *handler) authenticate(w http.ResponseWriter, r *http.Request, accepted securityMask, optional bool) (context.Context, bool) {
	var alternatives []securityMask
	for rest := accepted; rest != 0; rest &= rest - 1 {
		alternatives = append(alternatives, rest&-rest)
	}
	return h.authenticateAll(w, r, optional, alternatives...)
}

// authenticateAll admits a request that meets one of the alternatives,
// each the set of schemes one requirement of the operation's security
// names: the request must carry the credential of every one of them, and
// the Authenticator must accept each (in the schemes' order, each call
// getting the context the one before returned). The first alternative
// whose credentials the request carries is the one decided: a rejected
// credential is answered, never passed over for another alternative. It
// answers 401 itself, and returns false, when no alternative's credentials
// are all there (unless optional and the request carries none at all) or
// one is rejected.
func (h *handler) authenticateAll(w http.ResponseWriter, r *http.Request, optional bool, alternatives ...securityMask) (context.Context, bool) {
	ctx := r.Context()
	tokens := h.credentials(r, alternatives)
	if tokens == nil {
		if optional && !h.carriesAny(r, alternatives) {
			return ctx, true
		}
		message := "Authentication required: the request carries no credential."
		if h.carriesAny(r, alternatives) {
			message = "Authentication required: the request lacks a credential that the operation requires beside the one it carries."
		}
		h.writeError(w, r, NewAPIError(http.StatusUnauthorized, message))
		return nil, false
	}
	for _, token := range tokens {
		authed, err := h.accept(ctx, token)
		if err != nil {
			h.writeError(w, r, refusal(err))
			return nil, false
		}
		if authed != nil {
			ctx = authed
		}
	}
	return ctx, true
}

// refusal is the answer to the error with which an Authenticator or a
// SchemeCheck refused a request: its *APIError, or a plain 401 (also for
// a nil *APIError, which would otherwise be written as a 500).
func refusal(err error) *APIError {
	var apiErr *APIError
	if errors.As(err, &apiErr) && apiErr != nil {
		return apiErr
	}
	return NewAPIError(http.StatusUnauthorized, "Authentication failed: the credential was rejected.")
}

// accept hands a credential to the Authenticator; without one, the
// handler refuses every credential unless WithAnyCredential said to
// accept them all.
func (h *handler) accept(ctx context.Context, token string) (context.Context, error) {
	switch {
	case h.auth != nil:
		return h.auth(ctx, token)
	case h.anyCredential:
		return ctx, nil
	}
	return nil, NewAPIError(http.StatusUnauthorized, "Authentication failed: this server has no way to check credentials.")
}

// credentials returns the credentials of the first alternative whose every
// scheme the request carries, in the schemes' order; nil when none. A
// credential cookie stands in for a scheme only when no alternative is met
// otherwise, and only for an alternative of one scheme.
func (h *handler) credentials(r *http.Request, alternatives []securityMask) []string {
	for _, required := range alternatives {
		var tokens []string
		for rest := required; rest != 0; rest &= rest - 1 {
			v := h.schemeCredential(r, rest&-rest)
			if v == "" {
				tokens = nil
				break
			}
			tokens = append(tokens, v)
		}
		if tokens != nil {
			return tokens
		}
	}
	for _, required := range alternatives {
		if required&(required-1) == 0 {
			if v := h.cookieCredential(r); v != "" {
				return []string{v}
			}
			break
		}
	}
	return nil
}

// carriesAny reports whether the request carries a credential of some
// scheme of the alternatives, or in a credential cookie where one could
// stand in (for an alternative of one scheme).
func (h *handler) carriesAny(r *http.Request, alternatives []securityMask) bool {
	var all securityMask
	lone := false
	for _, required := range alternatives {
		all |= required
		lone = lone || required&(required-1) == 0
	}
	return h.schemeCredential(r, all) != "" || lone && h.cookieCredential(r) != ""
}

// cookieCredential returns the value of the first credential cookie
// (WithCredentialCookie) the request carries, or "".
func (h *handler) cookieCredential(r *http.Request) string {
	for _, name := range h.cookies {
		if v := cookieValue(r, name); v != "" {
			return v
		}
	}
	return ""
}

// cookieValue returns the value of the cookie called name, or "": found
// as a cookie parameter is (cookieFound), names that are no HTTP token
// included.
func cookieValue(r *http.Request, name string) string {
	v, _ := cookieFound(r, name)
	return v
}

// authorization returns the credentials of the Authorization header when
// it uses scheme ("Bearer", "Basic"), or "".
func authorization(r *http.Request, scheme string) string {
	got, cred, ok := strings.Cut(r.Header.Get("Authorization"), " ")
	if !ok || !strings.EqualFold(got, scheme) {
		return ""
	}
	return strings.TrimSpace(cred)
}
