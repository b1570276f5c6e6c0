package coder_test

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/specgen/specgen/cmd/fakecoder/fake"
	"github.com/specgen/specgen/gen/coder"
)

// TestWatchDeliversChanges: the watch stream of the fake sends the current
// workspace on connect, then the workspace after each change made through
// other calls.
func TestWatchDeliversChanges(t *testing.T) {
	e := newEnv(t, fake.Options{})
	ctx := testContext(t)
	id := createWorkspace(t, e, "dev")
	stream, err := e.client.WatchWorkspace(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	defer stream.Close()
	first, err := stream.Recv()
	if err != nil || *first.ID != id || *first.Favorite {
		t.Fatalf("first event: %+v, %v", first.ID, err)
	}
	// until reads events until one satisfies ok; the stream holds every
	// change, so a missing one hangs until the test's context ends.
	until := func(what string, ok func(coder.Workspace) bool) {
		t.Helper()
		for {
			ws, err := stream.Recv()
			if err != nil {
				t.Fatalf("waiting for %s: %v", what, err)
			}
			if ok(ws) {
				return
			}
		}
	}
	if err := e.client.FavoriteWorkspace(ctx, id); err != nil {
		t.Fatal(err)
	}
	until("favorite", func(ws coder.Workspace) bool { return *ws.Favorite })
	if _, err := e.client.UpdateWorkspaceDormancy(ctx, id, coder.UpdateWorkspaceDormancy{Dormant: coder.Ptr(true)}); err != nil {
		t.Fatal(err)
	}
	until("dormant_at", func(ws coder.Workspace) bool { return ws.DormantAt != nil })
	if _, err := e.client.UpdateWorkspaceDormancy(ctx, id, coder.UpdateWorkspaceDormancy{Dormant: coder.Ptr(false)}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.client.CreateWorkspaceBuild(ctx, id, coder.CreateWorkspaceBuildRequest{Transition: coder.WorkspaceTransitionStop}); err != nil {
		t.Fatal(err)
	}
	until("the stop build", func(ws coder.Workspace) bool {
		return *ws.LatestBuild.Transition == coder.WorkspaceTransitionStop && *ws.LatestBuild.Status == coder.WorkspaceStatusStopped
	})
}

// watchServer serves WatchWorkspace with a function.
type watchServer struct {
	coder.Unimplemented
	watch func(ctx context.Context, id uuid.UUID, sink *coder.EventSink[coder.Workspace]) error
}

func (s watchServer) WatchWorkspace(ctx context.Context, id uuid.UUID, sink *coder.EventSink[coder.Workspace]) error {
	return s.watch(ctx, id, sink)
}

// watchClient serves srv and returns a client of it.
func watchClient(t *testing.T, srv coder.Server, opts ...coder.HandlerOption) (*coder.Client, string) {
	t.Helper()
	ts := httptest.NewServer(coder.NewHandler(srv, append(opts, coder.WithAnyCredential())...))
	t.Cleanup(ts.Close)
	c, err := coder.NewClient(ts.URL, coder.WithCoderSessionToken(aliceToken))
	if err != nil {
		t.Fatal(err)
	}
	return c, ts.URL
}

// TestWatchEndsWithContext: canceling the call's context ends the stream
// on the client (Recv returns the context's error) and on the server (the
// implementation's context ends, and its method returns).
func TestWatchEndsWithContext(t *testing.T) {
	returned := make(chan error, 1)
	c, _ := watchClient(t, watchServer{watch: func(ctx context.Context, id uuid.UUID, sink *coder.EventSink[coder.Workspace]) error {
		if err := sink.Send(coder.Workspace{ID: &id}); err != nil {
			return err
		}
		<-ctx.Done()
		returned <- sink.Send(coder.Workspace{ID: &id})
		return nil
	}})
	ctx, cancel := context.WithCancel(testContext(t))
	stream, err := c.WatchWorkspace(ctx, uuid.New())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := stream.Recv(); err != nil {
		t.Fatal(err)
	}
	cancel()
	if _, err := stream.Recv(); !errors.Is(err, context.Canceled) {
		t.Errorf("Recv after cancel: %v, want context.Canceled", err)
	}
	if _, err := stream.Recv(); !errors.Is(err, context.Canceled) {
		t.Errorf("Recv again: %v, want context.Canceled", err)
	}
	if err := <-returned; err == nil {
		t.Error("Send after the client went away succeeded")
	}
}

// strictEvent is one event as Coder's codersdk.ServerSentEventReader reads
// it: "event: NAME" on a line, then for data and error events exactly one
// "data: JSON" line; blank lines between are skipped, anything else fails.
type strictEvent struct {
	name string
	data []byte
}

func readStrict(r *bufio.Reader) (strictEvent, error) {
	next := func(prefix string) (string, error) {
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				return "", err
			}
			if strings.TrimSpace(line) == "" {
				continue
			}
			value, ok := strings.CutPrefix(line, prefix+": ")
			if !ok {
				return "", fmt.Errorf("expecting %s prefix, got: %q", prefix, line)
			}
			return strings.TrimSpace(value), nil
		}
	}
	name, err := next("event")
	if err != nil {
		return strictEvent{}, err
	}
	switch name {
	case "ping":
		return strictEvent{name: name}, nil
	case "data", "error":
		data, err := next("data")
		return strictEvent{name: name, data: []byte(data)}, err
	}
	return strictEvent{}, fmt.Errorf("unknown event type: %s", name)
}

