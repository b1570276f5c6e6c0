package interop

import (
	"context"
	"encoding/json"
	"net/http"
	"slices"
	"testing"
	"time"

	"github.com/coder/coder/v2/codersdk"
	"github.com/google/uuid"

	"github.com/specgen/specgen/cmd/fakecoder/fake"
	"github.com/specgen/specgen/gen/coder"
)

// TestWatchWorkspace reads the generated SSE stream with the SDK's
// WatchWorkspace, whose parser (codersdk.ServerSentEventReader) is strict:
// an `event:` line, then for data and error exactly one `data:` line. As
// Coder does, the stream starts with the current state, then sends the
// workspace after every change.
func TestWatchWorkspace(t *testing.T) {
	d := newDeployment(t, fake.Options{BuildDuration: time.Hour, PingInterval: 10 * time.Millisecond})
	ws := d.createWorkspace(t, "dev")
	ctx, cancel := context.WithCancel(testContext(t))
	defer cancel()

	updates, err := d.sdk.WatchWorkspace(ctx, ws.ID)
	if err != nil {
		t.Fatalf("WatchWorkspace: %v", err)
	}
	next := func(what string) codersdk.Workspace {
		t.Helper()
		select {
		case got, ok := <-updates:
			if !ok {
				t.Fatalf("%s: the SDK closed the stream (it does on any frame it cannot parse)", what)
			}
			return got
		case <-ctx.Done():
			t.Fatalf("%s: no update", what)
		}
		return codersdk.Workspace{}
	}

	first := next("on connect")
	if first.ID != ws.ID || first.LatestBuild.Status != codersdk.WorkspaceStatusStarting {
		t.Errorf("on connect: %s %s, want %s starting", first.ID, first.LatestBuild.Status, ws.ID)
	}
	// Pings (every 10ms here) come between the updates; the SDK skips them.
	time.Sleep(50 * time.Millisecond)
	d.fake.FinishBuilds()
	if got := next("build finished"); got.LatestBuild.Status != codersdk.WorkspaceStatusRunning {
		t.Errorf("after the build finished: %s, want running", got.LatestBuild.Status)
	}
	if err := d.sdk.FavoriteWorkspace(ctx, ws.ID); err != nil {
		t.Fatal(err)
	}
	if got := next("favorite"); !got.Favorite {
		t.Error("after favorite: favorite false")
	}
	cancel()
	for range updates {
	}
}

// TestWatchWorkspaceFrames reads the stream with the SDK's own parser,
// codersdk.ServerSentEventReader, event by event: ping first, then data,
// and pings between; every frame parses.
func TestWatchWorkspaceFrames(t *testing.T) {
	d := newDeployment(t, fake.Options{PingInterval: 5 * time.Millisecond})
	ws := d.createWorkspace(t, "dev")
	ctx, cancel := context.WithCancel(testContext(t))
	defer cancel()

	res, err := d.sdk.Request(ctx, http.MethodGet, "/api/v2/workspaces/"+ws.ID.String()+"/watch", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != "text/event-stream" {
		t.Fatalf("watch: %d %s", res.StatusCode, res.Header.Get("Content-Type"))
	}
	next := codersdk.ServerSentEventReader(ctx, res.Body)
	var types []codersdk.ServerSentEventType
	for len(types) < 5 {
		ev, err := next()
		if err != nil {
			t.Fatalf("after %v: %v", types, err)
		}
		types = append(types, ev.Type)
		if ev.Type == codersdk.ServerSentEventTypeData {
			if _, ok := ev.Data.([]byte); !ok {
				t.Fatalf("data event carries %T", ev.Data)
			}
		}
		if len(types) == 2 {
			time.Sleep(20 * time.Millisecond) // let pings come
		}
	}
	if types[0] != codersdk.ServerSentEventTypePing || types[1] != codersdk.ServerSentEventTypeData {
		t.Errorf("stream starts %v, want ping then data", types[:2])
	}
	for _, ty := range types[2:] {
		if ty != codersdk.ServerSentEventTypePing {
			t.Errorf("with nothing changing, got a %s event", ty)
		}
	}
}

// TestWatchWorkspaceErrors: an unknown workspace is a 404 before the
// stream starts, as an *codersdk.Error.
func TestWatchWorkspaceErrors(t *testing.T) {
	d := newDeployment(t, fake.Options{})
	_, err := d.sdk.WatchWorkspace(testContext(t), templateID)
	if e := sdkError(t, err); e.StatusCode() != http.StatusNotFound {
		t.Errorf("unknown workspace: status %d, want 404", e.StatusCode())
	}
}

// errorEventServer's watch sends an error event, then the workspace.
type errorEventServer struct{ coder.Unimplemented }

func (errorEventServer) WatchWorkspace(ctx context.Context, id uuid.UUID, sink *coder.EventSink[coder.Workspace]) error {
	if err := sink.SendError("Internal error fetching workspace."); err != nil {
		return err
	}
	if err := sink.Send(coder.Workspace{ID: &id, Name: coder.Ptr("dev")}); err != nil {
		return err
	}
	<-ctx.Done()
	return nil
}

// TestWatchErrorEvent: the generated sink's error events parse with
// Coder's reader (data is a codersdk.Response), and the SDK's
// WatchWorkspace skips them and goes on to the next workspace.
func TestWatchErrorEvent(t *testing.T) {
	sdk := sdkFor(t, coder.NewHandler(errorEventServer{}, coder.WithAnyCredential()))
	id := uuid.New()
	ctx, cancel := context.WithCancel(testContext(t))
	defer cancel()

	res, err := sdk.Request(ctx, http.MethodGet, "/api/v2/workspaces/"+id.String()+"/watch", nil)
	if err != nil {
		t.Fatal(err)
	}
	next := codersdk.ServerSentEventReader(ctx, res.Body)
	var types []codersdk.ServerSentEventType
	for range 3 {
		ev, err := next()
		if err != nil {
			t.Fatalf("after %v: %v", types, err)
		}
		types = append(types, ev.Type)
		if ev.Type == codersdk.ServerSentEventTypeError {
			var body codersdk.Response
			if err := json.Unmarshal(ev.Data.([]byte), &body); err != nil || body.Message != "Internal error fetching workspace." {
				t.Errorf("error event data %s: %v", ev.Data, err)
			}
		}
	}
	res.Body.Close()
	if want := []codersdk.ServerSentEventType{"ping", "error", "data"}; !slices.Equal(types, want) {
		t.Errorf("events %v, want %v", types, want)
	}

	updates, err := sdk.WatchWorkspace(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if ws := <-updates; ws.ID != id || ws.Name != "dev" {
		t.Errorf("after the error event the SDK got %s %q", ws.ID, ws.Name)
	}
}
