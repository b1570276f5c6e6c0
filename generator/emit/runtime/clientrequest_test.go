package runtime

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// TestNewRequest: the request carries the call's path, query, headers,
// cookies (in one header), body and media types, the User-Agent and the
// credentials; the Client's editors run before the call's, and an editor's
// error stops it; a request that cannot be built shows no query.
func TestNewRequest(t *testing.T) {
	var order []string
	editor := func(name string) RequestEditor {
		return func(_ context.Context, req *http.Request) error {
			order = append(order, name+":"+req.Header.Get("Authorization"))
			return nil
		}
	}
	c := &Client{server: "https://api.example/v1", userAgent: "specgen-test", token: "TOKEN", editors: []RequestEditor{editor("client")}}
	call := &clientCall{
		method: "POST", path: "/pets", query: url.Values{"limit": {"5"}},
		header:  http.Header{"X-Trace": {"a", "b"}},
		cookies: []*http.Cookie{{Name: "a", Value: "1"}, {Name: "b", Value: "2"}},
		body:    strings.NewReader(`{}`), contentType: "application/json", accept: "application/json",
	}
	req, err := c.newRequest(context.Background(), call, []RequestEditor{editor("call")})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ got, want string }{
		{req.URL.String(), "https://api.example/v1/pets?limit=5"},
		{req.Method, "POST"},
		{strings.Join(req.Header.Values("X-Trace"), ","), "a,b"},
		{strings.Join(req.Header.Values("Cookie"), "|"), "a=1; b=2"},
		{req.Header.Get("Content-Type"), "application/json"},
		{req.Header.Get("Accept"), "application/json"},
		{req.Header.Get("User-Agent"), "specgen-test"},
		{strings.Join(order, ","), "client:Bearer TOKEN,call:Bearer TOKEN"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}

	// A Content-Type header parameter wins over the body's; no query, no
	// user agent, no media types: none sent.
	plain := &Client{server: "https://api.example"}
	req, err = plain.newRequest(context.Background(), &clientCall{method: "PUT", path: "/x", header: http.Header{"Content-Type": {"text/csv"}}, contentType: "application/json"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if req.URL.String() != "https://api.example/x" || req.Header.Get("Content-Type") != "text/csv" || req.Header.Get("Accept") != "" || req.Header.Get("User-Agent") != "" {
		t.Errorf("plain request: %s %v", req.URL, req.Header)
	}

	refused := errors.New("no")
	_, err = plain.newRequest(context.Background(), &clientCall{method: "GET", path: "/"}, []RequestEditor{func(context.Context, *http.Request) error { return refused }})
	if !errors.Is(err, refused) {
		t.Errorf("an editor's error: %v", err)
	}
	_, err = plain.newRequest(context.Background(), &clientCall{method: "GET", path: "/\x7f", query: url.Values{"key": {"SECRET"}}}, nil)
	if err == nil || strings.Contains(err.Error(), "SECRET") {
		t.Errorf("a request that cannot be built: %v", err)
	}
}

// TestOpenAnswers: a 2xx answer is returned open; another is read (up to
// the limit, credentials redacted) into an *APIError with the error body
// decoded when it is one, and the call's method and path.
func TestOpenAnswers(t *testing.T) {
	const secret = "s3cret/token+value"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/ok":
			_, _ = io.WriteString(w, "fine")
		case "/problem":
			w.WriteHeader(http.StatusConflict)
			_, _ = io.WriteString(w, `{"message":"taken: `+secret+` `+url.QueryEscape(secret)+`"}`)
		default:
			w.WriteHeader(http.StatusBadGateway)
			_, _ = io.WriteString(w, "<html>upstream is down, and this page is longer than the limit of the client</html>")
		}
	}))
	defer srv.Close()
	c := &Client{server: srv.URL, doer: srv.Client(), maxResponseBytes: 64, token: secret}
	ctx := context.Background()
	resp, err := c.open(ctx, &clientCall{method: "GET", path: "/ok"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(body) != "fine" {
		t.Errorf("2xx body %q", body)
	}

	var apiErr *APIError
	_, err = c.open(ctx, &clientCall{method: "POST", path: "/problem"}, nil)
	if !errors.As(err, &apiErr) || apiErr.StatusCode != 409 || apiErr.Method != "POST" || apiErr.Path != "/problem" {
		t.Fatalf("409: %v", err)
	}
	if apiErr.Body == nil || apiErr.Body.Message != "taken: REDACTED REDACTED" || strings.Contains(string(apiErr.Raw), "s3cret") {
		t.Errorf("409 body %+v, raw %s: want the error body with the credential redacted", apiErr.Body, apiErr.Raw)
	}
	_, err = c.open(ctx, &clientCall{method: "GET", path: "/down"}, nil)
	if !errors.As(err, &apiErr) || apiErr.StatusCode != 502 || apiErr.Body != nil || len(apiErr.Raw) != 64 {
		t.Errorf("502 that is no error body: %v, body %v, raw %q (want it cut at the limit, 64 bytes)", err, apiErr.Body, apiErr.Raw)
	}
	if _, err := (&Client{server: "http://127.0.0.1:1", doer: http.DefaultClient}).open(ctx, &clientCall{method: "GET", path: "/"}, nil); err == nil {
		t.Error("open of an unreachable server succeeded")
	}
}

// TestRedact: a credential of 8 bytes or more is replaced as sent and
// query-escaped; a shorter one, which would mangle ordinary words, is left.
func TestRedact(t *testing.T) {
	for _, c := range []struct{ token, raw, want string }{
		{"abcdefgh", "x abcdefgh y", "x REDACTED y"},
		{"a b&c=d!", "q=a+b%26c%3Dd%21 and a b&c=d!", "q=REDACTED and REDACTED"},
		{"short", "short words", "short words"},
		{"", "nothing", "nothing"},
	} {
		if got := string((&Client{token: c.token}).redact([]byte(c.raw))); got != c.want {
			t.Errorf("redact(%q) with %q = %q, want %q", c.raw, c.token, got, c.want)
		}
	}
}
