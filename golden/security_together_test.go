package golden_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	secschemes "github.com/specgen/specgen/golden/security-schemes/want"
)

// TestRequirementNamesEveryScheme: over HTTP, security-schemes' /together
// (security: [{HeaderKey, Bearer}, {CookieKey}]) admits a request only
// with both the API key and the bearer token, each accepted, or with the
// cookie alone; half of the pair is 401 in the API's error shape (a
// message, no status member). /maybe-together ([{}, {HeaderKey, Bearer}])
// admits anonymous requests, and both credentials, but not half. The
// generated client sends every credential of the pair.
func TestRequirementNamesEveryScheme(t *testing.T) {
	type who struct{}
	valid := map[string]bool{"good-key": true, "good-bearer": true, "good-cookie": true}
	var seen []string
	auth := func(ctx context.Context, token string) (context.Context, error) {
		seen = append(seen, token)
		if !valid[token] {
			return nil, errors.New("unknown credential")
		}
		prev, _ := ctx.Value(who{}).(string)
		return context.WithValue(ctx, who{}, prev+token+";"), nil
	}
	srv := httptest.NewServer(secschemes.NewHandler(secschemes.Unimplemented{}, secschemes.WithAuthenticator(auth)))
	defer srv.Close()

	const (
		none  = `{"message":"Authentication required: the request carries no credential."}`
		half  = `{"message":"Authentication required: the request lacks a credential that the operation requires beside the one it carries."}`
		wrong = `{"message":"Authentication failed: the credential was rejected."}`
	)
	for _, c := range []struct {
		path, key, bearer, cookie string
		status                    int
		body                      string // "" for the 501 of Unimplemented
		asked                     int    // how many credentials the authenticator saw
	}{
		{"/together", "good-key", "good-bearer", "", 501, "", 2},
		{"/together", "good-key", "", "", 401, half, 0},
		{"/together", "", "good-bearer", "", 401, half, 0},
		{"/together", "good-key", "forged", "", 401, wrong, 1}, // Bearer, first, is refused
		{"/together", "", "", "", 401, none, 0},
		{"/together", "", "", "good-cookie", 501, "", 1},
		{"/together", "good-key", "", "good-cookie", 501, "", 1},
		{"/maybe-together", "", "", "", 501, "", 0},
		{"/maybe-together", "good-key", "good-bearer", "", 501, "", 2},
		{"/maybe-together", "good-key", "", "", 401, half, 0},
		// [{HeaderKey, Bearer}, {HeaderKey}]: the pair adds nothing to the
		// key alone, so the bearer token alone is no credential of it.
		{"/superset", "good-key", "", "", 501, "", 1},
		{"/superset", "", "good-bearer", "", 401, none, 0},
		{"/superset", "", "", "", 401, none, 0},
	} {
		seen = nil
		req, _ := http.NewRequest("GET", srv.URL+c.path, nil)
		if c.key != "" {
			req.Header.Set("X-Api-Key", c.key)
		}
		if c.bearer != "" {
			req.Header.Set("Authorization", "Bearer "+c.bearer)
		}
		if c.cookie != "" {
			req.AddCookie(&http.Cookie{Name: "session", Value: c.cookie})
		}
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var body strings.Builder
		_, _ = io.Copy(&body, resp.Body)
		resp.Body.Close()
		what := c.path + " key=" + c.key + " bearer=" + c.bearer + " cookie=" + c.cookie
		if resp.StatusCode != c.status {
			t.Errorf("%s: %d, want %d", what, resp.StatusCode, c.status)
		}
		if c.body != "" && strings.TrimSpace(body.String()) != c.body {
			t.Errorf("%s: body %s, want %s", what, body.String(), c.body)
		}
		if len(seen) != c.asked {
			t.Errorf("%s: the authenticator saw %d credentials, want %d", what, len(seen), c.asked)
		}
	}

	// The client sends both credentials of the pair, and the server, which
	// checks each, lets it through to Unimplemented.
	client, err := secschemes.NewClient(srv.URL, secschemes.WithHeaderKey("good-key"), secschemes.WithBearer("good-bearer"))
	if err != nil {
		t.Fatal(err)
	}
	seen = nil
	_, err = client.ByKeyAndBearer(context.Background())
	var apiErr *secschemes.APIError
	if !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusNotImplemented {
		t.Errorf("ByKeyAndBearer with both credentials: %v, want 501", err)
	}
	if strings.Join(seen, ",") != "good-bearer,good-key" {
		t.Errorf("the authenticator saw %q, want both credentials", seen)
	}
}

// TestCredentialCookieNotToken: a credential cookie whose name is no HTTP
// token (sess[id], which net/http's cookie parser skips) is still found,
// as a cookie parameter of that name would be.
func TestCredentialCookieNotToken(t *testing.T) {
	auth := func(ctx context.Context, token string) (context.Context, error) {
		if token != "good-cookie" {
			return nil, errors.New("unknown credential")
		}
		return ctx, nil
	}
	h := secschemes.NewHandler(secschemes.Unimplemented{}, secschemes.WithAuthenticator(auth), secschemes.WithCredentialCookie("sess[id]"))
	req := httptest.NewRequest("GET", "/together", nil)
	req.Header.Set("Cookie", "sess[id]=good-cookie")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	if w.Code != http.StatusNotImplemented {
		t.Errorf("/together with the cookie sess[id]: %d, want 501 (let through)", w.Code)
	}
}
