package coder_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/specgen/specgen/gen/coder"
)

// doerFunc is a Doer made of a function.
type doerFunc func(*http.Request) (*http.Response, error)

func (f doerFunc) Do(r *http.Request) (*http.Response, error) { return f(r) }

// noContent answers every request 204 and records it.
func noContent(seen *[]*http.Request) coder.Doer {
	return doerFunc(func(r *http.Request) (*http.Response, error) {
		*seen = append(*seen, r)
		return &http.Response{StatusCode: http.StatusNoContent, Body: io.NopCloser(strings.NewReader("")), Request: r}, nil
	})
}

// TestNewClientURL: the server URL gets the API's base path once; only
// absolute http(s) URLs are accepted.
func TestNewClientURL(t *testing.T) {
	id := uuid.MustParse("6a2b9c6e-2f35-4e8e-9a7a-1f4b9b0d3c11")
	for server, want := range map[string]string{
		"https://coder.example.com":         "https://coder.example.com/api/v2/workspaces/" + id.String() + "/favorite",
		"https://coder.example.com/":        "https://coder.example.com/api/v2/workspaces/" + id.String() + "/favorite",
		"https://coder.example.com/api/v2":  "https://coder.example.com/api/v2/workspaces/" + id.String() + "/favorite",
		"http://10.0.0.1:3000/coder?x=1#f":  "http://10.0.0.1:3000/coder/api/v2/workspaces/" + id.String() + "/favorite",
		"https://coder.example.com/api/v2/": "https://coder.example.com/api/v2/workspaces/" + id.String() + "/favorite",
	} {
		var seen []*http.Request
		c, err := coder.NewClient(server, coder.WithHTTPClient(noContent(&seen)))
		if err != nil {
			t.Fatal(err)
		}
		if err := c.FavoriteWorkspace(context.Background(), id); err != nil {
			t.Fatal(err)
		}
		if got := seen[0].URL.String(); got != want {
			t.Errorf("%s: requested %s, want %s", server, got, want)
		}
	}
	for _, bad := range []string{"coder.example.com", "ftp://coder.example.com", "https://", "http://[::1"} {
		if _, err := coder.NewClient(bad); err == nil {
			t.Errorf("NewClient(%q) succeeded", bad)
		}
	}
}

// TestClientOptions: the user agent, the token header and Accept are set;
// the client's editors run before the call's; an editor's error stops the
// request before it is sent.
func TestClientOptions(t *testing.T) {
	var seen []*http.Request
	var order []string
	edit := func(name string) coder.RequestEditor {
		return func(ctx context.Context, req *http.Request) error {
			order = append(order, name)
			req.Header.Add("X-Editors", name)
			return nil
		}
	}
	c, err := coder.NewClient("https://coder.example.com", coder.WithHTTPClient(noContent(&seen)),
		coder.WithUserAgent("specgen-test/1"), coder.WithCoderSessionToken(aliceToken),
		coder.WithRequestEditor(edit("client")))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := c.GetWorkspaceBuildState(ctx, "b1", edit("call")); err != nil {
		t.Fatal(err)
	}
	r := seen[0]
	if r.Header.Get("User-Agent") != "specgen-test/1" || r.Header.Get("Coder-Session-Token") != aliceToken || r.Header.Get("Accept") != "application/json" {
		t.Errorf("headers: %v", r.Header)
	}
	if strings.Join(order, ",") != "client,call" || strings.Join(r.Header.Values("X-Editors"), ",") != "client,call" {
		t.Errorf("editors ran as %v", order)
	}
	refuse := errors.New("refused by editor")
	err = c.FavoriteWorkspace(ctx, uuid.New(), func(context.Context, *http.Request) error { return refuse })
	if !errors.Is(err, refuse) || len(seen) != 1 {
		t.Errorf("editor error: %v, %d requests sent", err, len(seen))
	}
	var noContext context.Context // a request never leaves without one
	if err := c.FavoriteWorkspace(noContext, uuid.New()); err == nil || len(seen) != 1 {
		t.Errorf("a nil context: %v, %d requests sent", err, len(seen))
	}
}

// paramServer records the parameters its methods receive.
type paramServer struct {
	coder.Unimplemented
	got chan any
}

func (s paramServer) ListWorkspaceBuilds(ctx context.Context, id uuid.UUID, p coder.ListWorkspaceBuildsParams) ([]coder.WorkspaceBuild, error) {
	s.got <- p
	return []coder.WorkspaceBuild{}, nil
}

func (s paramServer) GetWorkspaceBuildLogs(ctx context.Context, id string, p coder.GetWorkspaceBuildLogsParams) ([]coder.ProvisionerJobLog, error) {
	s.got <- id
	s.got <- p
	return nil, nil
}

