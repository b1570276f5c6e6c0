package coder_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/google/uuid"

	"github.com/specgen/specgen/gen/coder"
)

// clientCalls calls, for each operation with a docs example, the generated
// client method, with arguments of the right kind.
var clientCalls = map[string]func(context.Context, *coder.Client) (any, error){
	"POST /organizations/{organization}/members/{user}/workspaces": func(ctx context.Context, c *coder.Client) (any, error) {
		return c.CreateUserWorkspaceByOrganization(ctx, uuid.New(), "me", coder.CreateWorkspaceRequest{Name: "dev"})
	},
	"GET /users/{user}/workspace/{workspacename}": func(ctx context.Context, c *coder.Client) (any, error) {
		return c.GetWorkspaceMetadataByUserAndWorkspaceName(ctx, "me", "dev", coder.GetWorkspaceMetadataByUserAndWorkspaceNameParams{})
	},
	"POST /users/{user}/workspaces": func(ctx context.Context, c *coder.Client) (any, error) {
		return c.CreateUserWorkspace(ctx, "me", coder.CreateWorkspaceRequest{Name: "dev"})
	},
	"GET /workspaces": func(ctx context.Context, c *coder.Client) (any, error) {
		return c.ListWorkspaces(ctx, coder.ListWorkspacesParams{})
	},
	"GET /workspaces/{workspace}": func(ctx context.Context, c *coder.Client) (any, error) {
		return c.GetWorkspace(ctx, uuid.New(), coder.GetWorkspaceParams{})
	},
	"PUT /workspaces/{workspace}/dormant": func(ctx context.Context, c *coder.Client) (any, error) {
		return c.UpdateWorkspaceDormancy(ctx, uuid.New(), coder.UpdateWorkspaceDormancy{Dormant: coder.Ptr(true)})
	},
	"PUT /workspaces/{workspace}/extend": func(ctx context.Context, c *coder.Client) (any, error) {
		return c.ExtendWorkspaceDeadline(ctx, uuid.New(), coder.PutExtendWorkspaceRequest{})
	},
	"GET /workspaces/{workspace}/resolve-autostart": func(ctx context.Context, c *coder.Client) (any, error) {
		return c.ResolveWorkspaceAutostart(ctx, uuid.New())
	},
	"GET /workspaces/{workspace}/timings": func(ctx context.Context, c *coder.Client) (any, error) {
		return c.GetWorkspaceTimings(ctx, uuid.New())
	},
	"GET /users/{user}/workspace/{workspacename}/builds/{buildnumber}": func(ctx context.Context, c *coder.Client) (any, error) {
		return c.GetWorkspaceBuildByUserWorkspaceAndNumber(ctx, "me", "dev", 2)
	},
	"GET /workspacebuilds/{workspacebuild}": func(ctx context.Context, c *coder.Client) (any, error) {
		return c.GetWorkspaceBuild(ctx, uuid.NewString())
	},
	"PATCH /workspacebuilds/{workspacebuild}/cancel": func(ctx context.Context, c *coder.Client) (any, error) {
		return c.CancelWorkspaceBuild(ctx, uuid.NewString(), coder.CancelWorkspaceBuildParams{})
	},
	"GET /workspacebuilds/{workspacebuild}/logs": func(ctx context.Context, c *coder.Client) (any, error) {
		return c.GetWorkspaceBuildLogs(ctx, uuid.NewString(), coder.GetWorkspaceBuildLogsParams{})
	},
	"GET /workspacebuilds/{workspacebuild}/parameters": func(ctx context.Context, c *coder.Client) (any, error) {
		return c.GetWorkspaceBuildParameters(ctx, uuid.NewString())
	},
	"GET /workspacebuilds/{workspacebuild}/resources": func(ctx context.Context, c *coder.Client) (any, error) {
		return c.GetWorkspaceBuildResources(ctx, uuid.NewString())
	},
	"GET /workspacebuilds/{workspacebuild}/state": func(ctx context.Context, c *coder.Client) (any, error) {
		return c.GetWorkspaceBuildState(ctx, uuid.NewString())
	},
	"GET /workspacebuilds/{workspacebuild}/timings": func(ctx context.Context, c *coder.Client) (any, error) {
		return c.GetWorkspaceBuildTimings(ctx, uuid.New())
	},
	"GET /workspaces/{workspace}/builds": func(ctx context.Context, c *coder.Client) (any, error) {
		return c.ListWorkspaceBuilds(ctx, uuid.New(), coder.ListWorkspaceBuildsParams{})
	},
	"POST /workspaces/{workspace}/builds": func(ctx context.Context, c *coder.Client) (any, error) {
		return c.CreateWorkspaceBuild(ctx, uuid.New(), coder.CreateWorkspaceBuildRequest{Transition: coder.WorkspaceTransitionStart})
	},
}

// coderStatus is the status Coder's handlers answer with: 201 for the
// creates, where the docs say 200.
func coderStatus(op string) int {
	if strings.HasPrefix(op, "POST ") && !strings.HasSuffix(op, "/usage") {
		return http.StatusCreated
	}
	return http.StatusOK
}

// replayer answers every request with one canned answer, as Coder writes
// it (httpapi.Write: Content-Type application/json; charset=utf-8, compact
// JSON and a newline), and records the request.
type replayer struct {
	mu     sync.Mutex
	status int
	body   []byte
	got    string // "METHOD /path" of the last request
}

