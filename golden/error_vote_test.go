package golden_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	vote "github.com/specgen/specgen/golden/error-shape-vote/want"
)

// voteStores implements golden/error-shape-vote's Server: store 1 exists;
// any other is a 404 in the Failure schema the spec gives that status.
type voteStores struct{ vote.Unimplemented }

func (voteStores) GetStore(_ context.Context, id int32, _ vote.GetStoreParams) (vote.GetStoreResult, error) {
	if id != 1 {
		return vote.GetStore404{Body: vote.Failure{Error: vote.Ptr("no such store"), StatusCode: vote.Ptr(int64(404))}}, nil
	}
	return vote.GetStore200{Body: vote.Store{Name: "main"}}, nil
}

func (voteStores) PutStore(_ context.Context, _ int32, s vote.Store) (vote.PutStoreResult, error) {
	return vote.PutStore200{Body: s}, nil
}

// TestErrorShapeVote: where error responses use several schemas, the
// server's own answers (a bad parameter, a bad body, an unknown route)
// are in the one all documented 400s use, as a client reading a 400 of
// the API expects (Ory Hydra's SDK decodes errorOAuth2, OpenFGA's
// ValidationErrorMessageResponse), and the client decodes them into
// APIError.Body.
func TestErrorShapeVote(t *testing.T) {
	srv := httptest.NewServer(vote.NewHandler(voteStores{}))
	defer srv.Close()
	c, err := vote.NewClient(srv.URL, vote.WithHTTPClient(srv.Client()))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()

	status, _, body := send(t, srv, "GET", "/stores/x", "")
	if msg, _ := body["message"].(string); status != 400 || !strings.Contains(msg, "id") || len(body) != 1 {
		t.Errorf("bad path parameter: %d %v, want 400 with Invalid's message naming id", status, body)
	}
	status, _, body = send(t, srv, "GET", "/nowhere", "")
	if _, ok := body["message"].(string); status != 404 || !ok {
		t.Errorf("unknown route: %d %v, want 404 in Invalid's shape", status, body)
	}

	status, _, body = send(t, srv, "GET", "/stores/1?page_size=many", "")
	if msg, _ := body["message"].(string); status != 400 || !strings.Contains(msg, "page_size") {
		t.Errorf("bad query parameter: %d %v, want 400 with Invalid's message naming page_size", status, body)
	}
	var apiErr *vote.APIError
	_, err = c.PutStore(ctx, 1, vote.Store{Name: "far too long a name"})
	if !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusBadRequest || apiErr.Body == nil || apiErr.Body.Message == nil || !strings.Contains(*apiErr.Body.Message, "name") {
		t.Errorf("long name: %v, want a 400 whose Invalid body names the property", err)
	}
	// A documented answer in another schema keeps its bytes in Raw.
	_, err = c.GetStore(ctx, 2, vote.GetStoreParams{})
	if !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusNotFound || !strings.Contains(string(apiErr.Raw), `"error":"no such store"`) {
		t.Errorf("store 2: %v, want a 404 with Failure's body in Raw", err)
	}
}
