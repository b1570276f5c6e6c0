package runtime

import (
	"bytes"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// serveWith is a route served by serve alone.
func serveWith(h *handler, serve func(http.ResponseWriter, *http.Request)) routed {
	return routed{h: h, route: &handlerRoute{pattern: "GET /", serve: func(_ *handler, w http.ResponseWriter, r *http.Request) { serve(w, r) }}}
}

// TestHandlerRoute: a panic before the answer started is answered 500 with
// the error body and logged; one after it only logged; http.ErrAbortHandler
// is passed on; trackedWriter records the start and unwraps.
func TestHandlerRoute(t *testing.T) {
	var logged bytes.Buffer
	h := &handler{log: slog.New(slog.NewTextHandler(&logged, nil))}
	rec := httptest.NewRecorder()
	serveWith(h, func(http.ResponseWriter, *http.Request) { panic("boom") }).ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if got := answered(rec); got.status != 500 || !strings.Contains(got.body, "An internal server error occurred.") {
		t.Errorf("panic before the answer: %+v", got)
	}
	rec = httptest.NewRecorder()
	serveWith(h, func(w http.ResponseWriter, _ *http.Request) {
		_, _ = w.Write([]byte("half"))
		panic("late")
	}).ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if got := answered(rec); got.status != 200 || got.body != "half" {
		t.Errorf("panic after the answer started: %+v", got)
	}
	if !strings.Contains(logged.String(), "panic: boom") || !strings.Contains(logged.String(), "panic: late") {
		t.Errorf("panics not logged:\n%s", logged.String())
	}
	rec = httptest.NewRecorder()
	serveWith(h, func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusNoContent) }).ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if rec.Code != http.StatusNoContent {
		t.Errorf("an answer through the route: %d", rec.Code)
	}
	defer func() {
		if v := recover(); v != http.ErrAbortHandler {
			t.Errorf("recovered %v, want http.ErrAbortHandler passed on", v)
		}
	}()
	tw := &trackedWriter{ResponseWriter: rec}
	if tw.Unwrap() != rec {
		t.Error("Unwrap is not the wrapped writer")
	}
	serveWith(h, func(http.ResponseWriter, *http.Request) { panic(http.ErrAbortHandler) }).ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil))
}

// TestSharedRoute: operations sharing a pattern are tried in order, the
// first whose match takes the path serves it, the route's own method when
// none does; a panic in a match is answered like one in a method.
func TestSharedRoute(t *testing.T) {
	says := func(text string) func(*handler, http.ResponseWriter, *http.Request) {
		return func(_ *handler, w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte(text)) }
	}
	suffix := func(s string) func(*handler, *http.Request) ([]string, bool) {
		return func(_ *handler, r *http.Request) ([]string, bool) { return nil, strings.HasSuffix(r.URL.Path, s) }
	}
	route := &handlerRoute{pattern: "GET /files/{name}", others: []routeChoice{
		{match: suffix(".png"), serve: says("png")},
		{match: suffix("g"), serve: says("g")},
	}, serve: says("other")}
	h := &handler{log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	for path, want := range map[string]string{"/files/a.png": "png", "/files/a.jpg": "g", "/files/a.txt": "other"} {
		rec := httptest.NewRecorder()
		routed{h: h, route: route}.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		if got := rec.Body.String(); got != want {
			t.Errorf("%s served by %q, want %q", path, got, want)
		}
	}
	route.others[0].match = func(*handler, *http.Request) ([]string, bool) { panic("match") }
	rec := httptest.NewRecorder()
	routed{h: h, route: route}.ServeHTTP(rec, httptest.NewRequest("GET", "/files/a.png", nil))
	if rec.Code != 500 {
		t.Errorf("a panic in a match answered %d, want 500", rec.Code)
	}
}
