package want

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
)

// This file is hand-written: the generated client follows the logs of the
// generated handler over a WebSocket (x-websocket-follow).

const token = "secret"

// jobs serves the logs of job "done" (lines 1 to 5) and answers 404 for
// other jobs, except "broken", whose follow form fails after one line, and
// "live", whose follow form sends one line and waits for the client to go.
type jobs struct {
	Unimplemented
	gone chan struct{} // closed when "live" saw its context end
}

func lines(after int64) []LogLine {
	var out []LogLine
	for id := after + 1; id <= 5; id++ {
		out = append(out, LogLine{ID: id, Output: "line"})
	}
	return out
}

func (j *jobs) GetJobLogs(ctx context.Context, job string, params GetJobLogsParams) ([]LogLine, error) {
	if job != "done" {
		return nil, NewAPIError(http.StatusNotFound, "no such job")
	}
	return lines(0), nil
}

func (j *jobs) FollowJobLogs(ctx context.Context, job string, params GetJobLogsParams, sink *WebSocketSink[LogLine]) error {
	switch job {
	case "done":
		var after int64
		if params.After != nil {
			after = *params.After
		}
		for _, l := range lines(after) {
			if err := sink.Send(ctx, l); err != nil {
				return err
			}
		}
		return nil
	case "quiet":
		return nil
	case "broken":
		if err := sink.Send(ctx, LogLine{ID: 1, Output: "starting"}); err != nil {
			return err
		}
		return errors.New("the job's log store failed")
	case "live":
		if err := sink.Send(ctx, LogLine{ID: 1, Output: "starting"}); err != nil {
			return err
		}
		<-ctx.Done()
		close(j.gone)
		return nil
	}
	return NewAPIError(http.StatusNotFound, "no such job")
}

func auth(ctx context.Context, tok string) (context.Context, error) {
	if tok != token {
		return nil, NewAPIError(http.StatusUnauthorized, "bad token")
	}
	return ctx, nil
}

func newFollowClient(t *testing.T, tok string) (*Client, *jobs, *httptest.Server) {
	t.Helper()
	srv := &jobs{gone: make(chan struct{})}
	ts := httptest.NewServer(NewHandler(srv, WithAuthenticator(auth)))
	t.Cleanup(ts.Close)
	c, err := NewClient(ts.URL, WithToken(tok), WithHTTPClient(ts.Client()))
	if err != nil {
		t.Fatal(err)
	}
	return c, srv, ts
}

func ids(t *testing.T, s *WebSocketStream[LogLine]) []int64 {
	t.Helper()
	var out []int64
	for l, err := range s.All() {
		if err != nil {
			t.Fatalf("after %v: %v", out, err)
		}
		out = append(out, l.ID)
	}
	return out
}

func TestFollowStreamsLogsAfterAndEndsNormally(t *testing.T) {
	c, _, _ := newFollowClient(t, token)
	s, err := c.FollowJobLogs(t.Context(), "done", GetJobLogsParams{After: Ptr(int64(2))})
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(t, s); !slices.Equal(got, []int64{3, 4, 5}) {
		t.Errorf("ids %v, want 3 4 5", got)
	}
	if _, err := s.Recv(); err != io.EOF {
		t.Errorf("Recv after the end: %v, want io.EOF", err)
	}
}

func TestFollowPlainFormStaysJSON(t *testing.T) {
	c, _, _ := newFollowClient(t, token)
	// The params have no Follow: its presence alone selects the
	// WebSocket, so only FollowJobLogs sends it.
	got, err := c.GetJobLogs(t.Context(), "done", GetJobLogsParams{})
	if err != nil || len(got) != 5 {
		t.Fatalf("%d logs, %v", len(got), err)
	}
}