// TestWatchWireFormat: the frames are the ones Coder's strict reader
// accepts: a ping first, then data events with the workspace as JSON,
// error events with the error body, and a ping at every interval.
func TestWatchWireFormat(t *testing.T) {
	id := uuid.New()
	_, url := watchClient(t, watchServer{watch: func(ctx context.Context, _ uuid.UUID, sink *coder.EventSink[coder.Workspace]) error {
		sink.Send(coder.Workspace{ID: &id, Name: coder.Ptr("line\nbreak")})
		sink.SendError("Internal error fetching workspace.")
		<-ctx.Done()
		return nil
	}}, coder.WithPingInterval(time.Millisecond))
	req, _ := http.NewRequestWithContext(testContext(t), "GET", url+"/api/v2/workspaces/"+id.String()+"/watch", nil)
	req.Header.Set("Coder-Session-Token", aliceToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); resp.StatusCode != 200 || ct != "text/event-stream" {
		t.Fatalf("status %d, content type %q", resp.StatusCode, ct)
	}
	r := bufio.NewReader(resp.Body)
	// Pings may come between any two events; what matters is a ping first,
	// the data event before the error event, and pings afterwards.
	var names []string
	var ws coder.Workspace
	var body coder.Response
	pingsAfter := 0
	for pingsAfter < 2 {
		ev, err := readStrict(r)
		if err != nil {
			t.Fatalf("after %v: %v", names, err)
		}
		switch ev.name {
		case "data":
			if err := json.Unmarshal(ev.data, &ws); err != nil {
				t.Fatal(err)
			}
		case "error":
			if err := json.Unmarshal(ev.data, &body); err != nil {
				t.Fatal(err)
			}
		case "ping":
			if message(&body) != "" {
				pingsAfter++
			}
		}
		names = append(names, ev.name)
	}
	var others []string
	for _, n := range names {
		if n != "ping" {
			others = append(others, n)
		}
	}
	if names[0] != "ping" || strings.Join(others, " ") != "data error" {
		t.Errorf("events %v, want a ping, then data and error among pings", names)
	}
	if *ws.ID != id || *ws.Name != "line\nbreak" || message(&body) != "Internal error fetching workspace." {
		t.Errorf("data %+v, error %q", ws.Name, message(&body))
	}
}

