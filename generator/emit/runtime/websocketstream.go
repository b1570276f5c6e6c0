package runtime

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"net"

	"github.com/coder/websocket"
)

// WebSocketStream reads the messages of a WebSocket, each a T in one JSON
// text message, as the Client method of an operation's WebSocket form
// returns it. Read it with Recv or range over All; Close it when done. It
// ends when the server closes it normally, and when the context of the
// call that opened it ends.
type WebSocketStream[T any] struct {
	ctx  context.Context
	conn *websocket.Conn
	// err is the error that ended the stream (io.EOF at its end).
	err error
}

// Recv returns the next message. When the server has closed the WebSocket
// normally (1000) Recv returns io.EOF; once the call's context has ended,
// its error; on any other close, a websocket.CloseError. A message that
// does not decode is an error after which the stream goes on.
func (s *WebSocketStream[T]) Recv() (T, error) {
	var zero T
	if s.err != nil {
		return zero, s.err
	}
	typ, data, err := s.conn.Read(s.ctx)
	if err != nil {
		switch {
		case websocket.CloseStatus(err) == websocket.StatusNormalClosure:
			err = io.EOF
		case s.ctx.Err() != nil:
			err = s.ctx.Err()
		}
		s.err = err
		return zero, err
	}
	if typ != websocket.MessageText {
		return zero, errors.New("websocket: a binary message, want JSON text")
	}
	var v T
	if err := json.Unmarshal(data, &v); err != nil {
		return zero, fmt.Errorf("websocket: decoding a message: %w", err)
	}
	return v, nil
}

// All returns the stream as a sequence for range: (value, nil) for each
// message, (zero, err) for each error Recv returns, the last one being the
// error that ended the stream (none at its normal end). The stream is
// closed when the loop ends.
func (s *WebSocketStream[T]) All() iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		defer s.Close()
		for {
			v, err := s.Recv()
			if err == io.EOF {
				return
			}
			if !yield(v, err) || s.err != nil {
				return
			}
		}
	}
}

// Close ends the stream (normally, 1000) and releases its connection.
func (s *WebSocketStream[T]) Close() error {
	if err := s.conn.Close(websocket.StatusNormalClosure, ""); err != nil && !errors.Is(err, net.ErrClosed) {
		return err
	}
	return nil
}
