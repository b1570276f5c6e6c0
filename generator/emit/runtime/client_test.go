package runtime

import (
	"context"
	"errors"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// doerFunc is a Doer of a function.
type doerFunc func(*http.Request) (*http.Response, error)

func (f doerFunc) Do(req *http.Request) (*http.Response, error) { return f(req) }

// TestClientSend: do returns a 2xx body up to the limit, an *APIError for
// another status, and errors that never show the query (where a credential
// may travel).
func TestClientSend(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/ok":
			_, _ = io.WriteString(w, "12345678")
		case "/big":
			_, _ = io.WriteString(w, "123456789")
		default:
			http.Error(w, "nope", http.StatusNotFound)
		}
	}))
	defer srv.Close()
	c := &Client{server: srv.URL, doer: srv.Client(), maxResponseBytes: 8}
	ctx := context.Background()
	data, err := c.do(ctx, &clientCall{method: "GET", path: "/ok"}, nil)
	if err != nil || string(data) != "12345678" {
		t.Errorf("do /ok = %q, %v", data, err)
	}
	if _, err := c.do(ctx, &clientCall{method: "GET", path: "/big"}, nil); err == nil || err.Error() != "GET /big: response body is larger than 8 bytes" {
		t.Errorf("do /big: %v", err)
	}
	var apiErr *APIError
	if _, err := c.do(ctx, &clientCall{method: "GET", path: "/missing"}, nil); !errors.As(err, &apiErr) || apiErr.StatusCode != 404 {
		t.Errorf("do /missing: %v", err)
	}
	edited := errors.New("editor says no")
	refuse := func(context.Context, *http.Request) error { return edited }
	if _, err := c.do(ctx, &clientCall{method: "GET", path: "/ok"}, []RequestEditor{refuse}); !errors.Is(err, edited) {
		t.Errorf("do with a refusing editor: %v", err)
	}

	broken := &Client{server: "http://example.invalid", doer: doerFunc(func(req *http.Request) (*http.Response, error) {
		return nil, &url.Error{Op: "Get", URL: req.URL.String() + "?key=SECRET", Err: errors.New("no route")}
	})}
	_, err = broken.send(ctx, &clientCall{method: "GET", path: "/p"}, nil)
	if err == nil || strings.Contains(err.Error(), "SECRET") || !strings.Contains(err.Error(), "http://example.invalid/p") {
		t.Errorf("send's error shows the query or not the URL: %v", err)
	}
	_, err = broken.send(ctx, &clientCall{method: "BAD METHOD", path: "/p?key=SECRET"}, nil)
	if err == nil {
		t.Error("a request that cannot be built is sent")
	}
	other := errors.New("plain")
	if got := c.hideQuery(&clientCall{}, other); got != other {
		t.Errorf("hideQuery changed an error that is no *url.Error: %v", got)
	}

	if _, err := readLimited(failingReader{}, 8); err == nil {
		t.Error("readLimited hides a read error")
	}
}

// TestClientBodies: request bodies as JSON, JSON and form answers decoded,
// errors naming the call.
func TestClientBodies(t *testing.T) {
	call := &clientCall{method: "POST", path: "/pets"}
	if err := call.encodeJSON(map[string]int{"a": 1}, "application/json"); err != nil {
		t.Fatal(err)
	}
	if data, _ := io.ReadAll(call.body); string(data) != `{"a":1}` || call.contentType != "application/json" {
		t.Errorf("encodeJSON: %q %q", data, call.contentType)
	}
	if err := call.encodeJSON(math.NaN(), "application/json"); err == nil || !strings.HasPrefix(err.Error(), "POST /pets: encoding the request body: ") {
		t.Errorf("encodeJSON of NaN: %v", err)
	}
	var n int64
	if err := decodeResponse(call, []byte("42"), func(r *jsonReader) { jsonInt(&n, r) }); err != nil || n != 42 {
		t.Errorf("decodeResponse = %d, %v", n, err)
	}
	for _, empty := range []string{"", " \r\n"} {
		called := false
		if err := decodeResponse(call, []byte(empty), func(*jsonReader) { called = true }); err != nil || called {
			t.Errorf("decodeResponse(%q) = %v, decoder called %v; want the zero value kept, no error", empty, err, called)
		}
	}
	if err := decodeResponse(call, []byte("{"), func(r *jsonReader) { jsonInt(&n, r) }); err == nil || !strings.HasPrefix(err.Error(), "POST /pets: decoding the response: ") {
		t.Errorf("decodeResponse of bad JSON: %v", err)
	}
	values, err := decodeFormResponse(call, []byte("a=1&b=x+y"))
	if err != nil || values.Get("a") != "1" || values.Get("b") != "x y" {
		t.Errorf("decodeFormResponse = %v, %v", values, err)
	}
	if _, err := decodeFormResponse(call, []byte("a=%zz")); err == nil || !strings.HasPrefix(err.Error(), "POST /pets: decoding the response: ") {
		t.Errorf("decodeFormResponse of a bad form: %v", err)
	}
}

