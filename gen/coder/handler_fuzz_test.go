package coder_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/specgen/specgen/cmd/fakecoder/fake"
	"github.com/specgen/specgen/gen/coder"
)

// fuzzTarget is the generated handler over a fake Coder holding one
// workspace of alice's; each input gets a fresh one, so that a failing
// input fails again alone.
type fuzzTarget struct {
	h     http.Handler
	fake  *fake.Server
	ws    string // the workspace's id
	build string // its first build's id
	mu    sync.Mutex
	logs  bytes.Buffer
}

func (f *fuzzTarget) Write(b []byte) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.logs.Write(b)
}

func (f *fuzzTarget) log() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.logs.String()
}

func newFuzzTarget(t *testing.T) *fuzzTarget {
	ft := &fuzzTarget{}
	ft.fake = fake.New(fake.Options{AllowRenames: true, Logger: slog.New(slog.NewTextHandler(ft, nil))})
	t.Cleanup(ft.fake.Close)
	ft.fake.AddUser(aliceToken, "alice")
	ft.fake.AddUser(bobToken, "bob")
	ft.h = ft.fake.Handler()
	inProcess := doerFunc(func(r *http.Request) (*http.Response, error) {
		w := httptest.NewRecorder()
		ft.h.ServeHTTP(w, r)
		return w.Result(), nil
	})
	c, err := coder.NewClient("http://coder.test", coder.WithHTTPClient(inProcess), coder.WithCoderSessionToken(aliceToken))
	if err != nil {
		t.Fatal(err)
	}
	ws, err := c.CreateUserWorkspace(context.Background(), "me", coder.CreateWorkspaceRequest{Name: "dev", TemplateID: &templateID})
	if err != nil {
		t.Fatal(err)
	}
	ft.ws, ft.build = ws.ID.String(), ws.LatestBuild.ID.String()
	return ft
}

// fuzzSeeds are requests to every route of the API, with "{ws}" and
// "{build}" for the ids of the target's workspace and build.
var fuzzSeeds = []struct{ method, path, query, body string }{
	{"POST", "/api/v2/organizations/{org}/members/me/workspaces", "", `{"name":"x","template_id":"11111111-2222-3333-4444-555555555555"}`},
	{"GET", "/api/v2/users/me/workspace/dev", "include_deleted=true", ""},
	{"GET", "/api/v2/users/alice/workspace/dev/builds/1", "", ""},
	{"POST", "/api/v2/users/me/workspaces", "", `{"name":"y","template_id":"11111111-2222-3333-4444-555555555555","ttl_ms":3600000}`},
	{"GET", "/api/v2/workspacebuilds/{build}", "", ""},
	{"PATCH", "/api/v2/workspacebuilds/{build}/cancel", "expect_status=running", ""},
	{"GET", "/api/v2/workspacebuilds/{build}/logs", "before=10&after=1", ""},
	{"GET", "/api/v2/workspacebuilds/{build}/parameters", "", ""},
	{"GET", "/api/v2/workspacebuilds/{build}/resources", "", ""},
	{"GET", "/api/v2/workspacebuilds/{build}/state", "", ""},
	{"GET", "/api/v2/workspacebuilds/{build}/timings", "", ""},
	{"GET", "/api/v2/workspaces", "q=owner:me&limit=5&offset=0", ""},
	{"GET", "/api/v2/workspaces/{ws}", "include_deleted=false", ""},
	{"PATCH", "/api/v2/workspaces/{ws}", "", `{"name":"renamed"}`},
	{"PUT", "/api/v2/workspaces/{ws}/autostart", "", `{"schedule":"CRON_TZ=UTC 30 9 * * 1-5"}`},
	{"PUT", "/api/v2/workspaces/{ws}/autoupdates", "", `{"automatic_updates":"always"}`},
	{"GET", "/api/v2/workspaces/{ws}/builds", "limit=2&since=2026-01-02T15:04:05Z", ""},
	{"POST", "/api/v2/workspaces/{ws}/builds", "", `{"transition":"stop","rich_parameter_values":[{"name":"a","value":"b"}]}`},
	{"PUT", "/api/v2/workspaces/{ws}/dormant", "", `{"dormant":true}`},
	{"PUT", "/api/v2/workspaces/{ws}/extend", "", `{"deadline":"2030-01-02T15:04:05Z"}`},
	{"PUT", "/api/v2/workspaces/{ws}/favorite", "", ""},
	{"DELETE", "/api/v2/workspaces/{ws}/favorite", "", ""},
	{"GET", "/api/v2/workspaces/{ws}/resolve-autostart", "", ""},
	{"GET", "/api/v2/workspaces/{ws}/timings", "", ""},
	{"PUT", "/api/v2/workspaces/{ws}/ttl", "", `{"ttl_ms":7200000}`},
	{"POST", "/api/v2/workspaces/{ws}/usage", "", `{"agent_id":"11111111-2222-3333-4444-555555555555","app_name":"vscode"}`},
	{"GET", "/api/v2/workspaces/{ws}/watch", "", ""},
	{"GET", "/api/v2/workspacebuilds/{build}/logs", "follow=true", ""},
	{"BREW", "/api/v2/%2e%2e/workspaces//{ws}", "a=%zz", "\x00{"},
}

