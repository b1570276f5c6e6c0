package runtime

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
)

// EventStream reads an event stream whose `data` events carry a T, as a
// streaming Client method returns it. Read it with Recv or range over All;
// Close it when done. It ends when the server ends it, and when the
// context of the call that opened it ends.
type EventStream[T any] struct {
	ctx   context.Context
	body  io.ReadCloser
	r     *bufio.Reader
	limit int64
	stop  func() bool
	// err is the error that ended the stream (io.EOF at its end).
	err error
}

// newEventStream reads events from body until ctx ends, which closes body.
func newEventStream[T any](ctx context.Context, body io.ReadCloser, limit int64) *EventStream[T] {
	s := &EventStream[T]{
		body:  body,
		ctx:   ctx,
		limit: limit,
		r:     bufio.NewReader(body),
	}
	s.stop = context.AfterFunc(ctx, func() {
		body.Close()
	})
	return s
}

// Recv returns the value of the next `data` event, skipping pings and
// events of other names. An `error` event is returned as a *StreamError,
// after which the stream goes on; so does it after a `data` event that does
// not decode. At the end of the stream Recv returns io.EOF, and once the
// call's context has ended, its error.
func (s *EventStream[T]) Recv() (T, error) {
	var zero T
	for {
		if s.err != nil {
			return zero, s.err
		}
		name, data, err := s.next()
		if err != nil {
			if ctxErr := s.ctx.Err(); ctxErr != nil {
				err = ctxErr
			}
			s.err = err
			return zero, err
		}
		switch name {
		case "data", "", "message":
			var v T
			if err := json.Unmarshal(data, &v); err != nil {
				return zero, fmt.Errorf("event stream: decoding a data event: %w", err)
			}
			return v, nil
		case "error":
			return zero, newStreamError(data)
		}
	}
}

// All returns the stream as a sequence for range: (value, nil) for each
// `data` event, (zero, err) for each error Recv returns, the last one being
// the error that ended the stream (none at its normal end). The stream is
// closed when the loop ends.
func (s *EventStream[T]) All() iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		defer s.Close()
		for {
			v, err := s.Recv()
			if errors.Is(err, io.EOF) {
				return
			}
			if !yield(v, err) || s.err != nil {
				return
			}
		}
	}
}

// Close ends the stream and releases its connection.
func (s *EventStream[T]) Close() error {
	s.stop()
	return s.body.Close()
}

// next reads one event: its name and its data.
func (s *EventStream[T]) next() (name string, data []byte, err error) {
	seen, hasData := false, false
	for {
		line, err := s.readLine()
		if err != nil {
			return "", nil, err
		}
		switch {
		case len(line) == 0:
			if seen {
				return name, data, nil
			}
			continue
		case line[0] == ':':
			continue
		}
		field, value, _ := bytes.Cut(line, []byte(":"))
		value = bytes.TrimPrefix(value, []byte(" "))
		switch string(field) {
		case "event":
			name, seen = string(value), true
		case "data":
			if hasData {
				data = append(data, '\n')
			}
			data = append(data, value...)
			seen, hasData = true, true
			if int64(len(data)) > s.limit {
				return "", nil, fmt.Errorf("event stream: an event is larger than %d bytes", s.limit)
			}
		}
	}
}

// readLine reads one line without its end (\n or \r\n), failing on lines
// longer than the limit.
func (s *EventStream[T]) readLine() ([]byte, error) {
	var line []byte
	for {
		chunk, err := s.r.ReadSlice('\n')
		line = append(line, chunk...)
		if int64(len(line)) > s.limit {
			return nil, fmt.Errorf("event stream: a line is longer than %d bytes", s.limit)
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err != nil && (err != io.EOF || len(line) == 0):
			return nil, err
		}
		line = bytes.TrimSuffix(line, []byte("\n"))
		return bytes.TrimSuffix(line, []byte("\r")), nil
	}
}
