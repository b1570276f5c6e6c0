package interop

import (
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/coder/coder/v2/codersdk"

	"github.com/specgen/specgen/cmd/fakecoder/fake"
)

// TestCreateWorkspaceBuild builds through the SDK (201 Created, the unset
// template_version_id sent as the zero UUID) and reads the build back
// every way the SDK can.
func TestCreateWorkspaceBuild(t *testing.T) {
	d := newDeployment(t, fake.Options{})
	ws := d.createWorkspace(t, "dev")
	ctx := testContext(t)

	params := []codersdk.WorkspaceBuildParameter{{Name: "region", Value: "eu"}}
	state := []byte(`{"version":4,"resources":[]}`)
	stop, err := d.sdk.CreateWorkspaceBuild(ctx, ws.ID, codersdk.CreateWorkspaceBuildRequest{
		Transition:          codersdk.WorkspaceTransitionStop,
		RichParameterValues: params,
		ProvisionerState:    state,
		Reason:              codersdk.CreateWorkspaceBuildReasonCLI,
	})
	if err != nil {
		t.Fatalf("CreateWorkspaceBuild: %v", err)
	}
	sent := d.wire.last(t, http.MethodPost, "/api/v2/workspaces/"+ws.ID.String()+"/builds")
	if sent.Status != http.StatusCreated || !strings.Contains(string(sent.Body), `"template_version_id":"00000000-0000-0000-0000-000000000000"`) {
		t.Errorf("create build: status %d, body %s", sent.Status, sent.Body)
	}
	if stop.BuildNumber != 2 || stop.Transition != codersdk.WorkspaceTransitionStop || stop.Status != codersdk.WorkspaceStatusStopped {
		t.Errorf("stop build = #%d %s %s", stop.BuildNumber, stop.Transition, stop.Status)
	}
	// An unset template_version_id keeps the workspace's version.
	if stop.TemplateVersionID != ws.LatestBuild.TemplateVersionID {
		t.Errorf("template version = %s, want the previous build's %s", stop.TemplateVersionID, ws.LatestBuild.TemplateVersionID)
	}

	got, err := d.sdk.WorkspaceBuild(ctx, stop.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.ID != stop.ID || got.Job.ID != stop.Job.ID {
		t.Errorf("WorkspaceBuild = %s, want %s", got.ID, stop.ID)
	}
	byNumber, err := d.sdk.WorkspaceBuildByUsernameAndWorkspaceNameAndBuildNumber(ctx, "alice", "dev", strconv.Itoa(int(stop.BuildNumber)))
	if err != nil {
		t.Fatal(err)
	}
	if byNumber.ID != stop.ID {
		t.Errorf("by number = %s, want %s", byNumber.ID, stop.ID)
	}
	_, err = d.sdk.WorkspaceBuildByUsernameAndWorkspaceNameAndBuildNumber(ctx, codersdk.Me, "dev", "two")
	if e := sdkError(t, err); e.StatusCode() != http.StatusBadRequest {
		t.Errorf("build number two: status %d, want 400", e.StatusCode())
	}

	gotParams, err := d.sdk.WorkspaceBuildParameters(ctx, stop.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(gotParams) != 1 || gotParams[0] != params[0] {
		t.Errorf("parameters = %+v, want %+v", gotParams, params)
	}
	gotState, err := d.sdk.WorkspaceBuildState(ctx, stop.ID)
	if err != nil {
		t.Fatal(err)
	}
	if string(gotState) != string(state) {
		t.Errorf("state = %q, want %q (the SDK sends it base64-encoded)", gotState, state)
	}
	timings, err := d.sdk.WorkspaceBuildTimings(ctx, stop.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(timings.ProvisionerTimings) == 0 || timings.ProvisionerTimings[0].JobID != stop.Job.ID {
		t.Errorf("build timings = %+v", timings.ProvisionerTimings)
	}

	_, err = d.sdk.CreateWorkspaceBuild(ctx, ws.ID, codersdk.CreateWorkspaceBuildRequest{Transition: "pause"})
	if e := sdkError(t, err); e.StatusCode() != http.StatusBadRequest || len(e.Validations) == 0 || e.Validations[0].Field != "transition" {
		t.Errorf("transition pause: %d %+v", e.StatusCode(), e.Validations)
	}
}

// TestWorkspaceBuilds lists builds, newest first; the SDK always sends
// since, as 0001-01-01T00:00:00Z when unset.
func TestWorkspaceBuilds(t *testing.T) {
	d := newDeployment(t, fake.Options{})
	ws := d.createWorkspace(t, "dev")
	ctx := testContext(t)
	for _, transition := range []codersdk.WorkspaceTransition{codersdk.WorkspaceTransitionStop, codersdk.WorkspaceTransitionStart} {
		if _, err := d.sdk.CreateWorkspaceBuild(ctx, ws.ID, codersdk.CreateWorkspaceBuildRequest{Transition: transition}); err != nil {
			t.Fatal(err)
		}
	}
	numbers := func(req codersdk.WorkspaceBuildsRequest) string {
		t.Helper()
		req.WorkspaceID = ws.ID
		builds, err := d.sdk.WorkspaceBuilds(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, b := range builds {
			out = append(out, strconv.Itoa(int(b.BuildNumber)))
		}
		return strings.Join(out, ",")
	}
	path := "/api/v2/workspaces/" + ws.ID.String() + "/builds"

	if got := numbers(codersdk.WorkspaceBuildsRequest{}); got != "3,2,1" {
		t.Errorf("all builds = %s, want 3,2,1", got)
	}
	if got := d.wire.last(t, http.MethodGet, path).RawQuery; got != "since=0001-01-01T00%3A00%3A00Z" {
		t.Errorf("the SDK sent %q for no since", got)
	}
	if got := numbers(codersdk.WorkspaceBuildsRequest{Pagination: codersdk.Pagination{Limit: 1, Offset: 1}}); got != "2" {
		t.Errorf("limit 1 offset 1 = %s, want 2", got)
	}
	if got := numbers(codersdk.WorkspaceBuildsRequest{Pagination: codersdk.Pagination{AfterID: ws.LatestBuild.ID}}); got != "" {
		t.Errorf("after the first build = %q, want none", got)
	}
	if got := numbers(codersdk.WorkspaceBuildsRequest{Since: time.Now().Add(time.Hour)}); got != "" {
		t.Errorf("since an hour from now = %q, want none", got)
	}
}

// TestCancelWorkspaceBuild cancels a running build. The SDK always sends
// expect_status, empty when unset, which Coder treats as absent.
func TestCancelWorkspaceBuild(t *testing.T) {
	d := newDeployment(t, fake.Options{BuildDuration: time.Hour})
	ws := d.createWorkspace(t, "dev")
	ctx := testContext(t)
	path := "/api/v2/workspacebuilds/" + ws.LatestBuild.ID.String() + "/cancel"

	err := d.sdk.CancelWorkspaceBuild(ctx, ws.LatestBuild.ID, codersdk.CancelWorkspaceBuildParams{ExpectStatus: codersdk.CancelWorkspaceBuildStatusPending})
	if e := sdkError(t, err); e.StatusCode() != http.StatusPreconditionFailed {
		t.Errorf("expect pending of a running job: status %d, want 412", e.StatusCode())
	}
	if err := d.sdk.CancelWorkspaceBuild(ctx, ws.LatestBuild.ID, codersdk.CancelWorkspaceBuildParams{}); err != nil {
		t.Fatalf("cancel: %v", err)
	}
	if got := d.wire.last(t, http.MethodPatch, path).RawQuery; got != "expect_status=" {
		t.Errorf("the SDK sent %q, want expect_status=", got)
	}
	b, err := d.sdk.WorkspaceBuild(ctx, ws.LatestBuild.ID)
	if err != nil {
		t.Fatal(err)
	}
	if b.Status != codersdk.WorkspaceStatusCanceled || b.Job.Status != codersdk.ProvisionerJobCanceled {
		t.Errorf("after cancel: build %s, job %s", b.Status, b.Job.Status)
	}
	// A finished job is refused before its status is compared, as in Coder.
	err = d.sdk.CancelWorkspaceBuild(ctx, ws.LatestBuild.ID, codersdk.CancelWorkspaceBuildParams{ExpectStatus: codersdk.CancelWorkspaceBuildStatusRunning})
	if e := sdkError(t, err); e.StatusCode() != http.StatusBadRequest || e.Message != "Job has already completed!" {
		t.Errorf("cancel a canceled job: %d %q, want 400", e.StatusCode(), e.Message)
	}
}
