package runtime

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncRecorder is an httptest.ResponseRecorder that the ping goroutine and
// the test may use at once.
type syncRecorder struct {
	mu sync.Mutex
	*httptest.ResponseRecorder
}

func (r *syncRecorder) Write(b []byte) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.ResponseRecorder.Write(b)
}

func (r *syncRecorder) body() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.Body.String()
}

// TestEventSink: the answer starts with the first event (headers, 200, a
// ping), events are framed as "event: NAME\ndata: JSON\n\n", and nothing is
// written after close.
func TestEventSink(t *testing.T) {
	rec := &syncRecorder{ResponseRecorder: httptest.NewRecorder()}
	w := newEventWriter(rec, httptest.NewRequest("GET", "/", nil), 0)
	if w.isStarted() {
		t.Fatal("started before the first event")
	}
	sink := &EventSink[map[string]int]{w: w}
	if err := sink.Send(map[string]int{"a": 1}); err != nil {
		t.Fatal(err)
	}
	if err := sink.SendError("bad"); err != nil {
		t.Fatal(err)
	}
	if err := sink.Send(map[string]int{"b": 2}); err != nil {
		t.Fatal(err)
	}
	w.close()
	if err := sink.Send(nil); !errors.Is(err, errStreamClosed) {
		t.Errorf("Send after close = %v, want errStreamClosed", err)
	}
	want := "event: ping\n\n" +
		"event: data\ndata: {\"a\":1}\n\n" +
		"event: error\ndata: {\"detail\":\"\",\"message\":\"bad\"}\n\n" +
		"event: data\ndata: {\"b\":2}\n\n"
	if got := rec.body(); got != want {
		t.Errorf("body:\n%q\nwant\n%q", got, want)
	}
	if !w.isStarted() || rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != "text/event-stream" ||
		rec.Header().Get("Cache-Control") != "no-cache" || !rec.Flushed {
		t.Errorf("status %d, headers %v, flushed %v", rec.Code, rec.Header(), rec.Flushed)
	}
}

// TestEventSinkErrors: a value that does not encode is an error and sends
// nothing; a request whose context has ended sends nothing.
func TestEventSinkErrors(t *testing.T) {
	rec := httptest.NewRecorder()
	sink := &EventSink[func()]{w: newEventWriter(rec, httptest.NewRequest("GET", "/", nil), 0)}
	if err := sink.Send(func() {}); err == nil {
		t.Error("Send of a func succeeded")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	w := newEventWriter(rec, httptest.NewRequest("GET", "/", nil).WithContext(ctx), 0)
	if err := w.event("data", nil); !errors.Is(err, context.Canceled) {
		t.Errorf("event on an ended request = %v, want context.Canceled", err)
	}
	if rec.Body.Len() != 0 {
		t.Errorf("wrote %q", rec.Body.String())
	}
}

// failingWriter fails every write, as a ResponseWriter does once the
// client has gone.
type failingWriter struct{ http.ResponseWriter }

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("gone") }

// TestEventSinkWriteFailure: the first failed write sticks.
func TestEventSinkWriteFailure(t *testing.T) {
	w := newEventWriter(failingWriter{httptest.NewRecorder()}, httptest.NewRequest("GET", "/", nil), 0)
	if err := w.event("data", nil); err == nil || err.Error() != "gone" {
		t.Errorf("event = %v, want gone", err)
	}
	if err := w.event("data", nil); err == nil || err.Error() != "gone" {
		t.Errorf("second event = %v, want gone", err)
	}
	w.close()
}

// TestEventSinkPings: while open the writer pings every interval; close
// stops the pings before it returns, and so does the request's end.
func TestEventSinkPings(t *testing.T) {
	rec := &syncRecorder{ResponseRecorder: httptest.NewRecorder()}
	ctx, cancel := context.WithCancel(context.Background())
	w := newEventWriter(rec, httptest.NewRequest("GET", "/", nil).WithContext(ctx), time.Millisecond)
	if err := w.event("data", []byte("1")); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(5 * time.Second)
	for strings.Count(rec.body(), "event: ping") < 3 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if n := strings.Count(rec.body(), "event: ping"); n < 3 {
		t.Fatalf("%d pings in 5s", n)
	}
	cancel()
	<-w.done
	w.close()
	after := rec.body()
	time.Sleep(5 * time.Millisecond)
	if rec.body() != after {
		t.Error("pinged after close")
	}

	// A ping that fails ends the pings.
	fw := newEventWriter(failingWriter{httptest.NewRecorder()}, httptest.NewRequest("GET", "/", nil), time.Millisecond)
	fw.mu.Lock()
	fw.started = true
	fw.stop, fw.done = make(chan struct{}), make(chan struct{})
	go fw.pings(fw.stop, fw.done)
	fw.mu.Unlock()
	<-fw.done
	fw.close()
}
