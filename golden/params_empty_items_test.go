package golden_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/google/go-cmp/cmp"

	emptyitems "github.com/specgen/specgen/golden/params-empty-enum-items/want"
)

// emptyItemsServer implements golden/params-empty-enum-items's Server,
// keeping what it was called with.
type emptyItemsServer struct {
	emptyitems.Unimplemented
	at     *[]emptyitems.Mark
	params *emptyitems.ListItemsParams
}

func (s emptyItemsServer) ListItems(_ context.Context, at []emptyitems.Mark, params emptyitems.ListItemsParams) error {
	*s.at, *s.params = at, params
	return nil
}

// TestParamsEmptyEnumItems: an empty item of an array whose items' enum
// lists "" arrives as sent from the generated client, in the query
// (exploded, comma- and pipe-delimited), a header, a cookie and the path;
// requests written by hand read as RFC 6570 writes them (?tags= is [""],
// ?flat=,a is ["", "a"]); an array of plain strings leaves empty values
// out, as before.
func TestParamsEmptyEnumItems(t *testing.T) {
	var at []emptyitems.Mark
	var got emptyitems.ListItemsParams
	srv := httptest.NewServer(emptyitems.NewHandler(emptyItemsServer{at: &at, params: &got}))
	defer srv.Close()
	client, err := emptyitems.NewClient(srv.URL, emptyitems.WithHTTPClient(srv.Client()))
	if err != nil {
		t.Fatal(err)
	}
	for _, marks := range [][]emptyitems.Mark{{""}, {"", "a"}, {"b", ""}, {"", ""}} {
		sent := emptyitems.ListItemsParams{
			Tags: marks, Flat: marks, XMarks: marks, Marks: marks,
			Pipes: []emptyitems.ListItemsPipesItem{"", "x"},
		}
		path := append([]emptyitems.Mark{"a"}, marks...) // a path segment is never empty
		if err := client.ListItems(context.Background(), path, sent); err != nil {
			t.Fatalf("%q: %v", marks, err)
		}
		if diff := cmp.Diff(sent, got); diff != "" {
			t.Errorf("%q: the server got (-sent +got):\n%s", marks, diff)
		}
		if diff := cmp.Diff(path, at); diff != "" {
			t.Errorf("%q: the path arrived as (-sent +got):\n%s", marks, diff)
		}
	}

	for _, c := range []struct {
		target string
		want   emptyitems.ListItemsParams
	}{
		{"/items/a?tags=&flat=&pipes=", emptyitems.ListItemsParams{Tags: []emptyitems.Mark{""}, Flat: []emptyitems.Mark{""}, Pipes: []emptyitems.ListItemsPipesItem{""}}},
		{"/items/a?tags=a&tags=&flat=,a&pipes=x%7C", emptyitems.ListItemsParams{Tags: []emptyitems.Mark{"a", ""}, Flat: []emptyitems.Mark{"", "a"}, Pipes: []emptyitems.ListItemsPipesItem{"x", ""}}},
		{"/items/a?names=&names=n&names=", emptyitems.ListItemsParams{Names: []string{"n"}}},
		{"/items/a", emptyitems.ListItemsParams{}},
	} {
		got = emptyitems.ListItemsParams{}
		resp, err := srv.Client().Get(srv.URL + c.target)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusNoContent {
			t.Errorf("%s: %d, want 204", c.target, resp.StatusCode)
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s: the server got (-want +got):\n%s", c.target, diff)
		}
	}
}
