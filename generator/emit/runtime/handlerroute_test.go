package runtime

import (
	"bytes"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestHandlerRoute: a panic before the answer started is answered 500 with
// the error body and logged; one after it only logged; http.ErrAbortHandler
// is passed on; trackedWriter records the start and unwraps.
func TestHandlerRoute(t *testing.T) {
	var logged bytes.Buffer
	h := &handler{log: slog.New(slog.NewTextHandler(&logged, nil))}
	rec := httptest.NewRecorder()
	h.route(func(http.ResponseWriter, *http.Request) { panic("boom") })(rec, httptest.NewRequest("GET", "/", nil))
	if got := answered(rec); got.status != 500 || !strings.Contains(got.body, "An internal server error occurred.") {
		t.Errorf("panic before the answer: %+v", got)
	}
	rec = httptest.NewRecorder()
	h.route(func(w http.ResponseWriter, _ *http.Request) {
		_, _ = w.Write([]byte("half"))
		panic("late")
	})(rec, httptest.NewRequest("GET", "/", nil))
	if got := answered(rec); got.status != 200 || got.body != "half" {
		t.Errorf("panic after the answer started: %+v", got)
	}
	if !strings.Contains(logged.String(), "panic: boom") || !strings.Contains(logged.String(), "panic: late") {
		t.Errorf("panics not logged:\n%s", logged.String())
	}
	rec = httptest.NewRecorder()
	h.route(func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusNoContent) })(rec, httptest.NewRequest("GET", "/", nil))
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
	h.route(func(http.ResponseWriter, *http.Request) { panic(http.ErrAbortHandler) })(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil))
}
