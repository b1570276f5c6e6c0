package interop

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/coder/coder/v2/codersdk"
	"github.com/google/uuid"

	"github.com/specgen/specgen/cmd/fakecoder/fake"
)

// TestUpdateWorkspaceRename renames only where the deployment allows it,
// as Coder does (allow_renames says which); an empty or unchanged name is
// a no-op either way.
func TestUpdateWorkspaceRename(t *testing.T) {
	for _, allow := range []bool{false, true} {
		d := newDeployment(t, fake.Options{AllowRenames: allow})
		ws := d.createWorkspace(t, "dev")
		if ws.AllowRenames != allow {
			t.Errorf("allow %v: allow_renames = %v", allow, ws.AllowRenames)
		}
		ctx := testContext(t)
		for _, same := range []string{"", "dev"} {
			if err := d.sdk.UpdateWorkspace(ctx, ws.ID, codersdk.UpdateWorkspaceRequest{Name: same}); err != nil {
				t.Errorf("allow %v: rename to %q: %v", allow, same, err)
			}
		}
		err := d.sdk.UpdateWorkspace(ctx, ws.ID, codersdk.UpdateWorkspaceRequest{Name: "renamed"})
		if !allow {
			if e := sdkError(t, err); e.StatusCode() != http.StatusBadRequest || e.Message != "Workspace renames are not allowed." {
				t.Errorf("renames not allowed: %d %q", e.StatusCode(), e.Message)
			}
			continue
		}
		if err != nil {
			t.Fatalf("rename: %v", err)
		}
		got, err := d.sdk.Workspace(ctx, ws.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Name != "renamed" {
			t.Errorf("name = %q after rename", got.Name)
		}
	}
}

// TestWorkspaceSettings changes each setting through the SDK and reads it
// back: TTL (nil is sent as null), autostart, automatic updates, dormancy,
// favorite.
func TestWorkspaceSettings(t *testing.T) {
	d := newDeployment(t, fake.Options{})
	ws := d.createWorkspace(t, "dev")
	ctx := testContext(t)
	read := func() codersdk.Workspace {
		t.Helper()
		got, err := d.sdk.Workspace(ctx, ws.ID)
		if err != nil {
			t.Fatal(err)
		}
		return got
	}

	ttl := (2 * time.Hour).Milliseconds()
	if err := d.sdk.UpdateWorkspaceTTL(ctx, ws.ID, codersdk.UpdateWorkspaceTTLRequest{TTLMillis: &ttl}); err != nil {
		t.Fatal(err)
	}
	if got := read().TTLMillis; got == nil || *got != ttl {
		t.Errorf("ttl_ms = %v, want %d", got, ttl)
	}
	if err := d.sdk.UpdateWorkspaceTTL(ctx, ws.ID, codersdk.UpdateWorkspaceTTLRequest{}); err != nil {
		t.Fatal(err)
	}
	if body := string(d.wire.last(t, http.MethodPut, "/api/v2/workspaces/"+ws.ID.String()+"/ttl").Body); !strings.Contains(body, `"ttl_ms":null`) {
		t.Errorf("the SDK no longer sends ttl_ms null: %s", body)
	}
	if got := read().TTLMillis; got != nil {
		t.Errorf("ttl_ms = %d after clearing", *got)
	}

	schedule := "CRON_TZ=US/Central 30 9 * * 1-5"
	if err := d.sdk.UpdateWorkspaceAutostart(ctx, ws.ID, codersdk.UpdateWorkspaceAutostartRequest{Schedule: &schedule}); err != nil {
		t.Fatal(err)
	}
	if got := read().AutostartSchedule; got == nil || *got != schedule {
		t.Errorf("autostart_schedule = %v", got)
	}
	if err := d.sdk.UpdateWorkspaceAutostart(ctx, ws.ID, codersdk.UpdateWorkspaceAutostartRequest{}); err != nil {
		t.Fatal(err)
	}
	if got := read().AutostartSchedule; got != nil {
		t.Errorf("autostart_schedule = %q after clearing", *got)
	}

	if err := d.sdk.UpdateWorkspaceAutomaticUpdates(ctx, ws.ID, codersdk.UpdateWorkspaceAutomaticUpdatesRequest{AutomaticUpdates: codersdk.AutomaticUpdatesAlways}); err != nil {
		t.Fatal(err)
	}
	if got := read().AutomaticUpdates; got != codersdk.AutomaticUpdatesAlways {
		t.Errorf("automatic_updates = %q", got)
	}
	err := d.sdk.UpdateWorkspaceAutomaticUpdates(ctx, ws.ID, codersdk.UpdateWorkspaceAutomaticUpdatesRequest{AutomaticUpdates: "sometimes"})
	if e := sdkError(t, err); e.StatusCode() != http.StatusBadRequest {
		t.Errorf("automatic_updates sometimes: status %d, want 400", e.StatusCode())
	}

	if err := d.sdk.UpdateWorkspaceDormancy(ctx, ws.ID, codersdk.UpdateWorkspaceDormancy{Dormant: true}); err != nil {
		t.Fatal(err)
	}
	if read().DormantAt == nil {
		t.Error("dormant_at not set")
	}
	if err := d.sdk.UpdateWorkspaceDormancy(ctx, ws.ID, codersdk.UpdateWorkspaceDormancy{Dormant: false}); err != nil {
		t.Fatal(err)
	}
	if got := read().DormantAt; got != nil {
		t.Errorf("dormant_at = %v after activating", got)
	}

	if err := d.sdk.FavoriteWorkspace(ctx, ws.ID); err != nil {
		t.Fatal(err)
	}
	if !read().Favorite {
		t.Error("favorite not set")
	}
	if err := d.sdk.UnfavoriteWorkspace(ctx, ws.ID); err != nil {
		t.Fatal(err)
	}
	if read().Favorite {
		t.Error("favorite still set")
	}

	resolved, err := d.sdk.ResolveAutostart(ctx, ws.ID.String())
	if err != nil {
		t.Fatal(err)
	}
	if resolved.ParameterMismatch {
		t.Error("parameter_mismatch: the fake's templates have no parameters")
	}
	timings, err := d.sdk.WorkspaceTimings(ctx, ws.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(timings.ProvisionerTimings) == 0 || timings.ProvisionerTimings[0].JobID != ws.LatestBuild.Job.ID {
		t.Errorf("timings = %+v", timings.ProvisionerTimings)
	}
}

// TestPutExtendWorkspace extends the deadline of a running workspace, and
// gets Coder's 409s: no deadline (manual shutdown), still building.
func TestPutExtendWorkspace(t *testing.T) {
	d := newDeployment(t, fake.Options{})
	ws := d.createWorkspace(t, "dev")
	ctx := testContext(t)
	deadline := time.Now().Add(3 * time.Hour).Truncate(time.Second).UTC()

	err := d.sdk.PutExtendWorkspace(ctx, ws.ID, codersdk.PutExtendWorkspaceRequest{Deadline: deadline})
	if e := sdkError(t, err); e.StatusCode() != http.StatusConflict || e.Message != "Workspace shutdown is manual." {
		t.Errorf("no deadline: %d %q, want 409", e.StatusCode(), e.Message)
	}

	ttl := time.Hour.Milliseconds()
	if err := d.sdk.UpdateWorkspaceTTL(ctx, ws.ID, codersdk.UpdateWorkspaceTTLRequest{TTLMillis: &ttl}); err != nil {
		t.Fatal(err)
	}
	for _, transition := range []codersdk.WorkspaceTransition{codersdk.WorkspaceTransitionStop, codersdk.WorkspaceTransitionStart} {
		if _, err := d.sdk.CreateWorkspaceBuild(ctx, ws.ID, codersdk.CreateWorkspaceBuildRequest{Transition: transition}); err != nil {
			t.Fatal(err)
		}
	}
	if err := d.sdk.PutExtendWorkspace(ctx, ws.ID, codersdk.PutExtendWorkspaceRequest{Deadline: deadline}); err != nil {
		t.Fatalf("extend: %v", err)
	}
	got, err := d.sdk.Workspace(ctx, ws.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !got.LatestBuild.Deadline.Valid || !got.LatestBuild.Deadline.Time.Equal(deadline) {
		t.Errorf("deadline = %v, want %v", got.LatestBuild.Deadline, deadline)
	}

	slow := newDeployment(t, fake.Options{BuildDuration: time.Hour})
	building := slow.createWorkspace(t, "dev")
	err = slow.sdk.PutExtendWorkspace(ctx, building.ID, codersdk.PutExtendWorkspaceRequest{Deadline: deadline})
	if e := sdkError(t, err); e.StatusCode() != http.StatusConflict || e.Message != "Workspace is still building!" {
		t.Errorf("still building: %d %q, want 409", e.StatusCode(), e.Message)
	}
}

// TestPostWorkspaceUsage posts usage the three ways the SDK does: no body
// (deprecated), an empty request (agent_id the zero UUID, app_name ""),
// and an agent with an app.
func TestPostWorkspaceUsage(t *testing.T) {
	d := newDeployment(t, fake.Options{})
	ws := d.createWorkspace(t, "dev")
	ctx := testContext(t)
	path := "/api/v2/workspaces/" + ws.ID.String() + "/usage"

	if err := d.sdk.PostWorkspaceUsage(ctx, ws.ID); err != nil {
		t.Errorf("no body: %v", err)
	}
	if body := d.wire.last(t, http.MethodPost, path).Body; len(body) != 0 {
		t.Errorf("PostWorkspaceUsage sent a body: %s", body)
	}
	if err := d.sdk.PostWorkspaceUsageWithBody(ctx, ws.ID, codersdk.PostWorkspaceUsageRequest{}); err != nil {
		t.Errorf("empty request: %v", err)
	}
	if body := string(d.wire.last(t, http.MethodPost, path).Body); !strings.Contains(body, `"agent_id":"00000000-0000-0000-0000-000000000000","app_name":""`) {
		t.Errorf("the SDK no longer sends an empty request as zero values: %s", body)
	}
	agent := uuid.New()
	if err := d.sdk.PostWorkspaceUsageWithBody(ctx, ws.ID, codersdk.PostWorkspaceUsageRequest{AgentID: agent, AppName: codersdk.UsageAppNameVscode}); err != nil {
		t.Errorf("agent and app: %v", err)
	}
	err := d.sdk.PostWorkspaceUsageWithBody(ctx, ws.ID, codersdk.PostWorkspaceUsageRequest{AgentID: agent})
	if e := sdkError(t, err); e.StatusCode() != http.StatusBadRequest || len(e.Validations) != 1 || e.Validations[0].Field != "app_name" {
		t.Errorf("agent without app: %d %+v", e.StatusCode(), e.Validations)
	}
	err = d.sdk.PostWorkspaceUsageWithBody(ctx, ws.ID, codersdk.PostWorkspaceUsageRequest{AgentID: agent, AppName: "emacs"})
	if e := sdkError(t, err); e.StatusCode() != http.StatusBadRequest {
		t.Errorf("unknown app: status %d, want 400", e.StatusCode())
	}

	// The heartbeat helpers post once at once, then every minute until
	// stopped.
	before := d.wire.count(http.MethodPost, path)
	d.sdk.UpdateWorkspaceUsageWithBodyContext(ctx, ws.ID, codersdk.PostWorkspaceUsageRequest{AgentID: agent, AppName: codersdk.UsageAppNameSSH})()
	d.sdk.UpdateWorkspaceUsageContext(ctx, ws.ID)()
	if got := d.wire.count(http.MethodPost, path) - before; got != 2 {
		t.Errorf("heartbeat helpers posted %d times, want 2", got)
	}
	for _, e := range d.wire.all(http.MethodPost, path) {
		if e.Status != http.StatusNoContent && e.Status != http.StatusBadRequest {
			t.Errorf("usage answered %d", e.Status)
		}
	}
}
