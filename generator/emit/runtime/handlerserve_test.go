package runtime

import (
	"bufio"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestServeHTTP: a routed request reaches its route; a path the API does
// not have is answered 404 and a method it does not serve there 405 with
// Allow, both in the error body.
func TestServeHTTP(t *testing.T) {
	h := &handler{mux: http.NewServeMux()}
	h.mux.HandleFunc("GET /pets/{id}", func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte("pet " + r.PathValue("id"))) })
	h.mux.HandleFunc("POST /pets/{id}", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(201) })
	for _, c := range []struct {
		method, path string
		want         answer
		allow        string
	}{
		{"GET", "/pets/7", answer{200, "text/plain; charset=utf-8", "pet 7"}, ""},
		{"GET", "/owners", answer{404, errorContentType, `{"detail":"","message":"Route not found.","status":404}` + "\n"}, ""},
		{"DELETE", "/pets/7", answer{405, errorContentType, `{"detail":"","message":"Method not allowed.","status":405}` + "\n"}, "GET, POST"},
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(c.method, c.path, nil))
		if got := answered(rec); got != c.want || rec.Header().Get("Allow") != c.allow {
			t.Errorf("%s %s: %+v, Allow %q; want %+v, Allow %q", c.method, c.path, got, rec.Header().Get("Allow"), c.want, c.allow)
		}
	}
}

// TestTrackedWriterHijack: a hijacked connection counts as an answer
// started, and the connection is the server's.
func TestTrackedWriterHijack(t *testing.T) {
	started := make(chan bool, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		tw := &trackedWriter{ResponseWriter: w}
		conn, rw, err := tw.Hijack()
		if err != nil {
			t.Error(err)
			started <- false
			return
		}
		defer conn.Close()
		_, _ = rw.WriteString("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi")
		_ = rw.Flush()
		started <- tw.wrote
	}))
	defer srv.Close()
	resp, err := http.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	line, _ := bufio.NewReader(resp.Body).ReadString('\n')
	if !<-started || resp.StatusCode != 200 || !strings.HasPrefix(line, "hi") {
		t.Errorf("hijacked answer %d %q; wrote recorded: see above", resp.StatusCode, line)
	}
	if _, _, err := (&trackedWriter{ResponseWriter: httptest.NewRecorder()}).Hijack(); err == nil {
		t.Error("a recorder was hijacked")
	}
}
