package coder_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/specgen/specgen/gen/coder"
)

// call is one operation called through the generated client.
type call struct {
	name string
	do   func(ctx context.Context, c *coder.Client) error
}

// everyCall calls each operation once with valid inputs.
func everyCall() []call {
	id := uuid.MustParse("0f0e0d0c-0b0a-0908-0706-050403020100")
	create := coder.CreateWorkspaceRequest{Name: "dev", TemplateID: &templateID}
	ignore := func(_ any, err error) error { return err }
	return []call{
		{"CreateUserWorkspaceByOrganization", func(ctx context.Context, c *coder.Client) error {
			return ignore(c.CreateUserWorkspaceByOrganization(ctx, id, "me", create))
		}},
		{"GetWorkspaceMetadataByUserAndWorkspaceName", func(ctx context.Context, c *coder.Client) error {
			return ignore(c.GetWorkspaceMetadataByUserAndWorkspaceName(ctx, "me", "dev", coder.GetWorkspaceMetadataByUserAndWorkspaceNameParams{}))
		}},
		{"GetWorkspaceBuildByUserWorkspaceAndNumber", func(ctx context.Context, c *coder.Client) error {
			return ignore(c.GetWorkspaceBuildByUserWorkspaceAndNumber(ctx, "me", "dev", 1))
		}},
		{"CreateUserWorkspace", func(ctx context.Context, c *coder.Client) error {
			return ignore(c.CreateUserWorkspace(ctx, "me", create))
		}},
		{"GetWorkspaceBuild", func(ctx context.Context, c *coder.Client) error { return ignore(c.GetWorkspaceBuild(ctx, id.String())) }},
		{"CancelWorkspaceBuild", func(ctx context.Context, c *coder.Client) error {
			return ignore(c.CancelWorkspaceBuild(ctx, id.String(), coder.CancelWorkspaceBuildParams{}))
		}},
		{"GetWorkspaceBuildLogs", func(ctx context.Context, c *coder.Client) error {
			return ignore(c.GetWorkspaceBuildLogs(ctx, id.String(), coder.GetWorkspaceBuildLogsParams{}))
		}},
		{"GetWorkspaceBuildParameters", func(ctx context.Context, c *coder.Client) error {
			return ignore(c.GetWorkspaceBuildParameters(ctx, id.String()))
		}},
		{"GetWorkspaceBuildResources", func(ctx context.Context, c *coder.Client) error {
			return ignore(c.GetWorkspaceBuildResources(ctx, id.String()))
		}},
		{"GetWorkspaceBuildState", func(ctx context.Context, c *coder.Client) error {
			return ignore(c.GetWorkspaceBuildState(ctx, id.String()))
		}},
		{"GetWorkspaceBuildTimings", func(ctx context.Context, c *coder.Client) error { return ignore(c.GetWorkspaceBuildTimings(ctx, id)) }},
		{"ListWorkspaces", func(ctx context.Context, c *coder.Client) error {
			return ignore(c.ListWorkspaces(ctx, coder.ListWorkspacesParams{}))
		}},
		{"GetWorkspace", func(ctx context.Context, c *coder.Client) error {
			return ignore(c.GetWorkspace(ctx, id, coder.GetWorkspaceParams{}))
		}},
		{"UpdateWorkspace", func(ctx context.Context, c *coder.Client) error {
			return c.UpdateWorkspace(ctx, id, coder.UpdateWorkspaceRequest{})
		}},
		{"UpdateWorkspaceAutostart", func(ctx context.Context, c *coder.Client) error {
			return c.UpdateWorkspaceAutostart(ctx, id, coder.UpdateWorkspaceAutostartRequest{})
		}},
		{"UpdateWorkspaceAutomaticUpdates", func(ctx context.Context, c *coder.Client) error {
			return c.UpdateWorkspaceAutomaticUpdates(ctx, id, coder.UpdateWorkspaceAutomaticUpdatesRequest{})
		}},
		{"ListWorkspaceBuilds", func(ctx context.Context, c *coder.Client) error {
			return ignore(c.ListWorkspaceBuilds(ctx, id, coder.ListWorkspaceBuildsParams{}))
		}},
		{"CreateWorkspaceBuild", func(ctx context.Context, c *coder.Client) error {
			return ignore(c.CreateWorkspaceBuild(ctx, id, coder.CreateWorkspaceBuildRequest{Transition: coder.WorkspaceTransitionStop}))
		}},
		{"UpdateWorkspaceDormancy", func(ctx context.Context, c *coder.Client) error {
			return ignore(c.UpdateWorkspaceDormancy(ctx, id, coder.UpdateWorkspaceDormancy{}))
		}},
		{"ExtendWorkspaceDeadline", func(ctx context.Context, c *coder.Client) error {
			return ignore(c.ExtendWorkspaceDeadline(ctx, id, coder.PutExtendWorkspaceRequest{Deadline: time.Now()}))
		}},
		{"FavoriteWorkspace", func(ctx context.Context, c *coder.Client) error { return c.FavoriteWorkspace(ctx, id) }},
		{"UnfavoriteWorkspace", func(ctx context.Context, c *coder.Client) error { return c.UnfavoriteWorkspace(ctx, id) }},
		{"ResolveWorkspaceAutostart", func(ctx context.Context, c *coder.Client) error { return ignore(c.ResolveWorkspaceAutostart(ctx, id)) }},
		{"GetWorkspaceTimings", func(ctx context.Context, c *coder.Client) error { return ignore(c.GetWorkspaceTimings(ctx, id)) }},
		{"UpdateWorkspaceTTL", func(ctx context.Context, c *coder.Client) error {
			return c.UpdateWorkspaceTTL(ctx, id, coder.UpdateWorkspaceTTLRequest{})
		}},
		{"PostWorkspaceUsage", func(ctx context.Context, c *coder.Client) error {
			return c.PostWorkspaceUsage(ctx, id, &coder.PostWorkspaceUsageRequest{})
		}},
		{"WatchWorkspace", func(ctx context.Context, c *coder.Client) error { return ignore(c.WatchWorkspace(ctx, id)) }},
	}
}

