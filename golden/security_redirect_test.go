package golden_test

import (
	"context"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"strings"
	"sync"
	"testing"
	"time"
)

// recorder keeps the raw requests a test server received.
type recorder struct {
	mu    sync.Mutex
	dumps []string
}

func (r *recorder) add(req *http.Request) {
	dump, _ := httputil.DumpRequest(req, true)
	r.mu.Lock()
	defer r.mu.Unlock()
	r.dumps = append(r.dumps, string(dump))
}

func (r *recorder) text() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return strings.Join(r.dumps, "\n")
}

// redirectHop is the path prefix under which the first server serves the
// requests it redirected to itself.
const redirectHop = "/hop"

// The Doers a Client may send with.
const (
	defaultDoer = "default"              // http.DefaultClient
	userClient  = "WithHTTPClient"       // the user's *http.Client, with a CheckRedirect
	plainDoer   = "WithHTTPClient-plain" // a Doer that only sends, following nothing
)

// TestRedirectsKeepCredentialsHome: for every secured golden case, a client
// with every credential set calls every operation at a server that
// redirects (307, method and body kept) elsewhere. A redirect to another
// host, port or scheme — or to a dead end — must not carry any credential,
// in a header, cookie, query or Referer; one to the same origin must carry
// them still. It holds for the default client and for a user's *http.Client
// with its own CheckRedirect, which still runs; a plain Doer's redirects are
// its own, and the Client (WebSocket dials included) follows none for it.
// The errors the calls return never show a credential.
func TestRedirectsKeepCredentialsHome(t *testing.T) {
	for _, a := range securedAPIs(t) {
		secrets := secretsOf(a.api)
		for _, kind := range []string{"cross-host", "cross-port", "cross-scheme", "dead-end", "same-origin"} {
			for _, via := range []string{defaultDoer, userClient, plainDoer} {
				if kind == "cross-scheme" && via == defaultDoer {
					continue // the default client cannot trust httptest's certificate
				}
				t.Run(a.name+"/"+kind+"/"+via, func(t *testing.T) { runRedirect(t, a, kind, via, secrets) })
			}
		}
	}
}

func runRedirect(t *testing.T, a securedAPI, kind, via string, secrets []string) {
	home, away, hop := &recorder{}, &recorder{}, &recorder{}
	elsewhere := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		away.add(r)
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte("{}"))
	}))
	defer elsewhere.Close()

	api := a.handler(func(ctx context.Context, token string) (context.Context, error) { return ctx, nil }, slog.New(slog.DiscardHandler))
	var target func(r *http.Request) string
	first := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if kind == "cross-host" && strings.HasPrefix(r.Host, "localhost:") {
			away.add(r) // the same listener, reached under another host name
			w.Write([]byte("{}"))
			return
		}
		if rest, ok := strings.CutPrefix(r.URL.Path, redirectHop); ok {
			hop.add(r)
			r.URL.Path, r.URL.RawPath = rest, ""
			api.ServeHTTP(w, r)
			return
		}
		home.add(r)
		http.Redirect(w, r, target(r), http.StatusTemporaryRedirect)
	})
	var srv *httptest.Server
	if kind == "cross-scheme" {
		srv = httptest.NewTLSServer(first)
	} else {
		srv = httptest.NewServer(first)
	}
	defer srv.Close()
	// An open redirect that keeps the query, as many do.
	target = func(r *http.Request) string {
		pathQuery := r.URL.RequestURI()
		switch kind {
		case "cross-host":
			return strings.Replace(srv.URL, "127.0.0.1", "localhost", 1) + pathQuery
		case "cross-port", "cross-scheme":
			return elsewhere.URL + pathQuery
		case "dead-end":
			return "http://" + deadAddr(t) + pathQuery
		}
		return redirectHop + pathQuery
	}

	var d doer
	checked := 0
	switch via {
	case userClient:
		hc := srv.Client()
		hc.Timeout = 10 * time.Second
		hc.CheckRedirect = func(req *http.Request, via []*http.Request) error {
			checked++
			return nil
		}
		d = hc
	case plainDoer:
		d = doerFunc(srv.Client().Transport.RoundTrip)
	}
	client, err := a.client(srv.URL, d)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	errs := callAll(ctx, client)

	sent := leaked(home.text(), secrets)
	if len(sent) == 0 {
		t.Fatal("no credential reached the configured server: the test exercises nothing")
	}
	if got := leaked(away.text(), secrets); len(got) > 0 {
		t.Errorf("credentials %q reached another origin:\n%s", got, away.text())
	}
	for _, err := range errs {
		if got := leaked(err.Error(), secrets); len(got) > 0 {
			t.Errorf("error shows credentials %q: %v", got, err)
		}
	}
	switch {
	case via == plainDoer:
		if away.text() != "" || hop.text() != "" {
			t.Errorf("a redirect was followed for a Doer that follows none:\n%s%s", away.text(), hop.text())
		}
	case via == userClient && checked == 0:
		t.Error("the user's CheckRedirect was never called")
	case kind == "same-origin":
		kept := leaked(hop.text(), secrets)
		if strings.Join(kept, ",") != strings.Join(sent, ",") {
			t.Errorf("a same-origin redirect carried %q, the first request %q", kept, sent)
		}
	case kind != "dead-end" && away.text() == "":
		t.Error("no redirect was followed: the test exercises nothing")
	}
}

// doerFunc is a Doer made of a function.
type doerFunc func(*http.Request) (*http.Response, error)

func (f doerFunc) Do(r *http.Request) (*http.Response, error) { return f(r) }

// deadAddr is a local address nothing listens on.
func deadAddr(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return addr
}