// TestStreamEvents: the client delivers data events as values and error
// events as *StreamError, goes on after both, and ends at the end of the
// stream; an implementation error after the start is an error event.
func TestStreamEvents(t *testing.T) {
	c, _ := watchClient(t, watchServer{watch: func(ctx context.Context, id uuid.UUID, sink *coder.EventSink[coder.Workspace]) error {
		sink.SendError("Internal error fetching workspace.")
		sink.Send(coder.Workspace{ID: &id})
		return errors.New("lost the database")
	}})
	id := uuid.New()
	stream, err := c.WatchWorkspace(testContext(t), id)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for ws, err := range stream.All() {
		var se *coder.StreamError
		switch {
		case errors.As(err, &se):
			got = append(got, "error: "+message(se.Body))
		case err != nil:
			t.Fatal(err)
		default:
			got = append(got, "data: "+ws.ID.String())
		}
	}
	want := []string{"error: Internal error fetching workspace.", "data: " + id.String(), "error: An internal server error occurred."}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("events:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if _, err := stream.Recv(); err == nil {
		t.Error("Recv after All succeeded")
	}
}

// TestStreamFailsBeforeStart: an implementation that fails before sending
// answers with a status, and the client's call returns the *APIError; one
// that returns at once gives an empty stream.
func TestStreamFailsBeforeStart(t *testing.T) {
	c, _ := watchClient(t, watchServer{watch: func(ctx context.Context, id uuid.UUID, sink *coder.EventSink[coder.Workspace]) error {
		if id == uuid.Nil {
			return nil
		}
		return coder.NewAPIError(http.StatusNotFound, "No such workspace.")
	}})
	_, err := c.WatchWorkspace(testContext(t), uuid.New())
	if got := apiError(t, err); got.StatusCode != http.StatusNotFound || message(got.Body) != "No such workspace." {
		t.Errorf("got %v", err)
	}
	stream, err := c.WatchWorkspace(testContext(t), uuid.Nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := stream.Recv(); !errors.Is(err, io.EOF) {
		t.Errorf("empty stream: %v, want io.EOF", err)
	}
}

// TestStreamParser: the client reads the event-stream format beyond what
// Coder sends: comments, CRLF line ends, several data lines, ids, unnamed
// events, events it does not know; a data event that does not decode is an
// error the stream survives; an event over the size limit ends it.
func TestStreamParser(t *testing.T) {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/event-stream")
		io.WriteString(w, ": a comment\r\n\r\n"+
			"event: data\r\nid: 1\r\ndata: {\"name\":\r\ndata: \"one\"}\r\n\r\n"+
			"event: progress\ndata: 50\n\n"+
			"data: {\"name\":\"two\"}\n\n"+
			"event: data\ndata: not json\n\n"+
			"event: error\ndata: plain words\n\n"+
			"event: data\ndata: {\"name\":\""+strings.Repeat("x", 300)+"\"}\n\n")
	}))
	defer ts.Close()
	c, err := coder.NewClient(ts.URL, coder.WithMaxResponseBytes(256))
	if err != nil {
		t.Fatal(err)
	}
	stream, err := c.WatchWorkspace(testContext(t), uuid.New())
	if err != nil {
		t.Fatal(err)
	}
	defer stream.Close()
	for _, want := range []string{"one", "two"} {
		ws, err := stream.Recv()
		if err != nil || ws.Name == nil || *ws.Name != want {
			t.Fatalf("want %s, got %v, %v", want, ws.Name, err)
		}
	}
	if _, err := stream.Recv(); err == nil || !strings.Contains(err.Error(), "decoding a data event") {
		t.Errorf("bad data event: %v", err)
	}
	_, err = stream.Recv()
	var se *coder.StreamError
	if !errors.As(err, &se) || se.Body != nil || err.Error() != "event stream error: plain words" {
		t.Errorf("error event with words: %v", err)
	}
	if _, err := stream.Recv(); err == nil || !strings.Contains(err.Error(), "longer than 256 bytes") {
		t.Errorf("oversized event: %v", err)
	}
}
