package coder_test

import (
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/specgen/specgen/cmd/fakecoder/fake"
	"github.com/specgen/specgen/gen/coder"
)

var templateID = uuid.MustParse("11111111-2222-3333-4444-555555555555")

// TestEveryOperation calls each of the 27 operations through the generated
// client, against the generated handler serving the fake, and checks the
// typed results and the state changes they make. Builds run until
// FinishBuilds, so that canceling and "still building" can be seen.
func TestEveryOperation(t *testing.T) {
	e := newEnv(t, fake.Options{BuildDuration: time.Hour, AllowRenames: true})
	ctx := testContext(t)
	c := e.client

	// Create: 201 with the workspace, its first build running.
	ws, err := c.CreateUserWorkspace(ctx, "me", coder.CreateWorkspaceRequest{
		Name: "dev", TemplateID: &templateID, TTLMs: coder.Ptr(int64(3 * time.Hour / time.Millisecond)),
		RichParameterValues: []coder.WorkspaceBuildParameter{{Name: coder.Ptr("region"), Value: coder.Ptr("eu")}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if *ws.Name != "dev" || *ws.OwnerName != "alice" || *ws.TemplateID != templateID {
		t.Errorf("created %s owned by %s from %s", *ws.Name, *ws.OwnerName, *ws.TemplateID)
	}
	first := ws.LatestBuild
	if *first.BuildNumber != 1 || *first.Transition != coder.WorkspaceTransitionStart || *first.Status != coder.WorkspaceStatusStarting || *first.Job.Status != coder.ProvisionerJobStatusRunning {
		t.Errorf("first build: #%d %s %s, job %s", *first.BuildNumber, *first.Transition, *first.Status, *first.Job.Status)
	}

	// Cancel the running build, expecting it to run.
	canceled, err := c.CancelWorkspaceBuild(ctx, first.ID.String(), coder.CancelWorkspaceBuildParams{ExpectStatus: coder.Ptr(coder.CancelWorkspaceBuildExpectStatusRunning)})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(message(&canceled), "canceled") {
		t.Errorf("cancel answered %q", message(&canceled))
	}
	b, err := c.GetWorkspaceBuild(ctx, first.ID.String())
	if err != nil {
		t.Fatal(err)
	}
	if *b.Status != coder.WorkspaceStatusCanceled || *b.Job.Status != coder.ProvisionerJobStatusCanceled || b.Job.CanceledAt == nil {
		t.Errorf("canceled build: %s, job %s", *b.Status, *b.Job.Status)
	}

	// Start again; while it builds the deadline cannot move.
	started, err := c.CreateWorkspaceBuild(ctx, *ws.ID, coder.CreateWorkspaceBuildRequest{Transition: coder.WorkspaceTransitionStart})
	if err != nil {
		t.Fatal(err)
	}
	if *started.BuildNumber != 2 || *started.Status != coder.WorkspaceStatusStarting {
		t.Errorf("second build: #%d %s", *started.BuildNumber, *started.Status)
	}
	_, err = c.ExtendWorkspaceDeadline(ctx, *ws.ID, coder.PutExtendWorkspaceRequest{Deadline: e.clock.Now().Add(2 * time.Hour)})
	if got := apiError(t, err); got.StatusCode != http.StatusConflict || message(got.Body) != "Workspace is still building!" {
		t.Errorf("extend while building: %v", err)
	}
	e.fake.FinishBuilds()

	ws, err = c.GetWorkspace(ctx, *ws.ID, coder.GetWorkspaceParams{})
	if err != nil {
		t.Fatal(err)
	}
	latest := ws.LatestBuild
	wantDeadline := e.clock.Now().Add(3 * time.Hour)
	if *latest.Status != coder.WorkspaceStatusRunning || latest.Deadline == nil || !latest.Deadline.Equal(wantDeadline) {
		t.Errorf("running build: %s, deadline %v, want %v", *latest.Status, latest.Deadline, wantDeadline)
	}

	// Extend the deadline of the running workspace.
	newDeadline := e.clock.Now().Add(5 * time.Hour)
	extended, err := c.ExtendWorkspaceDeadline(ctx, *ws.ID, coder.PutExtendWorkspaceRequest{Deadline: newDeadline})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Deadline updated to " + newDeadline.Format(time.RFC3339) + "."; message(&extended) != want {
		t.Errorf("extend answered %q, want %q", message(&extended), want)
	}
	_, err = c.ExtendWorkspaceDeadline(ctx, *ws.ID, coder.PutExtendWorkspaceRequest{Deadline: e.clock.Now().Add(time.Minute)})
	if got := apiError(t, err); got.StatusCode != http.StatusBadRequest {
		t.Errorf("extend by a minute: %v", err)
	}

	// The build's logs, parameters, resources, state and timings.
	logs, err := c.GetWorkspaceBuildLogs(ctx, started.ID.String(), coder.GetWorkspaceBuildLogsParams{})
	if err != nil {
		t.Fatal(err)
	}
	if len(logs) < 3 || *logs[0].Output != "Setting up" {
		t.Fatalf("logs: %d lines", len(logs))
	}
	after, err := c.GetWorkspaceBuildLogs(ctx, started.ID.String(), coder.GetWorkspaceBuildLogsParams{After: logs[0].ID, Before: logs[len(logs)-1].ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(after) != len(logs)-2 || *after[0].ID != *logs[1].ID {
		t.Errorf("logs after %d before %d: %d lines", *logs[0].ID, *logs[len(logs)-1].ID, len(after))
	}
	params, err := c.GetWorkspaceBuildParameters(ctx, started.ID.String())
	if err != nil {
		t.Fatal(err)
	}
	if len(params) != 1 || *params[0].Name != "region" || *params[0].Value != "eu" {
		t.Errorf("parameters: %+v", params)
	}
	resources, err := c.GetWorkspaceBuildResources(ctx, started.ID.String())
	if err != nil {
		t.Fatal(err)
	}
	if len(resources) != 1 || *resources[0].Name != "dev" {
		t.Errorf("resources: %d", len(resources))
	}
	state, err := c.GetWorkspaceBuildState(ctx, started.ID.String())
	if err != nil || len(state) != 0 {
		t.Errorf("state of a build given none: %q, %v", state, err)
	}
	timings, err := c.GetWorkspaceBuildTimings(ctx, *started.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(timings.ProvisionerTimings) != 4 || *timings.ProvisionerTimings[0].Stage != coder.TimingStageInit {
		t.Errorf("build timings: %+v", timings.ProvisionerTimings)
	}
	wsTimings, err := c.GetWorkspaceTimings(ctx, *ws.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(wsTimings.ProvisionerTimings) != 4 || *wsTimings.ProvisionerTimings[0].JobID != *started.Job.ID {
		t.Errorf("workspace timings are not the latest build's")
	}

	// Lookups by owner, name and number.
	byNumber, err := c.GetWorkspaceBuildByUserWorkspaceAndNumber(ctx, "me", "dev", 2)
	if err != nil {
		t.Fatal(err)
	}
	if *byNumber.ID != *started.ID {
		t.Errorf("build #2 is %s, want %s", *byNumber.ID, *started.ID)
	}
	byName, err := c.GetWorkspaceMetadataByUserAndWorkspaceName(ctx, "alice", "dev", coder.GetWorkspaceMetadataByUserAndWorkspaceNameParams{})
	if err != nil {
		t.Fatal(err)
	}
	if *byName.ID != *ws.ID {
		t.Errorf("alice/dev is %s, want %s", *byName.ID, *ws.ID)
	}
	builds, err := c.ListWorkspaceBuilds(ctx, *ws.ID, coder.ListWorkspaceBuildsParams{})
	if err != nil {
		t.Fatal(err)
	}
	if len(builds) != 2 || *builds[0].BuildNumber != 2 || *builds[1].BuildNumber != 1 {
		t.Errorf("builds: %d, want #2 then #1", len(builds))
	}
	older, err := c.ListWorkspaceBuilds(ctx, *ws.ID, coder.ListWorkspaceBuildsParams{AfterID: started.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(older) != 1 || *older[0].ID != *first.ID {
		t.Errorf("builds after #2: %d", len(older))
	}

	// A second workspace, through the organization route.
	second, err := c.CreateUserWorkspaceByOrganization(ctx, e.fake.OrganizationID(), "alice", coder.CreateWorkspaceRequest{
		Name: "second", TemplateVersionID: coder.Ptr(uuid.MustParse("99999999-8888-7777-6666-555555555555")),
	})
	if err != nil {
		t.Fatal(err)
	}
	if *second.OrganizationID != e.fake.OrganizationID() || *second.LatestBuild.TemplateVersionID != uuid.MustParse("99999999-8888-7777-6666-555555555555") {
		t.Errorf("second workspace: org %s, version %s", *second.OrganizationID, *second.LatestBuild.TemplateVersionID)
	}
	e.fake.FinishBuilds()
	list, err := c.ListWorkspaces(ctx, coder.ListWorkspacesParams{Q: coder.Ptr("owner:me dev")})
	if err != nil {
		t.Fatal(err)
	}
	if *list.Count != 1 || *list.Workspaces[0].ID != *ws.ID {
		t.Errorf("owner:me dev found %d", *list.Count)
	}
	all, err := c.ListWorkspaces(ctx, coder.ListWorkspacesParams{Limit: coder.Ptr(int64(1)), Offset: coder.Ptr(int64(1))})
	if err != nil {
		t.Fatal(err)
	}
	if *all.Count != 2 || len(all.Workspaces) != 1 {
		t.Errorf("page 2 of 1: count %d, %d workspaces", *all.Count, len(all.Workspaces))
	}

	// Metadata updates, each read back.
	check := func(what string, ok func(coder.Workspace) bool) {
		t.Helper()
		got, err := c.GetWorkspace(ctx, *ws.ID, coder.GetWorkspaceParams{})
		if err != nil {
			t.Fatal(err)
		}
		if !ok(got) {
			t.Errorf("after %s the workspace is not updated", what)
		}
	}
	if err := c.UpdateWorkspace(ctx, *ws.ID, coder.UpdateWorkspaceRequest{Name: coder.Ptr("renamed")}); err != nil {
		t.Fatal(err)
	}
	check("rename", func(w coder.Workspace) bool { return *w.Name == "renamed" })
	schedule := "CRON_TZ=Europe/Berlin 30 9 * * 1-5"
	if err := c.UpdateWorkspaceAutostart(ctx, *ws.ID, coder.UpdateWorkspaceAutostartRequest{Schedule: &schedule}); err != nil {
		t.Fatal(err)
	}
	check("autostart", func(w coder.Workspace) bool { return w.AutostartSchedule != nil && *w.AutostartSchedule == schedule })
	if err := c.UpdateWorkspaceAutomaticUpdates(ctx, *ws.ID, coder.UpdateWorkspaceAutomaticUpdatesRequest{AutomaticUpdates: coder.Ptr(coder.AutomaticUpdatesAlways)}); err != nil {
		t.Fatal(err)
	}
	check("automatic updates", func(w coder.Workspace) bool { return *w.AutomaticUpdates == coder.AutomaticUpdatesAlways })
	if err := c.UpdateWorkspaceTTL(ctx, *ws.ID, coder.UpdateWorkspaceTTLRequest{TTLMs: coder.Ptr(int64(90*time.Minute/time.Millisecond + 500))}); err != nil {
		t.Fatal(err)
	}
	check("TTL", func(w coder.Workspace) bool { return *w.TTLMs == int64(90*time.Minute/time.Millisecond) })
	if err := c.FavoriteWorkspace(ctx, *ws.ID); err != nil {
		t.Fatal(err)
	}
	check("favorite", func(w coder.Workspace) bool { return *w.Favorite })
	if err := c.UnfavoriteWorkspace(ctx, *ws.ID); err != nil {
		t.Fatal(err)
	}
	check("unfavorite", func(w coder.Workspace) bool { return !*w.Favorite })
	dormant, err := c.UpdateWorkspaceDormancy(ctx, *ws.ID, coder.UpdateWorkspaceDormancy{Dormant: coder.Ptr(true)})
	if err != nil {
		t.Fatal(err)
	}
	if dormant.DormantAt == nil || !dormant.DormantAt.Equal(e.clock.Now()) {
		t.Errorf("dormant_at %v, want %v", dormant.DormantAt, e.clock.Now())
	}
	active, err := c.UpdateWorkspaceDormancy(ctx, *ws.ID, coder.UpdateWorkspaceDormancy{Dormant: coder.Ptr(false)})
	if err != nil {
		t.Fatal(err)
	}
	if active.DormantAt != nil {
		t.Errorf("dormant_at %v after activating", active.DormantAt)
	}
	resolved, err := c.ResolveWorkspaceAutostart(ctx, *ws.ID)
	if err != nil {
		t.Fatal(err)
	}
	if resolved.ParameterMismatch == nil || *resolved.ParameterMismatch {
		t.Errorf("parameter mismatch: %v", resolved.ParameterMismatch)
	}
	e.clock.Advance(time.Minute)
	if err := c.PostWorkspaceUsage(ctx, *ws.ID, &coder.PostWorkspaceUsageRequest{AgentID: coder.Ptr(uuid.New()), AppName: coder.Ptr(coder.UsageAppNameVscode)}); err != nil {
		t.Fatal(err)
	}
	check("usage", func(w coder.Workspace) bool { return w.LastUsedAt.Equal(e.clock.Now()) })
	if err := c.PostWorkspaceUsage(ctx, *ws.ID, nil); err != nil {
		t.Errorf("usage without a body: %v", err)
	}

	// Stop: the latest build moves to the stop transition.
	if _, err := c.CreateWorkspaceBuild(ctx, *ws.ID, coder.CreateWorkspaceBuildRequest{Transition: coder.WorkspaceTransitionStop}); err != nil {
		t.Fatal(err)
	}
	e.fake.FinishBuilds()
	check("stop", func(w coder.Workspace) bool {
		return *w.LatestBuild.Transition == coder.WorkspaceTransitionStop && *w.LatestBuild.Status == coder.WorkspaceStatusStopped
	})

	// Provisioner state travels byte for byte.
	raw := `{"version":4,"resources":[]}`
	withState, err := c.CreateWorkspaceBuild(ctx, *ws.ID, coder.CreateWorkspaceBuildRequest{Transition: coder.WorkspaceTransitionStart, State: []byte(raw)})
	if err != nil {
		t.Fatal(err)
	}
	got, err := c.GetWorkspaceBuildState(ctx, withState.ID.String())
	if err != nil || string(got) != raw {
		t.Errorf("state %q (%v), want %q", got, err, raw)
	}
	e.fake.FinishBuilds()

	// Watch: the current state on connect.
	stream, err := c.WatchWorkspace(ctx, *ws.ID)
	if err != nil {
		t.Fatal(err)
	}
	now, err := stream.Recv()
	if err != nil || *now.ID != *ws.ID || *now.LatestBuild.ID != *withState.ID {
		t.Errorf("watch's first event: %v", err)
	}
	stream.Close()

	// Delete: the workspace is gone, unless asked for.
	if _, err := c.CreateWorkspaceBuild(ctx, *ws.ID, coder.CreateWorkspaceBuildRequest{Transition: coder.WorkspaceTransitionDelete}); err != nil {
		t.Fatal(err)
	}
	e.fake.FinishBuilds()
	_, err = c.GetWorkspace(ctx, *ws.ID, coder.GetWorkspaceParams{})
	if got := apiError(t, err); got.StatusCode != http.StatusGone {
		t.Errorf("deleted workspace: %v", err)
	}
	deleted, err := c.GetWorkspace(ctx, *ws.ID, coder.GetWorkspaceParams{IncludeDeleted: coder.Ptr(true)})
	if err != nil || *deleted.LatestBuild.Status != coder.WorkspaceStatusDeleted {
		t.Errorf("deleted workspace with include_deleted: %v", err)
	}

	routes := e.routes()
	if len(routes) != 27 {
		t.Errorf("the calls reached %d routes, want all 27:\n%s", len(routes), strings.Join(routes, "\n"))
	}
	if !slices.Contains(routes, "GET /api/v2/workspaces/{workspace}/watch") {
		t.Error("the watch route was not reached")
	}
}