// TestOriginOf: scheme and host lower-cased, the default port spelled out.
func TestOriginOf(t *testing.T) {
	for _, c := range []struct{ url, want string }{
		{"https://API.example.com/v1", "https://api.example.com:443"},
		{"HTTP://example.com", "http://example.com:80"},
		{"http://example.com:8080/x", "http://example.com:8080"},
		{"http://[::1]/", "http://[::1]:80"},
	} {
		u, err := url.Parse(c.url)
		if err != nil {
			t.Fatal(err)
		}
		if got := originOf(u); got != c.want {
			t.Errorf("originOf(%s) = %s, want %s", c.url, got, c.want)
		}
	}
}

// TestGuardRedirects: an *http.Client is copied with a CheckRedirect that
// drops credentials on the way to another origin only, then defers to the
// original CheckRedirect or stops after 10; another Doer is kept.
func TestGuardRedirects(t *testing.T) {
	c := &Client{origin: "https://api.example.com:443"}
	plain := doerFunc(func(*http.Request) (*http.Response, error) { return nil, nil })
	if got := c.guardRedirects(plain); got == nil {
		t.Error("another Doer is not kept")
	}
	if got := c.guardRedirects((*http.Client)(nil)); got != (*http.Client)(nil) {
		t.Error("a nil *http.Client is replaced")
	}
	asked := 0
	orig := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { asked++; return nil }}
	guarded := c.guardRedirects(orig).(*http.Client)
	if guarded == orig || orig.CheckRedirect == nil {
		t.Fatal("the user's *http.Client is changed, not copied")
	}
	redirect := func(target string) *http.Request {
		req := httptest.NewRequest("GET", target, nil)
		req.Header.Set("Authorization", "Bearer SECRET")
		req.Header.Set("X-API-Key", "SECRET")
		return req
	}
	same := redirect("https://API.example.com/next")
	if err := guarded.CheckRedirect(same, nil); err != nil || same.Header.Get("Authorization") == "" {
		t.Errorf("same origin: %v, credentials dropped", err)
	}
	for _, target := range []string{"https://evil.example.com/", "http://api.example.com/", "https://api.example.com:8443/", "https://sub.api.example.com/"} {
		req := redirect(target)
		if err := guarded.CheckRedirect(req, nil); err != nil {
			t.Errorf("%s: %v", target, err)
		}
		if req.Header.Get("Authorization") != "" || req.Header.Get("X-API-Key") != "" {
			t.Errorf("%s: credentials follow the redirect", target)
		}
	}
	if asked != 5 {
		t.Errorf("the user's CheckRedirect asked %d times, want 5", asked)
	}
	byDefault := c.guardRedirects(&http.Client{}).(*http.Client)
	if err := byDefault.CheckRedirect(redirect("https://api.example.com/"), make([]*http.Request, 9)); err != nil {
		t.Errorf("9 redirects: %v", err)
	}
	if err := byDefault.CheckRedirect(redirect("https://api.example.com/"), make([]*http.Request, 10)); err == nil {
		t.Error("an 11th redirect is followed")
	}
}
