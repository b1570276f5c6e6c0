package interop

import (
	"net/http"
	"slices"
	"testing"
	"time"

	"github.com/coder/coder/v2/codersdk"
	"github.com/google/uuid"

	"github.com/specgen/specgen/cmd/fakecoder/fake"
)

// outputs lists the output of each log.
func outputs(logs []codersdk.ProvisionerJobLog) []string {
	var out []string
	for _, l := range logs {
		out = append(out, l.Output)
	}
	return out
}

// TestWorkspaceBuildLogsAfter: Coder's SDK follows a running build's logs
// over the WebSocket the generated handler serves (FollowWorkspaceBuildLogs):
// it dials .../logs?follow with no value, authenticated only by the
// coder_session_token cookie, gets the logs so far, then those the build
// writes as it completes, in order, and its channel closes when the job
// has completed.
func TestWorkspaceBuildLogsAfter(t *testing.T) {
	d := newDeployment(t, fake.Options{BuildDuration: time.Hour})
	ws := d.createWorkspace(t, "dev")
	ctx := testContext(t)
	logs, closer, err := d.sdk.WorkspaceBuildLogsAfter(ctx, ws.LatestBuild.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer closer.Close()
	var got []codersdk.ProvisionerJobLog
	for range 2 { // what the running build has written
		l, ok := <-logs
		if !ok {
			t.Fatalf("the channel closed after %q", outputs(got))
		}
		got = append(got, l)
	}
	d.fake.FinishBuilds()
	for l := range logs { // until the server closes the WebSocket
		got = append(got, l)
	}
	want := []string{"Setting up", "Planning infrastructure", "Applying changes", "Workspace is running"}
	if !slices.Equal(outputs(got), want) {
		t.Errorf("followed %q, want %q", outputs(got), want)
	}
	for i := 1; i < len(got); i++ {
		if got[i].ID <= got[i-1].ID || got[i].Stage == "" || got[i].CreatedAt.IsZero() {
			t.Errorf("log %d: %+v after %+v", i, got[i], got[i-1])
		}
	}
	sent := d.wire.last(t, http.MethodGet, "/api/v2/workspacebuilds/"+ws.LatestBuild.ID.String()+"/logs")
	// The status is not checked: the handler may still be closing the
	// WebSocket when the channel has closed; the logs prove the upgrade.
	if sent.RawQuery != "follow" {
		t.Errorf("the SDK sent ?%s, want ?follow", sent.RawQuery)
	}
}

// TestWorkspaceBuildLogsAfterID: with after, a finished build's later logs
// arrive and the channel closes at once.
func TestWorkspaceBuildLogsAfterID(t *testing.T) {
	d := newDeployment(t, fake.Options{})
	ws := d.createWorkspace(t, "dev")
	ctx := testContext(t)
	build, err := d.sdk.WorkspaceBuild(ctx, ws.LatestBuild.ID)
	if err != nil || build.Job.CompletedAt == nil {
		t.Fatalf("build: %v (completed %v)", err, build.Job.CompletedAt)
	}
	all, closer, err := d.sdk.WorkspaceBuildLogsAfter(ctx, build.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	var first []codersdk.ProvisionerJobLog
	for l := range all {
		first = append(first, l)
	}
	closer.Close()
	if len(first) < 3 {
		t.Fatalf("%d logs", len(first))
	}
	later, closer, err := d.sdk.WorkspaceBuildLogsAfter(ctx, build.ID, first[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	defer closer.Close()
	var got []codersdk.ProvisionerJobLog
	for l := range later {
		got = append(got, l)
	}
	if !slices.Equal(outputs(got), outputs(first[1:])) {
		t.Errorf("after %d: %q, want %q", first[0].ID, outputs(got), outputs(first[1:]))
	}
	sent := d.wire.last(t, http.MethodGet, "/api/v2/workspacebuilds/"+build.ID.String()+"/logs")
	if sent.Query.Get("after") == "" || !sent.Query.Has("follow") {
		t.Errorf("the SDK sent ?%s", sent.RawQuery)
	}
}

// TestWorkspaceBuildLogsAfterUnknownBuild: an unknown build is answered
// 404 before the upgrade, which the SDK returns as a *codersdk.Error.
func TestWorkspaceBuildLogsAfterUnknownBuild(t *testing.T) {
	d := newDeployment(t, fake.Options{})
	_, _, err := d.sdk.WorkspaceBuildLogsAfter(testContext(t), uuid.New(), 0)
	if got := sdkError(t, err); got.StatusCode() != http.StatusNotFound || got.Message == "" {
		t.Errorf("unknown build: %v", err)
	}
}
