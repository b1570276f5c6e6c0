package coder_test

import (
	"io"
	"net/http"
	"slices"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/google/uuid"

	"github.com/specgen/specgen/cmd/fakecoder/fake"
	"github.com/specgen/specgen/gen/coder"
)

// runningBuild creates a workspace on a fake whose builds run until
// FinishBuilds, and returns the id of its first build.
func runningBuild(t *testing.T) (*env, string) {
	t.Helper()
	e := newEnv(t, fake.Options{BuildDuration: time.Hour})
	ws, err := e.client.GetWorkspace(testContext(t), createWorkspace(t, e, "dev"), coder.GetWorkspaceParams{})
	if err != nil {
		t.Fatal(err)
	}
	return e, ws.LatestBuild.ID.String()
}

func outputs(logs []coder.ProvisionerJobLog) []string {
	var out []string
	for _, l := range logs {
		out = append(out, *l.Output)
	}
	return out
}

// TestFollowBuildLogsUntilJobCompletes: the generated client follows the
// fake's build logs through the generated handler: the logs so far, then
// those the build writes when it finishes, then a normal close.
func TestFollowBuildLogsUntilJobCompletes(t *testing.T) {
	e, build := runningBuild(t)
	ctx := testContext(t)
	stream, err := e.client.FollowWorkspaceBuildLogs(ctx, build, coder.GetWorkspaceBuildLogsParams{})
	if err != nil {
		t.Fatal(err)
	}
	defer stream.Close()
	var got []coder.ProvisionerJobLog
	for range 2 { // the logs of a running build
		l, err := stream.Recv()
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, l)
	}
	e.fake.FinishBuilds()
	for l, err := range stream.All() {
		if err != nil {
			t.Fatalf("after %q: %v", outputs(got), err)
		}
		got = append(got, l)
	}
	want := []string{"Setting up", "Planning infrastructure", "Applying changes", "Workspace is running"}
	if !slices.Equal(outputs(got), want) {
		t.Errorf("followed %q, want %q", outputs(got), want)
	}
	all, err := e.client.GetWorkspaceBuildLogs(ctx, build, coder.GetWorkspaceBuildLogsParams{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.EqualFunc(all, got, func(a, b coder.ProvisionerJobLog) bool { return *a.ID == *b.ID }) {
		t.Errorf("the JSON logs %q differ from the followed ones", outputs(all))
	}
}

// TestFollowBuildLogsAfterOfFinishedBuild: a finished build's logs after
// `after` arrive at once, and the stream ends.
func TestFollowBuildLogsAfterOfFinishedBuild(t *testing.T) {
	e, build := runningBuild(t)
	e.fake.FinishBuilds()
	ctx := testContext(t)
	all, err := e.client.GetWorkspaceBuildLogs(ctx, build, coder.GetWorkspaceBuildLogsParams{})
	if err != nil {
		t.Fatal(err)
	}
	stream, err := e.client.FollowWorkspaceBuildLogs(ctx, build, coder.GetWorkspaceBuildLogsParams{After: all[1].ID})
	if err != nil {
		t.Fatal(err)
	}
	var got []coder.ProvisionerJobLog
	for l, err := range stream.All() {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, l)
	}
	if !slices.Equal(outputs(got), outputs(all[2:])) {
		t.Errorf("after %d: %q, want %q", *all[1].ID, outputs(got), outputs(all[2:]))
	}
	if _, err := stream.Recv(); err != io.EOF {
		t.Errorf("Recv after the end: %v", err)
	}
}

// TestFollowBuildLogsErrors: an unknown build is a 404 and a missing
// credential a 401, both before the upgrade, with the error body.
func TestFollowBuildLogsErrors(t *testing.T) {
	e, _ := runningBuild(t)
	ctx := testContext(t)
	_, err := e.client.FollowWorkspaceBuildLogs(ctx, uuid.NewString(), coder.GetWorkspaceBuildLogsParams{})
	if got := apiError(t, err); got.StatusCode != http.StatusNotFound || got.Body == nil {
		t.Errorf("unknown build: %v", err)
	}
	anonymous := e.newClient(t, "")
	_, err = anonymous.FollowWorkspaceBuildLogs(ctx, uuid.NewString(), coder.GetWorkspaceBuildLogsParams{})
	if got := apiError(t, err); got.StatusCode != http.StatusUnauthorized {
		t.Errorf("no credential: %v", err)
	}
}

// TestFollowBuildLogsByCookie: the WebSocket authenticates with the
// coder_session_token cookie, as Coder's SDK sends it (the fake's handler
// has WithCredentialCookie).
func TestFollowBuildLogsByCookie(t *testing.T) {
	e, build := runningBuild(t)
	e.fake.FinishBuilds()
	ctx := testContext(t)
	conn, _, err := websocket.Dial(ctx, e.server.URL+"/api/v2/workspacebuilds/"+build+"/logs?follow", &websocket.DialOptions{
		HTTPHeader: http.Header{"Cookie": {"coder_session_token=" + aliceToken}},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.CloseNow()
	n := 0
	for {
		_, _, err := conn.Read(ctx)
		if err != nil {
			if websocket.CloseStatus(err) != websocket.StatusNormalClosure {
				t.Fatalf("after %d messages: %v", n, err)
			}
			break
		}
		n++
	}
	if n != 4 {
		t.Errorf("%d messages, want the build's 4 logs", n)
	}
}
