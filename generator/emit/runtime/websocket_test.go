package runtime

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
)

// serveSink serves each request with a WebSocketSink handed to send, then
// closes the WebSocket as serveWebSocket does: normally after send, or with
// 1011 when send fails.
func serveSink(t *testing.T, interval time.Duration, send func(ctx context.Context, s *WebSocketSink[int]) error) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, gone := context.WithCancel(r.Context())
		defer gone()
		s := &WebSocketSink[int]{w: w, r: r, ctx: ctx, gone: gone, interval: interval}
		err := send(ctx, s)
		conn, upErr := s.end()
		if upErr != nil {
			t.Errorf("upgrade: %v", upErr)
			return
		}
		if err != nil {
			conn.Close(websocket.StatusInternalError, "")
			return
		}
		conn.Close(websocket.StatusNormalClosure, "")
	}))
	t.Cleanup(srv.Close)
	return srv
}

// dialStream dials srv and reads it as a WebSocketStream.
func dialStream[T any](t *testing.T, ctx context.Context, srv *httptest.Server) *WebSocketStream[T] {
	conn, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(srv.URL, "http"), nil)
	if err != nil {
		t.Fatal(err)
	}
	return &WebSocketStream[T]{ctx: ctx, conn: conn}
}

// TestWebSocketRoundTrip: what the sink sends, the stream receives, one JSON
// text message each; a normal close ends the stream with io.EOF (quietly
// for All), and sending after the end fails.
func TestWebSocketRoundTrip(t *testing.T) {
	var after error
	var sink *WebSocketSink[int]
	// Each heartbeat waits one interval for its pong and ends the
	// connection without it: 1 ms was too short on a loaded machine (the
	// stream ended with EOF instead of a normal close), 50 ms is not.
	srv := serveSink(t, 50*time.Millisecond, func(ctx context.Context, s *WebSocketSink[int]) error {
		sink = s
		for i := 1; i <= 3; i++ {
			if err := s.Send(ctx, i); err != nil {
				return err
			}
		}
		time.Sleep(120 * time.Millisecond) // two heartbeats
		return nil
	})
	ctx := context.Background()
	var got []int
	for v, err := range dialStream[int](t, ctx, srv).All() {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, v)
	}
	if len(got) != 3 || got[0] != 1 || got[2] != 3 {
		t.Errorf("received %v, want [1 2 3]", got)
	}
	after = sink.Send(ctx, 4)
	if !errors.Is(after, errWebSocketEnded) {
		t.Errorf("Send after the end = %v, want errWebSocketEnded", after)
	}
}

// TestWebSocketStreamErrors: a message that does not decode, or is binary,
// is an error after which the stream goes on; a close other than normal
// ends it with that close's error, which sticks.
func TestWebSocketStreamErrors(t *testing.T) {
	srv := serveSink(t, 0, func(ctx context.Context, s *WebSocketSink[int]) error {
		conn, err := s.upgrade()
		if err != nil {
			return err
		}
		conn.Write(ctx, websocket.MessageText, []byte(`"x"`))
		conn.Write(ctx, websocket.MessageBinary, []byte(`1`))
		conn.Write(ctx, websocket.MessageText, []byte(`2`))
		return errors.New("failed")
	})
	s := dialStream[int](t, context.Background(), srv)
	if _, err := s.Recv(); err == nil || !strings.Contains(err.Error(), "decoding a message") {
		t.Errorf("Recv of a string = %v", err)
	}
	if _, err := s.Recv(); err == nil || !strings.Contains(err.Error(), "binary") {
		t.Errorf("Recv of a binary message = %v", err)
	}
	if v, err := s.Recv(); v != 2 || err != nil {
		t.Errorf("Recv = %v, %v; want 2", v, err)
	}
	_, err := s.Recv()
	if websocket.CloseStatus(err) != websocket.StatusInternalError {
		t.Errorf("Recv at a 1011 close = %v", err)
	}
	if _, again := s.Recv(); again != err {
		t.Errorf("the error did not stick: %v", again)
	}
	if err := s.Close(); err != nil {
		t.Errorf("Close after the server closed = %v", err)
	}
}

// TestWebSocketStreamContext: once the call's context ends, Recv returns
// its error.
func TestWebSocketStreamContext(t *testing.T) {
	release := make(chan struct{})
	srv := serveSink(t, 0, func(ctx context.Context, s *WebSocketSink[int]) error {
		if _, err := s.upgrade(); err != nil {
			return err
		}
		<-release
		return nil
	})
	defer close(release)
	ctx, cancel := context.WithCancel(context.Background())
	s := dialStream[int](t, ctx, srv)
	cancel()
	if _, err := s.Recv(); !errors.Is(err, context.Canceled) {
		t.Errorf("Recv after cancel = %v, want context.Canceled", err)
	}
	var stopped bool
	for _, err := range s.All() {
		stopped = err != nil
	}
	if !stopped {
		t.Error("All did not yield the error that ended the stream")
	}
}

// TestWebSocketSinkUpgradeFailure: a request that is no handshake fails the
// upgrade, and every Send after it.
func TestWebSocketSinkUpgradeFailure(t *testing.T) {
	rec := httptest.NewRecorder()
	ctx, gone := context.WithCancel(context.Background())
	defer gone()
	s := &WebSocketSink[int]{w: rec, r: httptest.NewRequest("GET", "/", nil), ctx: ctx, gone: gone}
	if err := s.Send(ctx, 1); err == nil {
		t.Fatal("Send upgraded a plain request")
	}
	if err := s.Send(ctx, 2); err == nil {
		t.Error("second Send succeeded")
	}
	if err := (&WebSocketSink[func()]{}).Send(ctx, func() {}); err == nil || !strings.Contains(err.Error(), "encoding") {
		t.Errorf("Send of a func = %v", err)
	}
	if _, err := s.end(); err == nil {
		t.Error("end lost the upgrade's error")
	}
}

// TestWebSocketSinkHeartbeat: a ping the client does not answer within the
// interval ends the method's context.
func TestWebSocketSinkHeartbeat(t *testing.T) {
	ended := make(chan struct{})
	srv := serveSink(t, 5*time.Millisecond, func(ctx context.Context, s *WebSocketSink[int]) error {
		if _, err := s.upgrade(); err != nil {
			return err
		}
		<-ctx.Done()
		close(ended)
		return nil
	})
	// A raw connection that never reads answers no ping.
	conn, _, err := websocket.Dial(context.Background(), "ws"+strings.TrimPrefix(srv.URL, "http"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.CloseNow()
	select {
	case <-ended:
	case <-time.After(5 * time.Second):
		t.Fatal("the method's context did not end")
	}
}

func TestHeaderHasToken(t *testing.T) {
	h := http.Header{}
	h.Add("Connection", "keep-alive, Upgrade")
	h.Add("Upgrade", "h2c")
	h.Add("Upgrade", "WebSocket")
	for _, c := range []struct {
		key, token string
		want       bool
	}{
		{"Connection", "upgrade", true},
		{"Connection", "close", false},
		{"Upgrade", "websocket", true},
		{"Sec-WebSocket-Key", "x", false},
	} {
		if got := headerHasToken(h, c.key, c.token); got != c.want {
			t.Errorf("headerHasToken(%s, %s) = %v, want %v", c.key, c.token, got, c.want)
		}
	}
}
