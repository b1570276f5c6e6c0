package coder_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/google/uuid"

	"github.com/specgen/specgen/cmd/fakecoder/fake"
	"github.com/specgen/specgen/gen/coder"
)

// rawAnswer is an answer read without the generated client.
type rawAnswer struct {
	status int
	header http.Header
	body   coder.Response
	raw    string
}

// send makes a request by hand, with alice's token unless header says
// otherwise, and decodes the answer as an error body.
func send(t *testing.T, url, method, path, body string, header map[string]string) rawAnswer {
	t.Helper()
	req, err := http.NewRequest(method, url+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Coder-Session-Token", aliceToken)
	for k, v := range header {
		if v == "" {
			req.Header.Del(k)
			continue
		}
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	a := rawAnswer{status: resp.StatusCode, header: resp.Header, raw: string(raw)}
	json.Unmarshal(raw, &a.body)
	return a
}

// createWorkspace makes a workspace for alice and returns its id.
func createWorkspace(t *testing.T, e *env, name string) uuid.UUID {
	t.Helper()
	ws, err := e.client.CreateUserWorkspace(testContext(t), "me", coder.CreateWorkspaceRequest{Name: name, TemplateID: &templateID})
	if err != nil {
		t.Fatal(err)
	}
	return *ws.ID
}

// TestBadInputIs400 sends inputs the spec does not allow and checks the
// 400 answers carry the API's error body with a validation per input.
func TestBadInputIs400(t *testing.T) {
	e := newEnv(t, fake.Options{})
	id := createWorkspace(t, e, "dev")
	cases := []struct {
		name, method, path, body string
		message                  string
		want                     []string
	}{
		{"bad uuid in path", "GET", "/api/v2/workspaces/not-a-uuid", "", "Invalid request parameters.", []string{"workspace: must be a UUID"}},
		{"bad integer in path", "GET", "/api/v2/users/me/workspace/dev/builds/one", "", "Invalid request parameters.", []string{"buildnumber: must be an integer of that size"}},
		{"int32 overflow in path", "GET", "/api/v2/users/me/workspace/dev/builds/4294967296", "", "Invalid request parameters.", []string{"buildnumber: must be an integer of that size"}},
		{"bad enum in query", "PATCH", "/api/v2/workspacebuilds/x/cancel?expect_status=done", "", "Invalid request parameters.", []string{`expect_status: "done" is not one of "running", "pending"`}},
		{"bad boolean in query", "GET", "/api/v2/workspaces/" + id.String() + "?include_deleted=maybe", "", "Invalid request parameters.", []string{"include_deleted: must be true or false"}},
		{"bad integer in query", "GET", "/api/v2/workspaces?limit=ten", "", "Invalid request parameters.", []string{"limit: must be an integer of that size"}},
		{"bad date-time and uuid in query", "GET", "/api/v2/workspaces/" + id.String() + "/builds?since=yesterday&after_id=7", "", "Invalid request parameters.",
			[]string{"after_id: must be a UUID", "since: must be an RFC 3339 date-time"}},
		{"malformed body", "POST", "/api/v2/users/me/workspaces", `{"name": "dev",`, "Request body must be valid JSON.", []string{"body: unexpected end of JSON input"}},
		// A value Go cannot hold is one problem among the others, located.
		{"property of the wrong type", "POST", "/api/v2/users/me/workspaces", `{"name": 7}`, "Validation failed.", []string{"name: cannot be a JSON number"}},
		{"nested property of the wrong type", "POST", "/api/v2/users/me/workspaces", `{"name": "dev", "rich_parameter_values": [{"value": true}]}`, "Validation failed.",
			[]string{"rich_parameter_values[0].value: cannot be a JSON bool"}},
		{"every problem at once", "POST", "/api/v2/workspaces/" + id.String() + "/builds", `{"transition": 5, "dry_run": "yes", "reason": "task_resume"}`, "Validation failed.",
			[]string{"dry_run: cannot be a JSON string", `reason: "task_resume" is not one of "dashboard", "cli", "ssh_connection", "vscode_connection", "jetbrains_connection", "task_manual_pause"`, "transition: cannot be a JSON number"}},
		{"no body", "POST", "/api/v2/users/me/workspaces", ``, "A request body is required.", nil},
		{"missing required string", "POST", "/api/v2/users/me/workspaces", `{"template_id": "` + templateID.String() + `"}`, "Validation failed.", []string{"name: is required"}},
		{"null required string", "POST", "/api/v2/users/me/workspaces", `{"name": null}`, "Validation failed.", []string{"name: must not be null"}},
		{"missing required enum", "POST", "/api/v2/workspaces/" + id.String() + "/builds", `{"dry_run": true}`, "Validation failed.", []string{"transition: is required"}},
		{"bad enum in body", "POST", "/api/v2/workspaces/" + id.String() + "/builds", `{"transition": "restart"}`, "Validation failed.", []string{`transition: "restart" is not one of "start", "stop", "delete"`}},
		{"narrowed enum in body", "POST", "/api/v2/workspaces/" + id.String() + "/builds", `{"transition": "start", "reason": "task_resume"}`, "Validation failed.",
			[]string{`reason: "task_resume" is not one of "dashboard", "cli", "ssh_connection", "vscode_connection", "jetbrains_connection", "task_manual_pause"`}},
		{"missing required date-time", "PUT", "/api/v2/workspaces/" + id.String() + "/extend", `{}`, "Validation failed.", []string{"deadline: is required"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := send(t, e.server.URL, tc.method, tc.path, tc.body, nil)
			if a.status != http.StatusBadRequest {
				t.Fatalf("status %d, want 400: %s", a.status, a.raw)
			}
			if message(&a.body) != tc.message {
				t.Errorf("message %q, want %q", message(&a.body), tc.message)
			}
			if got := validations(&a.body); !slices.Equal(got, tc.want) {
				t.Errorf("validations %q, want %q", got, tc.want)
			}
		})
	}
}

// TestUnknownPropertiesAreIgnored: a body with properties the schema does
// not list is accepted, as Coder's decoder accepts it.
func TestUnknownPropertiesAreIgnored(t *testing.T) {
	e := newEnv(t, fake.Options{})
	a := send(t, e.server.URL, "POST", "/api/v2/users/me/workspaces", `{"name":"dev","template_id":"`+templateID.String()+`","color":"blue"}`, nil)
	if a.status != http.StatusCreated {
		t.Fatalf("status %d: %s", a.status, a.raw)
	}
}

// TestEmptyQueryValueIsAbsent: Coder treats expect_status= as not given.
func TestEmptyQueryValueIsAbsent(t *testing.T) {
	e := newEnv(t, fake.Options{BuildDuration: 1 << 62})
	ctx := testContext(t)
	ws, err := e.client.GetWorkspace(ctx, createWorkspace(t, e, "dev"), coder.GetWorkspaceParams{})
	if err != nil {
		t.Fatal(err)
	}
	a := send(t, e.server.URL, "PATCH", "/api/v2/workspacebuilds/"+ws.LatestBuild.ID.String()+"/cancel?expect_status=", "", nil)
	if a.status != http.StatusOK {
		t.Fatalf("status %d: %s", a.status, a.raw)
	}
}

// TestBodyLimit: a body over the limit is answered 413, not read.
func TestBodyLimit(t *testing.T) {
	f := fake.New(fake.Options{})
	f.AddUser(aliceToken, "alice")
	ts := httptest.NewServer(coder.NewHandler(f, coder.WithAuthenticator(f.Authenticate), coder.WithMaxBodyBytes(64)))
	defer ts.Close()
	a := send(t, ts.URL, "POST", "/api/v2/users/me/workspaces", `{"name":"`+strings.Repeat("x", 100)+`"}`, nil)
	if a.status != http.StatusRequestEntityTooLarge || message(&a.body) != "The request body is larger than 64 bytes." {
		t.Errorf("status %d: %s", a.status, a.raw)
	}
}

// TestAuthentication: no token or a token the authenticator rejects is a
// 401 with the error body; the cookie Coder's clients use works; and the
// token never appears in an answer.
func TestAuthentication(t *testing.T) {
	e := newEnv(t, fake.Options{})
	path := "/api/v2/workspaces"
	none := send(t, e.server.URL, "GET", path, "", map[string]string{"Coder-Session-Token": ""})
	if none.status != http.StatusUnauthorized || message(&none.body) != "Authentication required: the request carries no credential." {
		t.Errorf("no token: %d %s", none.status, none.raw)
	}
	bad := send(t, e.server.URL, "GET", path, "", map[string]string{"Coder-Session-Token": "wrong-token-abc"})
	if bad.status != http.StatusUnauthorized || strings.Contains(bad.raw, "wrong-token-abc") {
		t.Errorf("bad token: %d %s", bad.status, bad.raw)
	}
	cookie := send(t, e.server.URL, "GET", path, "", map[string]string{"Coder-Session-Token": "", "Cookie": "coder_session_token=" + bobToken})
	if cookie.status != http.StatusOK {
		t.Errorf("cookie: %d %s", cookie.status, cookie.raw)
	}

	// The client side: a typed *APIError with the decoded body.
	anonymous, err := coder.NewClient(e.server.URL)
	if err != nil {
		t.Fatal(err)
	}
	_, err = anonymous.ListWorkspaces(testContext(t), coder.ListWorkspacesParams{})
	got := apiError(t, err)
	if got.StatusCode != http.StatusUnauthorized || message(got.Body) != "Authentication required: the request carries no credential." {
		t.Errorf("client got %v", err)
	}
	if want := "GET /workspaces: 401 Unauthorized: Authentication required: the request carries no credential."; err.Error() != want {
		t.Errorf("error text %q, want %q", err.Error(), want)
	}
}

// TestHandlerWithoutAuthenticator: with no authenticator, every request
// that needs a credential is refused, in Coder's error shape, unless
// WithAnyCredential says a token's presence is what counts; without a
// token it is 401 either way.
func TestHandlerWithoutAuthenticator(t *testing.T) {
	strict := httptest.NewServer(coder.NewHandler(idleServer{}))
	defer strict.Close()
	if a := send(t, strict.URL, "GET", "/api/v2/workspacebuilds/b1", "", map[string]string{"Coder-Session-Token": "anything"}); a.status != http.StatusUnauthorized ||
		message(&a.body) != "Authentication failed: this server has no way to check credentials." {
		t.Errorf("with a token and no authenticator: %d %s", a.status, a.raw)
	}
	any := httptest.NewServer(coder.NewHandler(idleServer{}, coder.WithAnyCredential()))
	defer any.Close()
	if a := send(t, any.URL, "GET", "/api/v2/workspacebuilds/b1", "", map[string]string{"Coder-Session-Token": "anything"}); a.status != http.StatusNotImplemented {
		t.Errorf("with a token and WithAnyCredential: %d %s", a.status, a.raw)
	}
	for _, ts := range []*httptest.Server{strict, any} {
		if a := send(t, ts.URL, "GET", "/api/v2/workspacebuilds/b1", "", map[string]string{"Coder-Session-Token": ""}); a.status != http.StatusUnauthorized {
			t.Errorf("without: %d %s", a.status, a.raw)
		}
	}
}

// TestNotFound: an unknown workspace is the fake's 404 with Coder's
// message, decoded by the client; an unknown route is the handler's 404,
// and a known path with an unknown method a 405 listing the allowed ones.
func TestNotFound(t *testing.T) {
	e := newEnv(t, fake.Options{})
	_, err := e.client.GetWorkspace(testContext(t), uuid.New(), coder.GetWorkspaceParams{})
	got := apiError(t, err)
	if got.StatusCode != http.StatusNotFound || message(got.Body) != "Resource not found or you do not have access to this resource" {
		t.Errorf("unknown workspace: %v", err)
	}
	if route := send(t, e.server.URL, "GET", "/api/v2/templates", "", nil); route.status != http.StatusNotFound || message(&route.body) != "Route not found." {
		t.Errorf("unknown route: %d %s", route.status, route.raw)
	}
	method := send(t, e.server.URL, "POST", "/api/v2/workspaces/"+uuid.NewString()+"/favorite", "", nil)
	if method.status != http.StatusMethodNotAllowed || method.header.Get("Allow") != "PUT, DELETE" {
		t.Errorf("unknown method: %d, Allow %q", method.status, method.header.Get("Allow"))
	}
}

// idleServer implements nothing.
type idleServer struct{ coder.Unimplemented }

// TestUnimplemented: Unimplemented answers 501 with the error body.
func TestUnimplemented(t *testing.T) {
	ts := httptest.NewServer(coder.NewHandler(idleServer{}, coder.WithAnyCredential()))
	defer ts.Close()
	c, err := coder.NewClient(ts.URL, coder.WithCoderSessionToken("t"))
	if err != nil {
		t.Fatal(err)
	}
	ctx := testContext(t)
	id := uuid.New()
	calls := map[string]error{}
	_, calls["GetWorkspace"] = c.GetWorkspace(ctx, id, coder.GetWorkspaceParams{})
	calls["FavoriteWorkspace"] = c.FavoriteWorkspace(ctx, id)
	_, calls["GetWorkspaceBuildState"] = c.GetWorkspaceBuildState(ctx, "b")
	_, calls["WatchWorkspace"] = c.WatchWorkspace(ctx, id)
	for name, err := range calls {
		got := apiError(t, err)
		if got.StatusCode != http.StatusNotImplemented || message(got.Body) != name+" is not implemented." {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// failingServer fails in the ways an implementation can.
type failingServer struct {
	coder.Unimplemented
}

func (failingServer) GetWorkspaceBuild(ctx context.Context, id string) (coder.WorkspaceBuild, error) {
	switch id {
	case "panic":
		panic("implementation bug with " + aliceToken)
	case "plain":
		return coder.WorkspaceBuild{}, errors.New("database is down, token " + aliceToken)
	case "conflict":
		return coder.WorkspaceBuild{}, errConflict
	}
	return coder.WorkspaceBuild{}, &coder.APIError{StatusCode: http.StatusTeapot}
}

var errConflict = errors.New("conflict")

// TestImplementationFailures: a panic and a plain error are 500s with the
// error body that tell nothing of the failure; the log line has the error
// but never the token; WithErrorHandler maps errors to statuses; an
// *APIError without a body gets one.
func TestImplementationFailures(t *testing.T) {
	var logs bytes.Buffer
	h := coder.NewHandler(failingServer{}, coder.WithAnyCredential(),
		coder.WithLogger(slog.New(slog.NewTextHandler(&logs, nil))),
		coder.WithErrorHandler(func(ctx context.Context, err error) *coder.APIError {
			if errors.Is(err, errConflict) {
				return coder.NewAPIError(http.StatusConflict, "Conflict.")
			}
			return nil
		}))
	ts := httptest.NewServer(h)
	defer ts.Close()
	for id, want := range map[string]struct {
		status  int
		message string
	}{
		"panic":    {500, "An internal server error occurred."},
		"plain":    {500, "An internal server error occurred."},
		"conflict": {409, "Conflict."},
		"teapot":   {418, "I'm a teapot"},
	} {
		a := send(t, ts.URL, "GET", "/api/v2/workspacebuilds/"+id, "", nil)
		if a.status != want.status || message(&a.body) != want.message {
			t.Errorf("%s: %d %s", id, a.status, a.raw)
		}
		if strings.Contains(a.raw, aliceToken) || strings.Contains(a.raw, "database") {
			t.Errorf("%s: the answer tells of the failure: %s", id, a.raw)
		}
	}
	if !strings.Contains(logs.String(), "panic: implementation bug") || !strings.Contains(logs.String(), "database is down") {
		t.Errorf("the log lacks the failures:\n%s", logs.String())
	}
	// The implementation put the token in its panic and error; the
	// handler's own lines (method, path) never hold one.
	for _, line := range strings.Split(logs.String(), "\n") {
		if strings.Contains(line, "Coder-Session-Token") {
			t.Errorf("a log line names the token header: %s", line)
		}
	}
}

// TestClientErrorBodies: an error answer that is not JSON is kept raw in
// the *APIError; its text shows it, cut short.
func TestClientErrorBodies(t *testing.T) {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(http.StatusBadGateway)
		io.WriteString(w, "<html>"+strings.Repeat("gateway ", 100)+"</html>")
	}))
	defer ts.Close()
	c, err := coder.NewClient(ts.URL + "/api/v2/")
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.GetWorkspaceBuild(testContext(t), "b1")
	got := apiError(t, err)
	if got.StatusCode != http.StatusBadGateway || got.Body != nil || !strings.HasPrefix(string(got.Raw), "<html>") {
		t.Errorf("got %d, body %v, raw %.20q", got.StatusCode, got.Body, got.Raw)
	}
	if text := err.Error(); !strings.HasPrefix(text, "GET /workspacebuilds/b1: 502 Bad Gateway: <html>gateway") || len(text) > 300 {
		t.Errorf("error text %q", text)
	}
}
