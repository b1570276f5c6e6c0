package coder_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/google/uuid"

	"github.com/specgen/specgen/gen/coder"
)

// TestSessionTokenStaysHome is the attack of issue #18: the Coder server (or
// anything that can answer a redirect) sends the client to another host, and
// the client must not bring Coder-Session-Token along — with the default
// HTTP client and with the user's own. (Go's http.Client drops only
// Authorization and Cookie between hosts.)
func TestSessionTokenStaysHome(t *testing.T) {
	var leaked []string
	evil := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		leaked = append(leaked, r.Header.Get("Coder-Session-Token")+r.Header.Get("Cookie")+r.Header.Get("Referer"))
		w.WriteHeader(http.StatusNotFound)
	}))
	defer evil.Close()
	evilURL := strings.Replace(evil.URL, "127.0.0.1", "localhost", 1)
	var home int
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Coder-Session-Token") == aliceToken {
			home++
		}
		http.Redirect(w, r, evilURL+r.URL.RequestURI(), http.StatusFound)
	}))
	defer server.Close()

	for name, opts := range map[string][]coder.ClientOption{
		"default":        nil,
		"WithHTTPClient": {coder.WithHTTPClient(&http.Client{})},
	} {
		leaked, home = nil, 0
		c, err := coder.NewClient(server.URL, append(opts, coder.WithCoderSessionToken(aliceToken))...)
		if err != nil {
			t.Fatal(err)
		}
		_, err = c.GetWorkspace(context.Background(), uuid.New(), coder.GetWorkspaceParams{})
		if err == nil {
			t.Fatalf("%s: the redirect's 404 was not an error", name)
		}
		if home != 1 || len(leaked) != 1 {
			t.Fatalf("%s: %d requests with the token at home, %d elsewhere; want 1 and 1", name, home, len(leaked))
		}
		if leaked[0] != "" {
			t.Errorf("%s: the other host got %q", name, leaked[0])
		}
	}
}

// TestPlainDoerGetsOnlyHome: a Doer that is not an *http.Client is handed
// every request with its token, addressed to the configured origin only —
// the guarantee the Client can give for it (docs/security.md).
func TestPlainDoerGetsOnlyHome(t *testing.T) {
	var seen []*http.Request
	c, err := coder.NewClient("https://coder.example.com", coder.WithHTTPClient(noContent(&seen)), coder.WithCoderSessionToken(aliceToken))
	if err != nil {
		t.Fatal(err)
	}
	if err := c.FavoriteWorkspace(context.Background(), uuid.New()); err != nil {
		t.Fatal(err)
	}
	if len(seen) != 1 || seen[0].URL.Host != "coder.example.com" || seen[0].URL.Scheme != "https" || seen[0].Header.Get("Coder-Session-Token") != aliceToken {
		t.Fatalf("the Doer got %v", seen)
	}
}
