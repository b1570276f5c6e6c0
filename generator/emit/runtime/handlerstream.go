// The ends of answers that outlive the route's return value: an event
// stream, and a connection upgraded to a WebSocket.

package runtime

import "net/http"

// endStream finishes a streaming answer once the implementation returned
// err. Before the stream started an error is answered like any other;
// after, it is sent as an `error` event. A stream that never started is
// started, so that the client sees an empty stream, not a missing answer.
func (h *handler) endStream(w http.ResponseWriter, r *http.Request, s *eventWriter, err error) {
	defer s.close()
	switch {
	case err != nil && !s.isStarted():
		h.fail(w, r, err)
	case err != nil:
		body := h.apiError(r, err).Body
		if body == nil {
			body = internalError().Body
		}
		_ = s.event("error", mustJSON(body))
	default:
		s.mu.Lock()
		_ = s.startLocked()
		s.mu.Unlock()
	}
}

// endUpgrade finishes a WebSocket operation whose implementation returned
// err: before the upgrade (nothing written yet) it is answered like any
// other error; after, the connection is the implementation's, and the
// error is only logged.
func (h *handler) endUpgrade(w http.ResponseWriter, r *http.Request, err error) {
	if err == nil {
		return
	}
	if tw, ok := w.(*trackedWriter); ok && tw.wrote {
		h.logError(r, err)
		return
	}
	h.fail(w, r, err)
}