func TestFollowWithoutMessagesClosesNormally(t *testing.T) {
	c, _, _ := newFollowClient(t, token)
	s, err := c.FollowJobLogs(t.Context(), "quiet", GetJobLogsParams{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Recv(); err != io.EOF {
		t.Errorf("Recv: %v, want io.EOF", err)
	}
}

func TestFollowErrorBeforeUpgradeIsAnAnswer(t *testing.T) {
	c, _, _ := newFollowClient(t, token)
	_, err := c.FollowJobLogs(t.Context(), "missing", GetJobLogsParams{})
	var apiErr *APIError
	if !errors.As(err, &apiErr) || apiErr.StatusCode != 404 || apiErr.Body == nil || apiErr.Body.Message != "no such job" {
		t.Fatalf("err %v, want a 404 *APIError with the error body", err)
	}
}

func TestFollowChecksCredentialsAndParametersFirst(t *testing.T) {
	c, _, _ := newFollowClient(t, "wrong")
	_, err := c.FollowJobLogs(t.Context(), "done", GetJobLogsParams{})
	var apiErr *APIError
	if !errors.As(err, &apiErr) || apiErr.StatusCode != 401 {
		t.Fatalf("wrong token: %v, want a 401 *APIError", err)
	}
	c, _, _ = newFollowClient(t, token)
	badAfter := func(ctx context.Context, req *http.Request) error {
		req.URL.RawQuery = "after=soon&follow"
		return nil
	}
	_, err = c.FollowJobLogs(t.Context(), "done", GetJobLogsParams{}, badAfter)
	if !errors.As(err, &apiErr) || apiErr.StatusCode != 400 {
		t.Fatalf("after=soon: %v, want a 400 *APIError", err)
	}
}

func TestFollowErrorAfterUpgradeClosesWithInternalError(t *testing.T) {
	c, _, _ := newFollowClient(t, token)
	s, err := c.FollowJobLogs(t.Context(), "broken", GetJobLogsParams{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if l, err := s.Recv(); err != nil || l.ID != 1 {
		t.Fatalf("first: %+v, %v", l, err)
	}
	_, err = s.Recv()
	if websocket.CloseStatus(err) != websocket.StatusInternalError {
		t.Fatalf("Recv: %v, want a close with 1011", err)
	}
	var ce websocket.CloseError
	if errors.As(err, &ce) && ce.Reason != "internal error" {
		t.Errorf("close reason %q: the implementation's error must not reach the client", ce.Reason)
	}
}

// TestFollowContextEndsWhenClientLeaves: closing the stream ends the
// method's context (the test hangs, and fails at its deadline, if not).
func TestFollowContextEndsWhenClientLeaves(t *testing.T) {
	c, srv, _ := newFollowClient(t, token)
	s, err := c.FollowJobLogs(t.Context(), "live", GetJobLogsParams{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Recv(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	<-srv.gone
}

// TestFollowSelectedByPresence: like Coder, the query parameter selects the
// WebSocket with any value or none (Coder's SDK sends ?follow).
func TestFollowSelectedByPresence(t *testing.T) {
	_, _, ts := newFollowClient(t, token)
	for _, query := range []string{"follow", "follow=false", "follow=&after=4"} {
		conn, _, err := websocket.Dial(t.Context(), ts.URL+"/jobs/done/logs?"+query, &websocket.DialOptions{
			HTTPHeader: http.Header{"X-Token": {token}},
		})
		if err != nil {
			t.Fatalf("?%s: %v", query, err)
		}
		typ, data, err := conn.Read(t.Context())
		if err != nil || typ != websocket.MessageText || len(data) == 0 || data[0] != '{' {
			t.Errorf("?%s: %v %q %v", query, typ, data, err)
		}
		conn.CloseNow()
	}
}

// TestFollowDropsClientThatDoesNotAnswerPings: the handler pings an open
// WebSocket every ping interval, as Coder does; a client that never reads
// never answers, and the method's context ends (the test hangs, and fails
// at its deadline, if not).
func TestFollowDropsClientThatDoesNotAnswerPings(t *testing.T) {
	srv := &jobs{gone: make(chan struct{})}
	ts := httptest.NewServer(NewHandler(srv, WithAuthenticator(auth), WithPingInterval(10*time.Millisecond)))
	defer ts.Close()
	conn, _, err := websocket.Dial(t.Context(), ts.URL+"/jobs/live/logs?follow", &websocket.DialOptions{
		HTTPHeader: http.Header{"X-Token": {token}},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.CloseNow()
	<-srv.gone
}

// TestFollowDialErrorHidesQuery: a failed dial's error shows the URL
// without its query, where a credential may travel, like every other
// request's.
func TestFollowDialErrorHidesQuery(t *testing.T) {
	ts := httptest.NewServer(http.NotFoundHandler())
	gone := ts.URL
	ts.Close()
	c, err := NewClient(gone, WithToken(token))
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.FollowJobLogs(t.Context(), "done", GetJobLogsParams{After: Ptr(int64(77))})
	var urlErr *url.Error
	if !errors.As(err, &urlErr) {
		t.Fatalf("err %v (%T), want a *url.Error", err, err)
	}
	// Not "77" alone: the refused port may contain it.
	if strings.Contains(err.Error(), "?") || strings.Contains(err.Error(), "after=") {
		t.Errorf("the error shows the query: %v", err)
	}
}

// TestFollowWithoutHandshakeIs426: a plain request with the parameter is
// answered 426 with the error body, before the method runs ("live" would
// never return).
func TestFollowWithoutHandshakeIs426(t *testing.T) {
	_, _, ts := newFollowClient(t, token)
	req, err := http.NewRequestWithContext(t.Context(), http.MethodGet, ts.URL+"/jobs/live/logs?follow=true", nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("X-Token", token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var body ErrorBody
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil || resp.StatusCode != http.StatusUpgradeRequired || resp.Header.Get("Upgrade") != "websocket" {
		t.Errorf("%d %q %+v %v", resp.StatusCode, resp.Header.Get("Upgrade"), body, err)
	}
}
