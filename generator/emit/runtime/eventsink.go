package runtime

import (
	"context"
	"errors"
	"net/http"
	"sync"
	"time"
)

// EventSink sends an event stream whose `data` events carry a T: a Server's
// streaming method gets one. The stream starts (200, then a `ping` event)
// with the first event sent; until then the method may still fail with an
// error status. While it is open the handler sends a `ping` at every
// ping interval. Sending fails once the client has gone, and the method
// should then return. Send and SendError are safe for concurrent use.
type EventSink[T any] struct {
	w *eventWriter
}

// Send sends v as a `data` event.
func (s *EventSink[T]) Send(v T) error {
	data, err := jwMarshal(&v)
	if err != nil {
		return err
	}
	return s.w.event("data", data)
}

// SendError sends an `error` event saying message; the stream stays open.
func (s *EventSink[T]) SendError(message string) error {
	data, err := jwMarshal(newErrorBody(message, ""))
	if err != nil {
		return err
	}
	return s.w.event("error", data)
}

// eventWriter writes the frames of one event-stream answer. It starts the
// answer on the first event, pings every interval until closed, and
// serializes writes.
type eventWriter struct {
	rw       http.ResponseWriter
	rc       *http.ResponseController
	ctx      context.Context
	interval time.Duration

	mu      sync.Mutex
	started bool
	// err is the first write error, or errStreamClosed; no write follows it.
	err error
	// stop ends the pings; done is closed when they have ended.
	stop, done chan struct{}
}

// errStreamClosed is what sending returns once the handler has returned.
var errStreamClosed = errors.New("event stream: closed")

// newEventWriter starts no answer yet: the first event does.
func newEventWriter(rw http.ResponseWriter, r *http.Request, interval time.Duration) *eventWriter {
	return &eventWriter{
		ctx:      r.Context(),
		interval: interval,
		rc:       http.NewResponseController(rw),
		rw:       rw,
	}
}

// event sends one event, starting the answer first if need be.
func (w *eventWriter) event(name string, data []byte) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if err := w.startLocked(); err != nil {
		return err
	}
	frame := make([]byte, 0, len(name)+len(data)+17)
	frame = append(frame, "event: "...)
	frame = append(frame, name...)
	frame = append(frame, "\ndata: "...)
	frame = append(frame, data...)
	frame = append(frame, "\n\n"...)
	return w.writeLocked(frame)
}

// startLocked starts the answer unless it has started: the headers, the
// status, an initial ping; then the pings.
func (w *eventWriter) startLocked() error {
	if w.err != nil {
		return w.err
	}
	if err := w.ctx.Err(); err != nil {
		return err
	}
	if w.started {
		return nil
	}
	w.started = true
	h := w.rw.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Accel-Buffering", "no")
	w.rw.WriteHeader(http.StatusOK)
	if w.interval > 0 {
		w.stop, w.done = make(chan struct{}), make(chan struct{})
		go w.pings(w.stop, w.done)
	}
	return w.writeLocked([]byte("event: ping\n\n"))
}

// writeLocked writes and flushes frame; the first failure sticks.
func (w *eventWriter) writeLocked(frame []byte) error {
	if w.err != nil {
		return w.err
	}
	_, err := w.rw.Write(frame)
	if err == nil {
		err = w.rc.Flush()
	}
	if err != nil {
		w.err = err
	}
	return err
}

// pings sends a ping every interval until stop is closed or the client has
// gone; then it closes done.
func (w *eventWriter) pings(stop <-chan struct{}, done chan struct{}) {
	defer close(done)
	t := time.NewTicker(w.interval)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-w.ctx.Done():
			return
		case <-t.C:
			w.mu.Lock()
			err := w.writeLocked([]byte("event: ping\n\n"))
			w.mu.Unlock()
			if err != nil {
				return
			}
		}
	}
}

// isStarted reports whether the answer has started.
func (w *eventWriter) isStarted() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.started
}

// close stops the pings and every later write: the handler calls it before
// it returns, as the ResponseWriter must not be used after that.
func (w *eventWriter) close() {
	w.mu.Lock()
	if w.err == nil {
		w.err = errStreamClosed
	}
	stop, done := w.stop, w.done
	w.stop = nil
	w.mu.Unlock()
	if stop != nil {
		close(stop)
		<-done
	}
}