func (p *replayer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.got = r.Method + " " + r.URL.Path
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(p.status)
	w.Write(p.body)
}

func (p *replayer) answer(status int, payload []byte) {
	var buf bytes.Buffer
	if err := json.Compact(&buf, payload); err != nil {
		panic(err)
	}
	buf.WriteByte('\n')
	p.mu.Lock()
	p.status, p.body = status, buf.Bytes()
	p.mu.Unlock()
}

// routeRE turns "GET /workspaces/{workspace}" into a pattern of the
// request line the client sends.
func routeRE(op string) *regexp.Regexp {
	method, path, _ := strings.Cut(op, " ")
	return regexp.MustCompile("^" + method + " /api/v2" + regexp.MustCompile(`\\\{[a-z_]+\\\}`).ReplaceAllString(regexp.QuoteMeta(path), "[^/]+") + "$")
}

// TestClientReadsCoderPayloads points the generated client at a loopback
// server that answers every documented operation with its docs example as
// Coder would send it (NullUUIDs as strings), with Coder's status and
// headers, and requires the typed result to encode back to the payload.
func TestClientReadsCoderPayloads(t *testing.T) {
	replay := &replayer{}
	srv := httptest.NewServer(replay)
	defer srv.Close()
	c, err := coder.NewClient(srv.URL, coder.WithCoderSessionToken("token"))
	if err != nil {
		t.Fatal(err)
	}
	ctx := testContext(t)
	called := map[string]bool{}
	for _, seed := range []string{"002_eadce62dc7ffc7e5.txt", "004_6e8a41763d33a12b.txt"} {
		for _, ex := range seedExamples(t, seed) {
			if ex.JSON == nil {
				continue
			}
			call, ok := clientCalls[ex.Op]
			if !ok {
				t.Errorf("no client call for %s", ex.Op)
				continue
			}
			called[ex.Op] = true
			payload := asServerSends(t, ex.JSON)
			replay.answer(coderStatus(ex.Op), payload)
			got, err := call(ctx, c)
			if err != nil {
				t.Errorf("%s: %v", ex.Op, err)
				continue
			}
			if !routeRE(ex.Op).MatchString(replay.got) {
				t.Errorf("%s: the client sent %s", ex.Op, replay.got)
			}
			out, err := json.Marshal(got)
			if err != nil {
				t.Fatal(err)
			}
			reportDiffs(t, ex.Op, jsonDiff(payload, out))
		}
	}
	if len(called) != len(clientCalls) {
		t.Errorf("called %d operations, clientCalls has %d", len(called), len(clientCalls))
	}

	// Coder's 404 (httpapi.ResourceNotFound) reaches the caller as an
	// *APIError with the decoded body.
	replay.answer(http.StatusNotFound, []byte(`{"message":"Resource not found or you do not have access to this resource"}`))
	_, err = c.GetWorkspace(ctx, uuid.New(), coder.GetWorkspaceParams{})
	var apiErr *coder.APIError
	if !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusNotFound || apiErr.Body == nil || *apiErr.Body.Message != "Resource not found or you do not have access to this resource" {
		t.Errorf("404: %v", err)
	}
}

// asServerSends is a docs example as the server sends it: docs-form
// NullUUIDs become UUID strings.
func asServerSends(t *testing.T, data []byte) []byte {
	t.Helper()
	var tree any
	if err := json.Unmarshal(data, &tree); err != nil {
		t.Fatal(err)
	}
	var found []string
	out, err := json.Marshal(replaceNullUUIDs("", tree, &found))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestClientReadsCoderWatchStream serves the workspace example as Coder's
// ServerSentEventSender frames it (an initial ping, then `event: data` and
// one `data:` line of JSON ending in a newline, then a blank line, pings
// between) and reads it with the generated client.
func TestClientReadsCoderWatchStream(t *testing.T) {
	var workspace []byte
	for _, ex := range seedExamples(t, "002_eadce62dc7ffc7e5.txt") {
		if ex.Op == "GET /workspaces/{workspace}" {
			workspace = asServerSends(t, ex.JSON)
		}
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Type", "text/event-stream")
		h.Set("Cache-Control", "no-cache")
		h.Set("Connection", "keep-alive")
		h.Set("X-Accel-Buffering", "no")
		w.WriteHeader(http.StatusOK)
		var buf bytes.Buffer
		buf.WriteString("event: ping\n\n")
		for range 2 {
			buf.WriteString("event: data\ndata: ")
			json.NewEncoder(&buf).Encode(json.RawMessage(workspace))
			buf.WriteString("\nevent: ping\n\n")
		}
		w.Write(buf.Bytes())
	}))
	defer srv.Close()
	c, err := coder.NewClient(srv.URL, coder.WithCoderSessionToken("token"))
	if err != nil {
		t.Fatal(err)
	}
	stream, err := c.WatchWorkspace(testContext(t), uuid.New())
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for ws, err := range stream.All() {
		if err != nil {
			t.Fatal(err)
		}
		n++
		out, _ := json.Marshal(ws)
		reportDiffs(t, "watch data event", jsonDiff(workspace, out))
	}
	if n != 2 {
		t.Errorf("read %d workspaces, want 2", n)
	}
}
