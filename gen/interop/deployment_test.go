package interop

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/coder/coder/v2/codersdk"
	"github.com/google/uuid"

	"github.com/specgen/specgen/cmd/fakecoder/fake"
)

// token is the session token of the deployment's user, alice.
const token = "interop-session-token"

// deployment is the generated handler serving the fake Coder on loopback,
// with Coder's own SDK pointed at it.
type deployment struct {
	fake *fake.Server
	url  *url.URL
	sdk  *codersdk.Client
	// alice is the id of the user the SDK's token belongs to.
	alice uuid.UUID
	wire  *wireLog
}

// newDeployment starts a deployment; it stops when the test ends.
func newDeployment(t *testing.T, opts fake.Options) *deployment {
	t.Helper()
	f := fake.New(opts)
	alice := f.AddUser(token, "alice")
	wire := &wireLog{}
	srv := httptest.NewServer(wire.record(f.Handler()))
	t.Cleanup(func() {
		srv.CloseClientConnections()
		srv.Close()
		f.Close()
	})
	u, err := url.Parse(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	return &deployment{
		fake:  f,
		url:   u,
		sdk:   codersdk.New(u, codersdk.WithSessionToken(token)),
		alice: alice,
		wire:  wire,
	}
}

// sdkFor serves h on loopback for the test and returns Coder's SDK
// pointed at it with the session token.
func sdkFor(t *testing.T, h http.Handler) *codersdk.Client {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	u, err := url.Parse(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	return codersdk.New(u, codersdk.WithSessionToken(token))
}

// templateID is the template every test workspace uses: the fake accepts
// any template id.
var templateID = uuid.MustParse("c6d67e98-83ea-49f0-8812-e4abae2b68bc")

// createWorkspace creates a workspace of alice's through the SDK.
func (d *deployment) createWorkspace(t *testing.T, name string) codersdk.Workspace {
	t.Helper()
	ws, err := d.sdk.CreateUserWorkspace(testContext(t), codersdk.Me, codersdk.CreateWorkspaceRequest{
		TemplateID: templateID,
		Name:       name,
	})
	if err != nil {
		t.Fatalf("CreateUserWorkspace(%q): %v", name, err)
	}
	return ws
}

// testContext is a context that ends with the test, or after a minute so
// that a hung stream fails the test instead of the run.
func testContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// sdkError returns err as Coder's *codersdk.Error, failing the test when it
// is not one.
func sdkError(t *testing.T, err error) *codersdk.Error {
	t.Helper()
	sdkErr, ok := codersdk.AsError(err)
	if !ok {
		t.Fatalf("want a *codersdk.Error, got %T: %v", err, err)
	}
	return sdkErr
}

// exchange is one request as it reached the server.
type exchange struct {
	Method, Path, RawQuery string
	Query                  url.Values
	Body                   []byte
	Status                 int
}

// wireLog records what the SDK sends and what the server answers, so that
// tests can state what Coder's client puts on the wire.
type wireLog struct {
	mu        sync.Mutex
	exchanges []exchange
}

func (l *wireLog) record(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		sw := &statusWriter{ResponseWriter: w}
		l.mu.Lock()
		i := len(l.exchanges)
		l.exchanges = append(l.exchanges, exchange{Method: r.Method, Path: r.URL.Path, RawQuery: r.URL.RawQuery, Query: r.URL.Query(), Body: body})
		l.mu.Unlock()
		next.ServeHTTP(sw, r)
		notePattern(r)
		l.mu.Lock()
		l.exchanges[i].Status = sw.status
		l.mu.Unlock()
	})
}

// last returns the last exchange with method and path.
func (l *wireLog) last(t *testing.T, method, path string) exchange {
	t.Helper()
	l.mu.Lock()
	defer l.mu.Unlock()
	for i := len(l.exchanges) - 1; i >= 0; i-- {
		if e := l.exchanges[i]; e.Method == method && e.Path == path {
			return e
		}
	}
	t.Fatalf("no %s %s reached the server", method, path)
	return exchange{}
}

// statusWriter records the status of an answer; Unwrap lets the stream
// writer reach Flush.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(status int) {
	if w.status == 0 {
		w.status = status
	}
	w.ResponseWriter.WriteHeader(status)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// all returns the exchanges with method and path, in order.
func (l *wireLog) all(method, path string) []exchange {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []exchange
	for _, e := range l.exchanges {
		if e.Method == method && e.Path == path {
			out = append(out, e)
		}
	}
	return out
}

// count is len(all(method, path)).
func (l *wireLog) count(method, path string) int { return len(l.all(method, path)) }