// TestUnimplementedEveryOperation: every operation of a Server that embeds
// Unimplemented answers 501 with the error body, and every client method
// returns it as an *APIError.
func TestUnimplementedEveryOperation(t *testing.T) {
	ts := httptest.NewServer(coder.NewHandler(idleServer{}, coder.WithAnyCredential()))
	defer ts.Close()
	c, err := coder.NewClient(ts.URL, coder.WithCoderSessionToken("t"))
	if err != nil {
		t.Fatal(err)
	}
	calls := everyCall()
	if len(calls) != 27 {
		t.Fatalf("%d calls, want 27", len(calls))
	}
	for _, tc := range calls {
		got := apiError(t, tc.do(testContext(t), c))
		if got.StatusCode != http.StatusNotImplemented || message(got.Body) != tc.name+" is not implemented." {
			t.Errorf("%s: %v", tc.name, got)
		}
	}
}

// TestEveryOperationRequiresAToken: the spec puts every operation behind
// the session token; without it each answers 401 before anything else.
func TestEveryOperationRequiresAToken(t *testing.T) {
	ts := httptest.NewServer(coder.NewHandler(idleServer{}, coder.WithAnyCredential()))
	defer ts.Close()
	c, err := coder.NewClient(ts.URL)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range everyCall() {
		if got := apiError(t, tc.do(testContext(t), c)); got.StatusCode != http.StatusUnauthorized {
			t.Errorf("%s: %v", tc.name, got)
		}
	}
}

// TestEveryBodyIsChecked: each operation with a required body answers 400
// to a request without one, and to one that is not JSON.
func TestEveryBodyIsChecked(t *testing.T) {
	ts := httptest.NewServer(coder.NewHandler(idleServer{}, coder.WithAnyCredential()))
	defer ts.Close()
	id := uuid.NewString()
	for _, path := range []struct{ method, path string }{
		{"POST", "/organizations/" + id + "/members/me/workspaces"},
		{"POST", "/users/me/workspaces"},
		{"PATCH", "/workspaces/" + id},
		{"PUT", "/workspaces/" + id + "/autostart"},
		{"PUT", "/workspaces/" + id + "/autoupdates"},
		{"POST", "/workspaces/" + id + "/builds"},
		{"PUT", "/workspaces/" + id + "/dormant"},
		{"PUT", "/workspaces/" + id + "/extend"},
		{"PUT", "/workspaces/" + id + "/ttl"},
	} {
		for body, want := range map[string]string{"": "A request body is required.", "{": "Request body must be valid JSON."} {
			a := send(t, ts.URL, path.method, "/api/v2"+path.path, body, nil)
			if a.status != http.StatusBadRequest || message(&a.body) != want {
				t.Errorf("%s %s with body %q: %d %s", path.method, path.path, body, a.status, a.raw)
			}
		}
	}
	// The usage body is optional; when sent it must be JSON.
	if a := send(t, ts.URL, "POST", "/api/v2/workspaces/"+id+"/usage", "{", nil); a.status != http.StatusBadRequest {
		t.Errorf("usage with a broken body: %d %s", a.status, a.raw)
	}
}

// TestEveryWorkspacePathChecksTheUUID: each {workspace} (and the typed
// {workspacebuild}, {organization}) answers 400 to a value that is not a
// UUID, before the implementation is called.
func TestEveryWorkspacePathChecksTheUUID(t *testing.T) {
	ts := httptest.NewServer(coder.NewHandler(idleServer{}, coder.WithAnyCredential()))
	defer ts.Close()
	for _, p := range []struct{ method, path, field string }{
		{"POST", "/organizations/nope/members/me/workspaces", "organization"},
		{"GET", "/workspacebuilds/nope/timings", "workspacebuild"},
		{"GET", "/workspaces/nope", "workspace"},
		{"PATCH", "/workspaces/nope", "workspace"},
		{"PUT", "/workspaces/nope/autostart", "workspace"},
		{"PUT", "/workspaces/nope/autoupdates", "workspace"},
		{"GET", "/workspaces/nope/builds", "workspace"},
		{"POST", "/workspaces/nope/builds", "workspace"},
		{"PUT", "/workspaces/nope/dormant", "workspace"},
		{"PUT", "/workspaces/nope/extend", "workspace"},
		{"PUT", "/workspaces/nope/favorite", "workspace"},
		{"DELETE", "/workspaces/nope/favorite", "workspace"},
		{"GET", "/workspaces/nope/resolve-autostart", "workspace"},
		{"GET", "/workspaces/nope/timings", "workspace"},
		{"PUT", "/workspaces/nope/ttl", "workspace"},
		{"POST", "/workspaces/nope/usage", "workspace"},
		{"GET", "/workspaces/nope/watch", "workspace"},
	} {
		a := send(t, ts.URL, p.method, "/api/v2"+p.path, "{}", nil)
		if a.status != http.StatusBadRequest || len(a.body.Validations) != 1 || a.body.Validations[0].Field != p.field {
			t.Errorf("%s %s: %d %s", p.method, p.path, a.status, a.raw)
		}
	}
}
