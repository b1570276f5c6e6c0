// Every route of a generated handler runs inside routed.ServeHTTP: a panic
// in the implementation is answered and logged, and trackedWriter records
// whether the answer has started (which decides how a late error can be
// told). The routes are a table of data (handlerRoutes in server.gen.go),
// not a closure per route: a package of hundreds of operations compiles
// them as one small function instead of hundreds.

package runtime

import (
	"bufio"
	"fmt"
	"net"
	"net/http"
	"runtime/debug"
)

// handlerRoute is one net/http.ServeMux pattern of the handler and the
// method that serves it. Where operations share the pattern, others are
// the rest, most specific first: the first whose match takes the request
// serves it, and serve only when none does (it answers 404 itself when its
// path does not fit either).
type handlerRoute struct {
	pattern string
	others  []routeChoice
	serve   func(*handler, http.ResponseWriter, *http.Request)
}

// routeChoice is an operation that shares its route with others: match
// reports whether the request's path is the operation's.
type routeChoice struct {
	match func(*handler, *http.Request) ([]string, bool)
	serve func(*handler, http.ResponseWriter, *http.Request)
}

// routed is what the handler registers for a route.
type routed struct {
	h     *handler
	route *handlerRoute
}

// ServeHTTP serves r with the route's method, so that a panic in the
// implementation is answered 500 with the error body, unless the answer had
// already started (a stream), and is logged.
func (rt routed) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := rt.h
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
	serve := rt.route.serve
	for _, c := range rt.route.others {
		if _, ok := c.match(h, r); ok {
			serve = c.serve
			break
		}
	}
	serve(h, tw, r)
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
