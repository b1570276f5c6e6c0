package runtime

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"
)

// TestAuthenticateAll: an alternative naming several schemes (bearer, 1,
// and the API key, 2, together: 3) needs every credential, each accepted
// by the Authenticator; alternatives stay one or the other; a credential
// cookie stands in for a scheme of a lone alternative only.
func TestAuthenticateAll(t *testing.T) {
	type key struct{}
	auth := func(ctx context.Context, token string) (context.Context, error) {
		switch token {
		case "bearer", "key":
			prev, _ := ctx.Value(key{}).(string)
			return context.WithValue(ctx, key{}, prev+token+";"), nil
		}
		return nil, errors.New("unknown token")
	}
	const (
		none    = `{"detail":"","message":"Authentication required: the request carries no credential.","status":401}` + "\n"
		lacks   = `{"detail":"","message":"Authentication required: the request lacks a credential that the operation requires beside the one it carries.","status":401}` + "\n"
		refused = `{"detail":"","message":"Authentication failed: the credential was rejected.","status":401}` + "\n"
	)
	for _, c := range []struct {
		name         string
		alternatives []securityMask
		optional     bool
		bearer, key  string
		cookie       string
		wantValue    any // nil: refused, "": admitted without credentials
		want         answer
	}{
		{name: "both", alternatives: []securityMask{3}, bearer: "bearer", key: "key", wantValue: "bearer;key;", want: answer{200, "", ""}},
		{name: "bearer only", alternatives: []securityMask{3}, bearer: "bearer", want: answer{401, errorContentType, lacks}},
		{name: "key only", alternatives: []securityMask{3}, key: "key", want: answer{401, errorContentType, lacks}},
		{name: "neither", alternatives: []securityMask{3}, want: answer{401, errorContentType, none}},
		{name: "one rejected", alternatives: []securityMask{3}, bearer: "bearer", key: "forged", want: answer{401, errorContentType, refused}},
		{name: "a cookie stands in for no scheme of several", alternatives: []securityMask{3}, bearer: "bearer", cookie: "key", want: answer{401, errorContentType, lacks}},
		{name: "or a lone scheme", alternatives: []securityMask{3, 2}, key: "key", wantValue: "key;", want: answer{200, "", ""}},
		{name: "or a lone scheme from the cookie", alternatives: []securityMask{3, 2}, cookie: "key", wantValue: "key;", want: answer{200, "", ""}},
		{name: "both, before a lone scheme", alternatives: []securityMask{3, 2}, bearer: "bearer", key: "key", wantValue: "bearer;key;", want: answer{200, "", ""}},
		{name: "optional, none", alternatives: []securityMask{3}, optional: true, wantValue: "", want: answer{200, "", ""}},
		{name: "optional, part", alternatives: []securityMask{3}, optional: true, bearer: "bearer", want: answer{401, errorContentType, lacks}},
		{name: "optional, a cookie that stands in for nothing", alternatives: []securityMask{3}, optional: true, cookie: "key", wantValue: "", want: answer{200, "", ""}},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := httptest.NewRequest("GET", "/", nil)
			if c.bearer != "" {
				r.Header.Set("Authorization", "Bearer "+c.bearer)
			}
			if c.key != "" {
				r.Header.Set("X-Api-Key", c.key)
			}
			if c.cookie != "" {
				r.AddCookie(&http.Cookie{Name: "session", Value: c.cookie})
			}
			rec := httptest.NewRecorder()
			h := &handler{auth: auth, cookies: []string{"session"}}
			ctx, ok := h.authenticateAll(rec, r, c.optional, c.alternatives...)
			if ok != (c.wantValue != nil) {
				t.Fatalf("ok = %v, want %v", ok, c.wantValue != nil)
			}
			if ok {
				got, _ := ctx.Value(key{}).(string)
				if got != c.wantValue {
					t.Errorf("context value = %q, want %q", got, c.wantValue)
				}
			}
			if got := answered(rec); got != c.want {
				t.Errorf("got %+v\nwant %+v", got, c.want)
			}
		})
	}
}
