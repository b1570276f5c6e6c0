package runtime

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/coder/websocket"
)

// WebSocketSink sends the messages of a WebSocket, each a T as one JSON text
// message: a Server method serving an operation's WebSocket form gets one.
// The connection is upgraded with the first message. Send is safe for
// concurrent use; it fails once the client has gone or the method has
// returned.
type WebSocketSink[T any] struct {
	w http.ResponseWriter
	r *http.Request
	// ctx is the method's; gone ends it when the client closes or leaves.
	ctx  context.Context
	gone context.CancelFunc
	// interval is how often the connection is pinged; 0 for never.
	interval time.Duration

	mu   sync.Mutex
	conn *websocket.Conn
	// err is why the sink cannot send: the upgrade failed, or it ended.
	err error
}

// errWebSocketEnded is what sending returns once the method has returned.
var errWebSocketEnded = errors.New("websocket: the method has returned")

// Send sends v as one JSON text message, upgrading the connection first if
// it is the first.
func (s *WebSocketSink[T]) Send(ctx context.Context, v T) error {
	data, err := jwMarshal(&v)
	if err != nil {
		return fmt.Errorf("websocket: encoding a message: %w", err)
	}
	conn, err := s.upgrade()
	if err != nil {
		return err
	}
	return conn.Write(ctx, websocket.MessageText, data)
}

// upgrade accepts the WebSocket unless it is accepted. From then on the
// connection is read (which answers pings and the close handshake) and
// pinged, and the method's context ends when the client closes it, goes
// away or does not answer a ping.
func (s *WebSocketSink[T]) upgrade() (*websocket.Conn, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.conn == nil && s.err == nil {
		s.conn, s.err = websocket.Accept(s.w, s.r, &websocket.AcceptOptions{CompressionMode: websocket.CompressionDisabled})
		if s.err == nil {
			context.AfterFunc(s.conn.CloseRead(s.ctx), s.gone)
			if s.interval > 0 {
				go s.heartbeat(s.conn)
			}
		}
	}
	if s.err != nil {
		return nil, s.err
	}
	return s.conn, nil
}

// heartbeat pings conn every interval until the method's context ends; a
// ping not answered within the interval ends it, as Coder's heartbeat does.
func (s *WebSocketSink[T]) heartbeat(conn *websocket.Conn) {
	ticker := time.NewTicker(s.interval)
	defer ticker.Stop()
	for {
		select {
		case <-s.ctx.Done():
			return
		case <-ticker.C:
		}
		ctx, cancel := context.WithTimeout(s.ctx, s.interval)
		err := conn.Ping(ctx)
		cancel()
		if err != nil {
			s.gone()
			return
		}
	}
}

// end stops sending and returns the connection, if upgraded, and the error
// of an upgrade that failed.
func (s *WebSocketSink[T]) end() (*websocket.Conn, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	conn, err := s.conn, s.err
	s.err = errWebSocketEnded
	return conn, err
}

// headerHasToken reports whether a value of the header key lists token,
// in any case.
func headerHasToken(header http.Header, key, token string) bool {
	for _, v := range header.Values(key) {
		for _, t := range strings.Split(v, ",") {
			if strings.EqualFold(strings.TrimSpace(t), token) {
				return true
			}
		}
	}
	return false
}
