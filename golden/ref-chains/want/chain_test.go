package want

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// This file is hand-written: the schemas at the end of each chain of
// references are the ones the handler checks.

type limits struct{ Unimplemented }

func (limits) SetLimit(context.Context, int64, SetLimitRequest) error { return nil }

func TestRefChainsReachTheirEnds(t *testing.T) {
	ts := httptest.NewServer(NewHandler(limits{}))
	defer ts.Close()
	for _, tc := range []struct {
		path, body string
		status     int
	}{
		{"/limits/1", `{"max":5}`, 204},
		{"/limits/x", `{"max":5}`, 400},   // the parameter is an integer
		{"/limits/1", `{"max":101}`, 400}, // the body's maximum
		{"/limits/1", `{}`, 400},          // the body's required max
	} {
		resp, err := http.Post(ts.URL+tc.path, "application/json", strings.NewReader(tc.body))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != tc.status {
			t.Errorf("POST %s %s: %d, want %d", tc.path, tc.body, resp.StatusCode, tc.status)
		}
	}
}
