package golden_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	deep "github.com/specgen/specgen/golden/params-deep/want"
)

// deepServer implements golden/params-deep, handing each call's parameters
// to the test.
type deepServer struct {
	deep.Unimplemented
	got chan deep.SearchParams
}

func (s deepServer) Search(ctx context.Context, p deep.SearchParams) error {
	s.got <- p
	return nil
}

// TestNestedDeepObject sends deepObject parameters whose objects hold
// objects, maps and arrays (indexed, in order past [9]) through the generated client and server of
// golden/params-deep: the wire is bracket notation at every depth, and the
// server decodes exactly what was sent.
func TestNestedDeepObject(t *testing.T) {
	srv := deepServer{got: make(chan deep.SearchParams, 1)}
	ts := httptest.NewServer(deep.NewHandler(srv))
	defer ts.Close()
	var last *http.Request
	c, err := deep.NewClient(ts.URL, deep.WithRequestEditor(func(ctx context.Context, req *http.Request) error {
		last = req
		return nil
	}))
	if err != nil {
		t.Fatal(err)
	}
	role, limit, name, zip, size, from := deep.RoleAdmin, int64(5), "alice", "0150", int64(20), int64(3)
	since := time.Date(2025, 1, 2, 3, 4, 5, 6, time.UTC)
	sent := deep.SearchParams{
		Filter: &deep.Filter{
			Role:  &role,
			Limit: &limit,
			Owner: &deep.Owner{
				Name:    &name,
				IDs:     []int64{7, 8},
				Since:   &since,
				Labels:  map[string]string{"team": "core", "site": "a b"},
				Address: &deep.OwnerAddress{City: "Oslo", Zip: &zip},
			},
			Tags:   []string{"t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "t9", "t10"},
			Scores: map[string]int64{"b": 2, "a": 1},
		},
		Page:  deep.SearchPage{Size: &size, Cursor: deep.SearchPageCursor{After: "x1"}},
		Range: &deep.SearchRange{From: &from},
	}
	if err := c.Search(context.Background(), sent); err != nil {
		t.Fatal(err)
	}
	want := url.Values{
		"filter[role]":                 {"admin"},
		"filter[limit]":                {"5"},
		"filter[owner][name]":          {"alice"},
		"filter[owner][ids][0]":        {"7"},
		"filter[owner][ids][1]":        {"8"},
		"filter[owner][since]":         {"2025-01-02T03:04:05.000000006Z"},
		"filter[owner][labels][site]":  {"a b"},
		"filter[owner][labels][team]":  {"core"},
		"filter[owner][address][city]": {"Oslo"},
		"filter[owner][address][zip]":  {"0150"},
		"filter[scores][a]":            {"1"},
		"filter[scores][b]":            {"2"},
		"page[size]":                   {"20"},
		"page[cursor][after]":          {"x1"},
		"range[from]":                  {"3"},
	}
	for i, tag := range sent.Filter.Tags {
		want.Set("filter[tags]["+strconv.Itoa(i)+"]", tag)
	}
	if diff := cmp.Diff(want, last.URL.Query()); diff != "" {
		t.Errorf("query (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(sent, <-srv.got); diff != "" {
		t.Errorf("server got (-sent +got):\n%s", diff)
	}

	// Only what is set travels: no owner, no scores, no range.
	sent = deep.SearchParams{Filter: &deep.Filter{Role: &role}, Page: deep.SearchPage{Cursor: deep.SearchPageCursor{After: "x2"}}}
	if err := c.Search(context.Background(), sent); err != nil {
		t.Fatal(err)
	}
	if got, want := last.URL.RawQuery, "filter%5Brole%5D=admin&page%5Bcursor%5D%5Bafter%5D=x2"; got != want {
		t.Errorf("query %s, want %s", got, want)
	}
	if diff := cmp.Diff(sent, <-srv.got); diff != "" {
		t.Errorf("server got (-sent +got):\n%s", diff)
	}
}

// TestNestedDeepObjectOrder checks that the client writes the pairs of a
// nested deepObject in the struct's field order and, in a map, by sorted
// key, every time.
func TestNestedDeepObjectOrder(t *testing.T) {
	srv := deepServer{got: make(chan deep.SearchParams, 1)}
	ts := httptest.NewServer(deep.NewHandler(srv))
	defer ts.Close()
	var raw []string
	c, err := deep.NewClient(ts.URL, deep.WithRequestEditor(func(ctx context.Context, req *http.Request) error {
		raw = append(raw, req.URL.RawQuery)
		return nil
	}))
	if err != nil {
		t.Fatal(err)
	}
	p := deep.SearchParams{
		Filter: &deep.Filter{Scores: map[string]int64{"c": 3, "a": 1, "b": 2}},
		Page:   deep.SearchPage{Cursor: deep.SearchPageCursor{After: "z"}},
	}
	for range 5 {
		if err := c.Search(context.Background(), p); err != nil {
			t.Fatal(err)
		}
		<-srv.got
	}
	want := "filter%5Bscores%5D%5Ba%5D=1&filter%5Bscores%5D%5Bb%5D=2&filter%5Bscores%5D%5Bc%5D=3&page%5Bcursor%5D%5Bafter%5D=z"
	for _, got := range raw {
		if got != want {
			t.Errorf("query %s, want %s", got, want)
		}
	}
}

// TestNestedDeepObjectBadInput sends bad values at every depth of a nested
// deepObject: each is a 400 in the API's error shape, named by its dotted
// path.
func TestNestedDeepObjectBadInput(t *testing.T) {
	ts := httptest.NewServer(deep.NewHandler(deepServer{got: make(chan deep.SearchParams, 1)}))
	defer ts.Close()
	get := func(q url.Values) []string { return badRequestFields(t, ts.URL+"/search?"+q.Encode(), nil) }

	fields := get(url.Values{
		"filter[limit]":               {"many"},
		"filter[owner][since]":        {"yesterday"},
		"filter[owner][address][zip]": {"0150"},
		"filter[scores][b]":           {"heavy"},
		"filter[scores][a]":           {"light"},
		"filter[owner][ids][0]":       {"seven"},
		"filter[tags][first]":         {"a"},
		"page[size]":                  {"x"},
	})
	want := []string{"filter.limit", "filter.owner.ids", "filter.owner.since", "filter.owner.address.city", "filter.tags", "filter.scores.a", "filter.scores.b", "page.size", "page.cursor"}
	if diff := cmp.Diff(want, fields); diff != "" {
		t.Errorf("parse problems (-want +got):\n%s", diff)
	}

	if diff := cmp.Diff([]string{"page"}, get(url.Values{"filter[role]": {"admin"}})); diff != "" {
		t.Errorf("a missing required object (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"page.cursor.after"}, get(url.Values{"page[cursor][other]": {"1"}})); diff != "" {
		t.Errorf("a missing required nested property (-want +got):\n%s", diff)
	}

	// Values that parse are validated against their schemas, nested ones
	// too.
	fields = get(url.Values{
		"filter[role]":                 {"owner"},
		"filter[limit]":                {"500"},
		"filter[owner][address][city]": {"Oslo"},
		"filter[owner][address][zip]":  {"12"},
		"page[size]":                   {"0"},
		"page[cursor][after]":          {"x"},
	})
	want = []string{"filter.limit", "filter.owner.address.zip", "filter.role", "page.size"}
	if diff := cmp.Diff(want, fields); diff != "" {
		t.Errorf("validation problems (-want +got):\n%s", diff)
	}
}
