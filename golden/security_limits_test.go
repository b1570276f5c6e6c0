package golden_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/specgen/specgen/generator/ir"
)

// TestOversizeBodiesAnswer413: every operation whose JSON body the
// handler reads answers 413 to a body one byte over DefaultMaxBodyBytes
// (once authenticated), and does not to one of exactly that size.
func TestOversizeBodiesAnswer413(t *testing.T) {
	checked := 0
	for _, a := range securedAPIs(t) {
		p := newProbe(a)
		for _, op := range a.api.Operations {
			if op.Body == nil || op.Body.Chosen == nil || (op.Body.Chosen.Encoding != ir.EncodingJSON && op.Body.Chosen.Encoding != ir.EncodingRawJSON) {
				continue
			}
			checked++
			target, media := concretePath(a.api, op), op.Body.Chosen.MediaType
			for _, size := range []int64{a.maxBody, a.maxBody + 1} {
				body := append([]byte("{}"), bytes.Repeat([]byte(" "), int(size)-2)...)
				w := p.serveAs(op.Method, target, media, body, credentialsFor(op))
				if tooLarge := w.Code == http.StatusRequestEntityTooLarge; tooLarge != (size > a.maxBody) {
					t.Errorf("%s %s %s with a %d-byte body: %d (limit %d)", a.name, op.Method, target, size, w.Code, a.maxBody)
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("no secured golden case has an operation with a JSON body")
	}
}

// TestOversizeHeadersAnswer431: the handler under an http.Server with its
// defaults refuses a header block over http.DefaultMaxHeaderBytes (1 MiB)
// with 431 before any handler code runs: the limit is the server's, and
// docs/security.md says to keep it.
func TestOversizeHeadersAnswer431(t *testing.T) {
	for _, a := range securedAPIs(t) {
		p := newProbe(a)
		srv := httptest.NewServer(p.h)
		req, _ := http.NewRequest(http.MethodGet, srv.URL+concretePath(a.api, a.api.Operations[0]), nil)
		req.Header.Set("X-Padding", strings.Repeat("x", http.DefaultMaxHeaderBytes+4096))
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatalf("%s: %v", a.name, err)
		}
		resp.Body.Close()
		srv.Close()
		if resp.StatusCode != http.StatusRequestHeaderFieldsTooLarge {
			t.Errorf("%s: a %d-byte header: %d, want 431", a.name, http.DefaultMaxHeaderBytes+4096, resp.StatusCode)
		}
		if p.authCalls != 0 {
			t.Errorf("%s: the authenticator ran for an oversize header", a.name)
		}
	}
}

// TestPanicsAnswer500WithoutInternals: a panic under the handler (here in
// the authenticator, which every secured operation calls) is answered 500
// with the plain error body — no panic value, no stack — and logged.
func TestPanicsAnswer500WithoutInternals(t *testing.T) {
	const internal = "internal-detail-7f3a: db password in a panic"
	for _, a := range securedAPIs(t) {
		p := newProbe(a)
		p.panicWith = internal
		for _, op := range a.api.Operations {
			if op.Auth == nil || len(op.Auth.Required) == 0 {
				// No authenticator runs: the checks of security-unchecked-schemes
				// are not given, and none runs (credentialCheck included).
				continue
			}
			w := p.serve(op.Method, concretePath(a.api, op), bodyFor(op), credentialsFor(op))
			what := a.name + " " + op.Method + " " + concretePath(a.api, op)
			if w.Code != http.StatusInternalServerError {
				t.Errorf("%s: %d after a panic, want 500", what, w.Code)
			}
			for _, bad := range []string{"internal-detail", "goroutine", ".go:", "panic"} {
				if strings.Contains(w.Body.String(), bad) {
					t.Errorf("%s: the 500 shows %q: %s", what, bad, w.Body.String())
				}
			}
		}
		if !strings.Contains(p.logText(), "internal-detail") {
			t.Errorf("%s: the panic was not logged", a.name)
		}
	}
}

// TestClientErrorsHideCredentials: the errors a Client returns never show
// its credentials — not an *APIError whose body echoes the request (its
// headers and URL, query key included), nor the *url.Error of a
// connection that drops, whose URL would carry the query.
func TestClientErrorsHideCredentials(t *testing.T) {
	for _, a := range securedAPIs(t) {
		secrets := secretsOf(a.api)
		echo := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			var b bytes.Buffer
			r.Header.Write(&b)
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusUnauthorized)
			io.WriteString(w, `{"message":"rejected `+r.URL.String()+` `+strings.ReplaceAll(b.String(), "\r\n", " ")+`"}`)
		}))
		hangUp := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			conn, _, err := http.NewResponseController(w).Hijack()
			if err == nil {
				conn.Close()
			}
		}))
		for _, srv := range []*httptest.Server{echo, hangUp} {
			client, err := a.client(srv.URL, nil)
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			errs := callAll(ctx, client)
			cancel()
			if len(errs) == 0 {
				t.Fatalf("%s: no call failed", a.name)
			}
			for _, err := range errs {
				if got := leaked(err.Error(), secrets); len(got) > 0 {
					t.Errorf("%s: error shows %q: %v", a.name, got, err)
				}
				var netErr net.Error
				if srv == hangUp && !errors.As(err, &netErr) {
					t.Errorf("%s: a dropped connection gave %T %v", a.name, err, err)
				}
			}
		}
		echo.Close()
		hangUp.Close()
	}
}