func (s paramServer) ListWorkspaces(ctx context.Context, p coder.ListWorkspacesParams) (coder.WorkspacesResponse, error) {
	s.got <- p
	return coder.WorkspacesResponse{}, nil
}

func (s paramServer) GetWorkspaceMetadataByUserAndWorkspaceName(ctx context.Context, user, name string, p coder.GetWorkspaceMetadataByUserAndWorkspaceNameParams) (coder.Workspace, error) {
	s.got <- user + "|" + name
	return coder.Workspace{}, nil
}

// TestParametersRoundTrip: what the client encodes (uuid, date-time with
// nanoseconds, integers, booleans, text with spaces and slashes, in the
// path and the query) is what the server decodes.
func TestParametersRoundTrip(t *testing.T) {
	srv := paramServer{got: make(chan any, 4)}
	c, _ := watchClient(t, srv)
	ctx := testContext(t)
	builds := coder.ListWorkspaceBuildsParams{
		AfterID: coder.Ptr(uuid.New()), Since: coder.Ptr(time.Date(2026, 1, 2, 3, 4, 5, 6789, time.UTC)),
		Limit: coder.Ptr(int64(25)), Offset: coder.Ptr(int64(0)),
	}
	if _, err := c.ListWorkspaceBuilds(ctx, uuid.New(), builds); err != nil {
		t.Fatal(err)
	}
	got := (<-srv.got).(coder.ListWorkspaceBuildsParams)
	if *got.AfterID != *builds.AfterID || !got.Since.Equal(*builds.Since) || *got.Limit != 25 || *got.Offset != 0 {
		t.Errorf("builds params: %v %v %v %v", *got.AfterID, *got.Since, *got.Limit, *got.Offset)
	}
	logs := coder.GetWorkspaceBuildLogsParams{Before: coder.Ptr(int64(-3)), After: coder.Ptr(int64(9))}
	if _, err := c.GetWorkspaceBuildLogs(ctx, "build one/two", logs); err != nil {
		t.Fatal(err)
	}
	if id := (<-srv.got).(string); id != "build one/two" {
		t.Errorf("path parameter %q", id)
	}
	// The params have no Follow: its presence, whatever its value,
	// selects FollowWorkspaceBuildLogs, as in Coder.
	gotLogs := (<-srv.got).(coder.GetWorkspaceBuildLogsParams)
	if *gotLogs.Before != -3 || *gotLogs.After != 9 {
		t.Errorf("logs params: %v %v", *gotLogs.Before, *gotLogs.After)
	}
	q := "owner:me name:dev & status:running/+"
	if _, err := c.ListWorkspaces(ctx, coder.ListWorkspacesParams{Q: &q}); err != nil {
		t.Fatal(err)
	}
	if got := (<-srv.got).(coder.ListWorkspacesParams); *got.Q != q || got.Limit != nil {
		t.Errorf("q %q, limit %v", *got.Q, got.Limit)
	}
	if _, err := c.GetWorkspaceMetadataByUserAndWorkspaceName(ctx, "me", "a?b#c", coder.GetWorkspaceMetadataByUserAndWorkspaceNameParams{}); err != nil {
		t.Fatal(err)
	}
	if got := (<-srv.got).(string); got != "me|a?b#c" {
		t.Errorf("path parameters %q", got)
	}
}

// TestResponseLimit: a body over the client's limit is an error after
// reading at most limit+1 bytes, never a larger allocation.
func TestResponseLimit(t *testing.T) {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"message":"`+strings.Repeat("x", 4096)+`"}`)
	}))
	defer ts.Close()
	c, err := coder.NewClient(ts.URL, coder.WithMaxResponseBytes(1024))
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.ExtendWorkspaceDeadline(testContext(t), uuid.New(), coder.PutExtendWorkspaceRequest{Deadline: time.Now()})
	if err == nil || !strings.Contains(err.Error(), "response body is larger than 1024 bytes") {
		t.Errorf("got %v", err)
	}
}

// TestErrorsHideCredentials: a transport failure's error names the URL
// without its query, and never holds the token.
func TestErrorsHideCredentials(t *testing.T) {
	failing := doerFunc(func(r *http.Request) (*http.Response, error) {
		return nil, &url.Error{Op: "Get", URL: r.URL.String(), Err: errors.New("connection refused")}
	})
	c, err := coder.NewClient("https://coder.example.com", coder.WithHTTPClient(failing), coder.WithCoderSessionToken(aliceToken))
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.ListWorkspaces(context.Background(), coder.ListWorkspacesParams{Q: coder.Ptr("secret-query")})
	if err == nil || strings.Contains(err.Error(), "secret-query") || strings.Contains(err.Error(), aliceToken) {
		t.Errorf("error %v", err)
	}
	if !strings.Contains(err.Error(), "https://coder.example.com/api/v2/workspaces") {
		t.Errorf("error %v does not name the URL", err)
	}
}
