package golden_test

import (
	"context"
	"net/http/httptest"
	"testing"

	head "github.com/specgen/specgen/golden/head-response-content/want"
)

type headServer struct{ head.Unimplemented }

func (headServer) ThingExists(_ context.Context, id int64) (head.ThingExistsResult, error) {
	if id == 1 {
		return head.ThingExists200{}, nil
	}
	return head.ThingExists404{}, nil
}

// TestHeadAnswerHasNoContent calls a HEAD operation whose answers document
// JSON content: the client used to decode the empty body HTTP sends and
// fail on every call; now a 2xx is nil and a 404 the typed error.
func TestHeadAnswerHasNoContent(t *testing.T) {
	ts := httptest.NewServer(head.NewHandler(headServer{}))
	defer ts.Close()
	c, err := head.NewClient(ts.URL)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.ThingExists(context.Background(), 1); err != nil {
		t.Errorf("HEAD of an existing thing: %v", err)
	}
	err = c.ThingExists(context.Background(), 2)
	if e, ok := err.(*head.APIError); !ok || e.StatusCode != 404 {
		t.Errorf("HEAD of a missing thing: got %v, want a 404 *APIError", err)
	}
}
