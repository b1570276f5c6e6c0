package coder_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/specgen/specgen/cmd/fakecoder/fake"
	"github.com/specgen/specgen/gen/coder"
)

// The tokens of the fake's two users.
const (
	aliceToken = "alice-secret-token-0123456789"
	bobToken   = "bob-secret-token-9876543210"
)

// clock is a settable clock for the fake, so that deadlines and
// last_used_at are exact.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// env is a fake Coder behind the generated handler on a loopback server,
// and a generated client authenticated as alice.
type env struct {
	fake   *fake.Server
	clock  *clock
	server *httptest.Server
	client *coder.Client

	mu       sync.Mutex
	patterns map[string]bool // the routes requests reached
	inflight sync.WaitGroup  // requests being served
}

func newEnv(t *testing.T, opts fake.Options) *env {
	t.Helper()
	e := &env{clock: &clock{now: time.Date(2026, 5, 4, 9, 0, 0, 0, time.UTC)}, patterns: map[string]bool{}}
	opts.Now = e.clock.Now
	e.fake = fake.New(opts)
	t.Cleanup(e.fake.Close)
	e.fake.AddUser(aliceToken, "alice")
	e.fake.AddUser(bobToken, "bob")
	h := e.fake.Handler()
	e.server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		e.inflight.Add(1)
		defer e.inflight.Done()
		h.ServeHTTP(w, r)
		// ServeMux records the pattern it routed r by in r itself.
		if r.Pattern != "" {
			e.mu.Lock()
			e.patterns[r.Pattern] = true
			e.mu.Unlock()
		}
	}))
	t.Cleanup(e.server.Close)
	e.client = e.newClient(t, aliceToken)
	return e
}

// newClient returns a client of the env's server sending token.
func (e *env) newClient(t *testing.T, token string, opts ...coder.ClientOption) *coder.Client {
	t.Helper()
	opts = append([]coder.ClientOption{coder.WithHTTPClient(e.server.Client()), coder.WithCoderSessionToken(token)}, opts...)
	c, err := coder.NewClient(e.server.URL, opts...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// routes lists the patterns requests have reached, sorted, once every
// request has been answered (a watch ends after its client closed it).
func (e *env) routes() []string {
	e.inflight.Wait()
	e.mu.Lock()
	defer e.mu.Unlock()
	var out []string
	for p := range e.patterns {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// testContext is a context that ends with the test, so that a hung call
// fails the test instead of blocking it forever.
func testContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// apiError returns err as an *APIError, failing the test when it is not.
func apiError(t *testing.T, err error) *coder.APIError {
	t.Helper()
	e, ok := err.(*coder.APIError)
	if !ok {
		t.Fatalf("error %v (%T) is not an *APIError", err, err)
	}
	return e
}

// message returns the message of an error body, "" when there is none.
func message(b *coder.Response) string {
	if b == nil || b.Message == nil {
		return ""
	}
	return *b.Message
}

// validations renders an error body's validations as "field: detail".
func validations(b *coder.Response) []string {
	if b == nil {
		return nil
	}
	var out []string
	for _, v := range b.Validations {
		out = append(out, v.Field+": "+v.Detail)
	}
	return out
}
