package runtime

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// followServer serves every request with serveWebSocket and follow.
func followServer(t *testing.T, logged io.Writer, follow func(context.Context, *WebSocketSink[int]) error) *httptest.Server {
	h := &handler{log: slog.New(slog.NewTextHandler(logged, nil))}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		serveWebSocket(h, w, r, follow)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// TestWebSocketEnds: what the Server method sends, dialWebSocket's stream
// receives, through an *http.Client or any other Doer; an error before the
// upgrade is an answer the client reads as an *APIError, one after it a
// 1011 close and a log line; a request that is no handshake is answered
// 426; a failed dial shows no query.
func TestWebSocketEnds(t *testing.T) {
	var logged bytes.Buffer
	refused := NewAPIError(http.StatusForbidden, "Not yours.")
	srv := followServer(t, &logged, func(ctx context.Context, s *WebSocketSink[int]) error {
		switch s.r.URL.Query().Get("case") {
		case "refuse":
			return refused
		case "late":
			if err := s.Send(ctx, 1); err != nil {
				return err
			}
			return errors.New("database gone")
		case "quiet":
			return nil
		}
		for i := 1; i <= 2; i++ {
			if err := s.Send(ctx, i); err != nil {
				return err
			}
		}
		return nil
	})
	ctx := context.Background()
	viaClient := &Client{server: srv.URL, doer: srv.Client(), maxResponseBytes: 1 << 10}
	viaDoer := &Client{server: srv.URL, doer: doerFunc(srv.Client().Do), maxResponseBytes: 1 << 10}
	for _, c := range []*Client{viaClient, viaDoer} {
		st, err := dialWebSocket[int](ctx, c, &clientCall{method: "GET", path: "/follow"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		var got []int
		for v, err := range st.All() {
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, v)
		}
		if len(got) != 2 || got[0] != 1 || got[1] != 2 {
			t.Errorf("received %v, want [1 2]", got)
		}
	}
	st, err := dialWebSocket[int](ctx, viaClient, &clientCall{method: "GET", path: "/follow", query: url.Values{"case": {"quiet"}}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Recv(); !errors.Is(err, io.EOF) {
		t.Errorf("a method that sent nothing: %v, want the upgrade and a normal close", err)
	}

	var apiErr *APIError
	_, err = dialWebSocket[int](ctx, viaClient, &clientCall{method: "GET", path: "/follow", query: url.Values{"case": {"refuse"}}}, nil)
	if !errors.As(err, &apiErr) || apiErr.StatusCode != 403 || apiErr.Body == nil || apiErr.Body.Message != "Not yours." {
		t.Errorf("an error before the upgrade: %v", err)
	}

	st, err = dialWebSocket[int](ctx, viaClient, &clientCall{method: "GET", path: "/follow", query: url.Values{"case": {"late"}}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if v, err := st.Recv(); v != 1 || err != nil {
		t.Errorf("first message %d, %v", v, err)
	}
	if _, err := st.Recv(); err == nil || errors.Is(err, io.EOF) {
		t.Errorf("a failure after the upgrade ended the stream with %v, want an error", err)
	}
	if !strings.Contains(logged.String(), "database gone") {
		t.Errorf("the late failure was not logged:\n%s", logged.String())
	}

	resp, err := srv.Client().Get(srv.URL + "/follow")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUpgradeRequired || resp.Header.Get("Upgrade") != "websocket" {
		t.Errorf("a plain request: %d %v", resp.StatusCode, resp.Header)
	}

	down := &Client{server: "http://127.0.0.1:1", doer: http.DefaultClient}
	_, err = dialWebSocket[int](ctx, down, &clientCall{method: "GET", path: "/follow", query: url.Values{"key": {"SECRET"}}}, nil)
	if err == nil || strings.Contains(err.Error(), "SECRET") {
		t.Errorf("a failed dial: %v", err)
	}
	refusing := func(context.Context, *http.Request) error { return errors.New("no") }
	if _, err := dialWebSocket[int](ctx, viaClient, &clientCall{method: "GET", path: "/follow"}, []RequestEditor{refusing}); err == nil {
		t.Error("an editor's refusal did not stop the dial")
	}
}
