package golden_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"

	unchecked "github.com/specgen/specgen/golden/security-unchecked-schemes/want"
	remotesec "github.com/specgen/specgen/golden/tolerate-remote-security-scheme/want"
)

// TestUncheckedSchemesFailClosed: over HTTP, the generated server of
// security-unchecked-schemes refuses every request that only a scheme it
// cannot check (mutualTLS ClientCert, the body API key BodyKey, the
// undeclared Ghost) could admit, unless the user's check for that scheme
// is given and accepts it; an alternative of checked schemes (ApiKey)
// admits as usual, and {} still admits anonymous requests. 501 is the
// Unimplemented server: the request got through.
func TestUncheckedSchemesFailClosed(t *testing.T) {
	type who struct{}
	auth := func(ctx context.Context, token string) (context.Context, error) {
		if token != "good-key" {
			return nil, errors.New("unknown key")
		}
		return context.WithValue(ctx, who{}, "key"), nil
	}
	// A stand-in for a mutualTLS check, which would read r.TLS.
	cert := func(ctx context.Context, r *http.Request) (context.Context, error) {
		if r.Header.Get("X-Test-Cert") != "good-cert" {
			return nil, errors.New("no client certificate")
		}
		return context.WithValue(ctx, who{}, "cert"), nil
	}
	bare := httptest.NewServer(unchecked.NewHandler(unchecked.Unimplemented{}, unchecked.WithAuthenticator(auth)))
	defer bare.Close()
	checked := httptest.NewServer(unchecked.NewHandler(unchecked.Unimplemented{}, unchecked.WithAuthenticator(auth), unchecked.WithClientCertCheck(cert)))
	defer checked.Close()

	const none, key, badKey, certOnly, keyAndCert, badKeyAndCert = "", "key", "bad key", "cert", "key+cert", "bad key+cert"
	for _, c := range []struct {
		path        string
		creds       string
		bare, check int // status without, and with, WithClientCertCheck
	}{
		{"/cert", none, 401, 401},
		{"/cert", key, 401, 401}, // ApiKey is no alternative of /cert
		{"/cert", certOnly, 401, 501},
		{"/either", none, 401, 401},
		{"/either", key, 501, 501},
		{"/either", badKey, 401, 401},
		{"/either", certOnly, 401, 501},
		{"/both", key, 401, 401}, // half of {ApiKey, ClientCert}
		{"/both", keyAndCert, 401, 501},
		{"/both", certOnly, 401, 401},      // the ApiKey half is still required
		{"/both", badKeyAndCert, 401, 401}, // and the authenticator decides it
		{"/ghost", keyAndCert, 401, 401},   // Ghost's check is not given
		{"/body-key", keyAndCert, 401, 401},
		{"/maybe", none, 501, 501},
		{"/maybe", certOnly, 501, 501},
		{"/key", key, 501, 501},
		{"/key", none, 401, 401},
	} {
		for _, s := range []struct {
			url  string
			want int
		}{{bare.URL, c.bare}, {checked.URL, c.check}} {
			req, _ := http.NewRequest("GET", s.url+c.path, nil)
			switch c.creds {
			case key, keyAndCert:
				req.Header.Set("X-Api-Key", "good-key")
			case badKey, badKeyAndCert:
				req.Header.Set("X-Api-Key", "forged")
			}
			if c.creds == certOnly || c.creds == keyAndCert || c.creds == badKeyAndCert {
				req.Header.Set("X-Test-Cert", "good-cert")
			}
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			if res.StatusCode != s.want {
				t.Errorf("%s with %q (check given: %v): %d, want %d", c.path, c.creds, s.url == checked.URL, res.StatusCode, s.want)
			}
			if s.want == 401 && res.Header.Get("Content-Type") == "" {
				t.Errorf("%s with %q: a 401 without the error body", c.path, c.creds)
			}
		}
	}
}

// TestRemoteSchemeFailsClosed: in tolerate-remote-security-scheme, OAuth2
// is a $ref that is not read: the API key alone admits (here with
// WithAnyCredential, without which no credential is accepted), unless the
// user checks OAuth2 with WithOAuth2Check.
func TestRemoteSchemeFailsClosed(t *testing.T) {
	oauth := func(ctx context.Context, r *http.Request) (context.Context, error) {
		if r.Header.Get("Authorization") != "Bearer good-token" {
			return nil, errors.New("no token")
		}
		return ctx, nil
	}
	for _, c := range []struct {
		opts   []remotesec.HandlerOption
		header string
		want   int
	}{
		{nil, "", 401},
		{nil, "Bearer good-token", 401},
		{nil, "key", 401}, // no Authenticator: no credential is checked, none accepted
		{[]remotesec.HandlerOption{remotesec.WithAnyCredential()}, "key", 501},
		{[]remotesec.HandlerOption{remotesec.WithAnyCredential()}, "Bearer good-token", 401},
		{[]remotesec.HandlerOption{remotesec.WithOAuth2Check(oauth)}, "Bearer good-token", 501},
		{[]remotesec.HandlerOption{remotesec.WithOAuth2Check(oauth)}, "Bearer forged", 401},
	} {
		h := remotesec.NewHandler(remotesec.Unimplemented{}, c.opts...)
		req := httptest.NewRequest("GET", "/lookuptables", nil)
		if c.header == "key" {
			req.Header.Set("X-Api-Key", "anything")
		} else if c.header != "" {
			req.Header.Set("Authorization", c.header)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code != c.want {
			t.Errorf("%d options, %q: %d, want %d", len(c.opts), c.header, w.Code, c.want)
		}
	}
}

// TestNilAPIErrorRefuses: an Authenticator or a check that refuses with a
// nil *APIError (a typed nil in the error) gets a plain 401, not a 500.
func TestNilAPIErrorRefuses(t *testing.T) {
	auth := func(ctx context.Context, token string) (context.Context, error) {
		var none *unchecked.APIError
		return nil, none
	}
	cert := func(ctx context.Context, r *http.Request) (context.Context, error) {
		var none *unchecked.APIError
		return nil, none
	}
	h := unchecked.NewHandler(unchecked.Unimplemented{}, unchecked.WithAuthenticator(auth), unchecked.WithClientCertCheck(cert))
	for _, c := range []struct{ path, key string }{{"/key", "any"}, {"/cert", ""}} {
		req := httptest.NewRequest("GET", c.path, nil)
		if c.key != "" {
			req.Header.Set("X-Api-Key", c.key)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code != http.StatusUnauthorized {
			t.Errorf("%s: %d, want 401", c.path, w.Code)
		}
	}
}
