// Every route of a generated handler runs inside route: a panic in the
// implementation is answered and logged, and trackedWriter records whether
// the answer has started (which decides how a late error can be told).

package runtime

import (
	"bufio"
	"fmt"
	"net"
	"net/http"
	"runtime/debug"
)

// route wraps an operation's handler method so that a panic in the
// implementation is answered 500 with the error body, unless the answer had
// already started (a stream), and is logged.
func (h *handler) route(serve func(http.ResponseWriter, *http.Request)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		tw := &trackedWriter{ResponseWriter: w}
		defer func() {
			v := recover()
			if v == nil {
				return
			}
			if v == http.ErrAbortHandler {
				panic(v)
			}
			h.logError(r, fmt.Errorf("panic: %v\n%s", v, debug.Stack()))
			if !tw.wrote {
				h.writeError(tw, r, internalError())
			}
		}()
		serve(tw, r)
	}
}

// trackedWriter records whether an answer has started. Unwrap lets
// http.ResponseController reach the connection's Flush.
type trackedWriter struct {
	http.ResponseWriter
	wrote bool
}

func (w *trackedWriter) WriteHeader(status int) {
	w.wrote = true
	w.ResponseWriter.WriteHeader(status)
}

func (w *trackedWriter) Write(b []byte) (int, error) {
	w.wrote = true
	return w.ResponseWriter.Write(b)
}

func (w *trackedWriter) Unwrap() http.ResponseWriter {
	return w.ResponseWriter
}

// Hijack hands the connection to a WebSocket library; the answer has then
// started, as far as the handler is concerned.
func (w *trackedWriter) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	w.wrote = true
	return http.NewResponseController(w.ResponseWriter).Hijack()
}
