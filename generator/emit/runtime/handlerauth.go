// Credentials on the server side: the generated handler's credential
// method (spec-dependent: where each scheme's credential travels) finds
// one; authenticate hands it to the Authenticator.

package runtime

import (
	"context"
	"errors"
	"net/http"
	"strings"
)

// authenticate finds the request's credential for one of the accepted
// schemes and hands it to the Authenticator. It answers 401 itself, and
// returns false, when there is none (unless optional) or it is rejected.
func (h *handler) authenticate(w http.ResponseWriter, r *http.Request, accepted securityMask, optional bool) (context.Context, bool) {
	ctx := r.Context()
	token := h.credential(r, accepted)
	switch {
	case token == "" && optional, h.auth == nil && token != "":
		return ctx, true
	case token == "":
		h.writeError(w, r, NewAPIError(http.StatusUnauthorized, "Authentication required: the request carries no credential."))
		return nil, false
	}
	authed, err := h.auth(ctx, token)
	if err != nil {
		var apiErr *APIError
		if !errors.As(err, &apiErr) {
			apiErr = NewAPIError(http.StatusUnauthorized, "Authentication failed: the credential was rejected.")
		}
		h.writeError(w, r, apiErr)
		return nil, false
	}
	if authed == nil {
		authed = ctx
	}
	return authed, true
}

// cookieValue returns the value of the cookie called name, or "".
func cookieValue(r *http.Request, name string) string {
	c, err := r.Cookie(name)
	if err != nil {
		return ""
	}
	return c.Value
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
