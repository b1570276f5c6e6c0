package want

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
)

// This file is hand-written: the handler serves the operation under the
// base path the server URL's variables' defaults make.

type ping struct{ Unimplemented }

func (ping) Ping(context.Context) error { return nil }

func TestServerURLVariablesBasePath(t *testing.T) {
	ts := httptest.NewServer(NewHandler(ping{}))
	defer ts.Close()
	for path, status := range map[string]int{"/api/v2/ping": 204, "/ping": 404, "/api/{version}/ping": 404} {
		resp, err := http.Get(ts.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != status {
			t.Errorf("GET %s: %d, want %d", path, resp.StatusCode, status)
		}
	}
}