// fuzzAuth is how an input authenticates: 0 not at all, 1 alice's header,
// 2 bob's cookie, 3 a forged token, 4 alice's token as a query parameter
// (no scheme of Coder's reads it there).
func fuzzAuth(r *http.Request, how uint8) {
	switch how % 5 {
	case 1:
		r.Header.Set("Coder-Session-Token", aliceToken)
	case 2:
		r.AddCookie(&http.Cookie{Name: "coder_session_token", Value: bobToken})
	case 3:
		r.Header.Set("Coder-Session-Token", "forged-"+aliceToken)
	case 4:
		r.URL.RawQuery += "&coder_session_token=" + aliceToken
	}
}

// FuzzHandler sends random requests (method, path, query, headers, body
// and credential) to the generated handler over the fake Coder. The
// handler must never let a panic escape, never recover one (a "panic" log
// line), never answer 5xx (the fake implements every operation and returns
// *APIError for every failure), and answer every 4xx with a JSON error
// body that does not show the session token.
func FuzzHandler(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s.method, s.path, s.query, "Content-Type: application/json", []byte(s.body), uint8(1))
	}
	f.Add("GET", "/api/v2/workspaces/{ws}", "", "", []byte(nil), uint8(0))
	f.Add("PUT", "/api/v2/workspaces/{ws}/ttl", "", "Content-Type: text/plain\nContent-Length: 3", []byte(`{"ttl_ms":-1}`), uint8(3))
	f.Fuzz(func(t *testing.T, method, path, query, headers string, body []byte, auth uint8) {
		ft := newFuzzTarget(t)
		path = strings.NewReplacer("{ws}", ft.ws, "{build}", ft.build, "{org}", ft.fake.OrganizationID().String()).Replace(path)
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
		defer cancel()
		r, err := http.NewRequestWithContext(ctx, method, "http://coder.test/"+strings.TrimPrefix(path, "/")+"?"+query, bytes.NewReader(body))
		if err != nil {
			return // not a request a server would read
		}
		r.RequestURI = r.URL.RequestURI()
		for _, line := range strings.Split(headers, "\n") {
			if name, value, ok := strings.Cut(line, ":"); ok {
				r.Header.Add(strings.TrimSpace(name), strings.TrimSpace(value))
			}
		}
		fuzzAuth(r, auth)
		w := httptest.NewRecorder()
		ft.h.ServeHTTP(w, r)
		checkFuzzAnswer(t, r, w, ft.log())
	})
}

func checkFuzzAnswer(t *testing.T, r *http.Request, w *httptest.ResponseRecorder, log string) {
	what := r.Method + " " + r.URL.RequestURI()
	if strings.Contains(log, "panic") {
		t.Fatalf("%s: a panic was recovered:\n%s", what, log)
	}
	if w.Code >= 500 {
		t.Fatalf("%s: %d %s\n%s", what, w.Code, w.Body.String(), log)
	}
	if w.Code < 400 {
		return
	}
	body, _ := io.ReadAll(w.Result().Body)
	if !json.Valid(body) {
		t.Fatalf("%s: %d with a body that is not JSON: %q", what, w.Code, body)
	}
	for _, secret := range []string{aliceToken, bobToken} {
		if bytes.Contains(body, []byte(secret)) {
			t.Fatalf("%s: %d shows a session token: %s", what, w.Code, body)
		}
	}
}
