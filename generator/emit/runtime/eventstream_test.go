package runtime

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"
)

// recvAll reads s to its end, rendering each result as the value or as
// "err:" and the error's text; a stream goes on after an error event and a
// data event that does not decode.
func recvAll(s *EventStream[int]) []string {
	var got []string
	for {
		v, err := s.Recv()
		switch {
		case errors.Is(err, io.EOF):
			return got
		case err != nil:
			got = append(got, "err:"+err.Error())
			if s.err != nil { // the error that ended the stream
				return got
			}
		default:
			got = append(got, strings.Repeat("I", v))
		}
	}
}

// TestEventStreamRecv: the framing the reader accepts, event by event.
func TestEventStreamRecv(t *testing.T) {
	for _, c := range []struct {
		name, in string
		limit    int64
		want     []string
	}{
		{"data events", "event: data\ndata: 1\n\nevent: data\ndata: 2\n\n", 100, []string{"I", "II"}},
		{"unnamed and message events", "data: 1\n\nevent: message\ndata: 3\n\n", 100, []string{"I", "III"}},
		{"pings, comments and other fields skipped", ": hi\nevent: ping\n\nid: 7\nretry: 5\ndata: 2\n\n", 100, []string{"II"}},
		{"blank lines between events", "\n\n\ndata: 1\n\n", 100, []string{"I"}},
		{"CRLF lines and no space after the colon", "event:data\r\ndata:2\r\n\r\n", 100, []string{"II"}},
		{"data lines join with newlines", "data: 1\ndata: 2\n\ndata: 1\n\n", 100, []string{"err:event stream: decoding a data event: invalid character '2' after top-level value", "I"}},
		{"an error event, then the stream goes on", "event: error\ndata: boom\n\ndata: 1\n\n", 100, []string{"err:event stream error: boom", "I"}},
		{"other event names skipped", "event: other\ndata: 1\n\n", 100, nil},
		{"an event cut off at the end", "data: 1\n", 100, nil},
		{"a last line without its end", "data: 1\n\ndata: 2", 100, []string{"I"}},
		{"a line over the limit", "data: 1234567890\n\n", 8, []string{"err:event stream: a line is longer than 8 bytes"}},
	} {
		s := newEventStream[int](context.Background(), io.NopCloser(strings.NewReader(c.in)), c.limit)
		if got := recvAll(s); strings.Join(got, ",") != strings.Join(c.want, ",") {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// TestEventStreamLongLine: a line longer than the reader's buffer is read
// in pieces.
func TestEventStreamLongLine(t *testing.T) {
	in := "data: " + strings.Repeat(" ", 10000) + "3\n\n"
	s := newEventStream[int](context.Background(), io.NopCloser(strings.NewReader(in)), 1<<20)
	if v, err := s.Recv(); v != 3 || err != nil {
		t.Errorf("Recv = %v, %v; want 3", v, err)
	}
}

// closeRecorder is a body that records being closed.
type closeRecorder struct {
	io.Reader
	closed chan struct{}
}

func (c *closeRecorder) Close() error {
	select {
	case <-c.closed:
	default:
		close(c.closed)
	}
	return nil
}

// TestEventStreamAll: All yields values and stream errors, ends quietly at
// the end of the stream and closes it; the error that ended the stream
// sticks.
func TestEventStreamAll(t *testing.T) {
	body := &closeRecorder{strings.NewReader("data: 1\n\nevent: error\ndata: x\n\ndata: 2\n\n"), make(chan struct{})}
	s := newEventStream[int](context.Background(), body, 100)
	var got []string
	for v, err := range s.All() {
		if err != nil {
			got = append(got, "err")
			continue
		}
		got = append(got, strings.Repeat("I", v))
	}
	if strings.Join(got, ",") != "I,err,II" {
		t.Errorf("All yielded %v", got)
	}
	select {
	case <-body.closed:
	default:
		t.Error("All did not close the stream")
	}
	if _, err := s.Recv(); !errors.Is(err, io.EOF) {
		t.Errorf("Recv after the end = %v, want io.EOF", err)
	}

	// Breaking out of the loop closes the stream too.
	s = newEventStream[int](context.Background(), io.NopCloser(strings.NewReader("data: 1\n\ndata: 2\n\n")), 100)
	for range s.All() {
		break
	}
}

// TestEventStreamContext: once the call's context ends, the body is closed
// and Recv returns the context's error.
func TestEventStreamContext(t *testing.T) {
	pr, pw := io.Pipe()
	defer pw.Close()
	ctx, cancel := context.WithCancel(context.Background())
	s := newEventStream[int](ctx, pr, 100)
	cancel()
	if _, err := s.Recv(); !errors.Is(err, context.Canceled) {
		t.Errorf("Recv after cancel = %v, want context.Canceled", err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("Close = %v", err)
	}
}
