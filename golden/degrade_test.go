package golden_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	multi "github.com/specgen/specgen/golden/degrade-multipart-response/want"
	pathstyles "github.com/specgen/specgen/golden/degrade-path-styles/want"
	query "github.com/specgen/specgen/golden/degrade-query-params/want"
	shared "github.com/specgen/specgen/golden/degrade-routes/want"
)

// degradedQueryServer keeps the parameters golden/degrade-query-params'
// server decoded.
type degradedQueryServer struct{ got *query.SearchParams }

func (s degradedQueryServer) Search(_ context.Context, p query.SearchParams) (map[string]any, error) {
	*s.got = p
	return map[string]any{}, nil
}

// TestDegradedQueryParamsTravel: every parameter no style can carry exactly
// goes from the generated client to the generated server and arrives as it
// left, in the wire form its note names.
func TestDegradedQueryParamsTravel(t *testing.T) {
	var got query.SearchParams
	ts := httptest.NewServer(query.NewHandler(degradedQueryServer{&got}))
	defer ts.Close()
	var sent string
	c, err := query.NewClient(ts.URL, query.WithRequestEditor(func(_ context.Context, r *http.Request) error {
		sent = r.URL.RawQuery
		return nil
	}))
	if err != nil {
		t.Fatal(err)
	}
	str := func(s string) *string { return &s }
	yes := true
	want := query.SearchParams{
		Filter:  &query.SearchFilter{Name: str("a b"), Owner: &query.SearchFilterOwner{Email: str("x@example.com")}},
		Sort:    []query.SearchSortItem{{Field: str("name"), Desc: &yes}, {Field: str("age")}},
		Box:     [][]float64{{0, 0}, {1.5, 2}},
		Tag:     []string{"red", "green"},
		Expand:  []string{"customer", "invoice"},
		Q:       str(`title:"x, y" & z`),
		Page:    &query.SearchPage{Size: func(n int64) *int64 { return &n }(20), Cursors: []query.SearchPageCursorsItem{{ID: str("c1")}}},
		XSort:   []query.SearchXSortItem{{Field: str("name")}},
		Limit:   func(n int64) *int64 { return &n }(5),
		XMode:   str("fast"),
		Session: str("s1"),
		Labels:  map[string]string{"team": "core"},
	}
	if _, err := c.Search(context.Background(), want); err != nil {
		t.Fatal(err)
	}
	// Both free-form maps take every undeclared query parameter.
	want.Extra = want.Labels
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("the server got other parameters than the client sent (-sent +got):\n%s", diff)
	}
	for _, part := range []string{
		"expand%5B%5D=customer&expand%5B%5D=invoice",
		"tag=red&tag=green",
		"box=%5B%5B0%2C0%5D%2C%5B1.5%2C2%5D%5D",
		"sort=%5B%7B%22field%22%3A%22name%22%2C%22desc%22%3Atrue%7D%2C%7B%22field%22%3A%22age%22%7D%5D",
		"q=title%3A%22x%2C+y%22+%26+z",
		"limit=5",
	} {
		if !strings.Contains(sent, part) {
			t.Errorf("query %q lacks %q", sent, part)
		}
	}
	// One tag alone is a list of one, as a server reading "tag=red" would.
	got = query.SearchParams{}
	resp, err := http.Get(ts.URL + "/search?tag=red&expand[]=a")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if !cmp.Equal(got.Tag, []string{"red"}) || !cmp.Equal(got.Expand, []string{"a"}) {
		t.Errorf("tag=red&expand[]=a: got tag %q, expand %q", got.Tag, got.Expand)
	}
}

// pathStylesServer answers what golden/degrade-path-styles' server decoded.
type pathStylesServer struct{}

func (pathStylesServer) GetUserLabel(_ context.Context, id int64) (string, error) {
	return fmt.Sprint("label ", id), nil
}
func (pathStylesServer) GetTeamMatrix(_ context.Context, id int64) (string, error) {
	return fmt.Sprint("matrix ", id), nil
}
func (pathStylesServer) GetColors(_ context.Context, list, tags []string) (string, error) {
	return fmt.Sprint(list, tags), nil
}
func (pathStylesServer) GetShape(_ context.Context, points string) (string, error) {
	return points, nil
}
func (pathStylesServer) GetBox(_ context.Context, box pathstyles.GetBoxBox) (string, error) {
	return fmt.Sprint(*box.W, "x", *box.H), nil
}

// TestPathStylesTravel: label and matrix path parameters are sent with
// their prefix and cut out of the segment by the server; an exploded
// label array is the caller's text; an object is its JSON text.
func TestPathStylesTravel(t *testing.T) {
	ts := httptest.NewServer(pathstyles.NewHandler(pathStylesServer{}))
	defer ts.Close()
	var sent string
	c, err := pathstyles.NewClient(ts.URL, pathstyles.WithRequestEditor(func(_ context.Context, r *http.Request) error {
		sent = r.URL.EscapedPath()
		return nil
	}))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	w, h := int64(640), int64(480)
	for _, tc := range []struct {
		call       func() (string, error)
		path, want string
	}{
		{func() (string, error) { return c.GetUserLabel(ctx, 5) }, "/users/.5", "label 5"},
		{func() (string, error) { return c.GetTeamMatrix(ctx, 7) }, "/teams/;id=7", "matrix 7"},
		{func() (string, error) { return c.GetColors(ctx, []string{"red", "green"}, []string{"a"}) }, "/colors/.red%2Cgreen/;tags=a", "[red green] [a]"},
		{func() (string, error) { return c.GetShape(ctx, ".a.b.c") }, "/shapes/.a.b.c", ".a.b.c"},
		{func() (string, error) { return c.GetBox(ctx, pathstyles.GetBoxBox{W: &w, H: &h}) }, "/boxes/%7B%22w%22:640%2C%22h%22:480%7D", "640x480"},
	} {
		got, err := tc.call()
		if err != nil {
			t.Errorf("%s: %v", tc.path, err)
			continue
		}
		if sent != tc.path || got != tc.want {
			t.Errorf("sent %s, answered %q; want %s, %q", sent, got, tc.path, tc.want)
		}
	}
	// The prefix is part of the route: a path without it is not found.
	resp, err := http.Get(ts.URL + "/users/5")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("/users/5 without the label's dot: %d, want 404", resp.StatusCode)
	}
}

// multipartServer answers golden/degrade-multipart-response's GetBundle
// with a multipart body of one file.
type multipartServer struct {
	multi.Unimplemented
	closed *bool
}

type closeRecorder struct {
	io.Reader
	closed *bool
}

func (c closeRecorder) Close() error { *c.closed = true; return nil }

func (s multipartServer) GetBundle(context.Context) (*multi.RawBody, error) {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	fw, err := mw.CreateFormFile("readme", "README.md")
	if err != nil {
		return nil, err
	}
	fmt.Fprint(fw, "# hello")
	if err := mw.Close(); err != nil {
		return nil, err
	}
	return &multi.RawBody{ContentType: mw.FormDataContentType(), Body: closeRecorder{&buf, s.closed}}, nil
}

// TestMultipartResponseIsRawBody: the server sends the RawBody its
// implementation returns (and closes it); the client hands over the
// answer's Content-Type, boundary included, and its body, which
// mime/multipart reads.
func TestMultipartResponseIsRawBody(t *testing.T) {
	closed := false
	ts := httptest.NewServer(multi.NewHandler(multipartServer{closed: &closed}))
	defer ts.Close()
	c, err := multi.NewClient(ts.URL)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := c.GetBundle(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Body.Close()
	mediaType, params, err := mime.ParseMediaType(raw.ContentType)
	if err != nil || mediaType != "multipart/form-data" {
		t.Fatalf("Content-Type %q: %v", raw.ContentType, err)
	}
	part, err := multipart.NewReader(raw.Body, params["boundary"]).NextPart()
	if err != nil {
		t.Fatal(err)
	}
	data, _ := io.ReadAll(part)
	if part.FileName() != "README.md" || string(data) != "# hello" {
		t.Errorf("part %q = %q", part.FileName(), data)
	}
	if !closed {
		t.Error("the handler did not close the body it sent")
	}
}

// sharedRouteServer implements golden/degrade-shared-routes, whose
// GetFileByName and Adjacent the handler cannot route to: Server has no
// methods for them.
type sharedRouteServer struct{}

func (sharedRouteServer) GetFile(_ context.Context, id, fileID string) (string, error) {
	return "file " + id + "/" + fileID, nil
}
func (sharedRouteServer) GetVersion(_ context.Context, id string, version int64) (string, error) {
	return fmt.Sprint("version ", version), nil
}
func (sharedRouteServer) GetTag(_ context.Context, id, tag string) (string, error) {
	return "tag " + tag, nil
}
func (sharedRouteServer) GetKind(_ context.Context, id string, kind shared.GetKindKind) error {
	if kind != shared.GetKindKindLarge {
		return shared.NewAPIError(http.StatusTeapot, "kind "+string(kind))
	}
	return nil
}
func (sharedRouteServer) GetKindByName(_ context.Context, id, name string) error {
	return shared.NewAPIError(http.StatusConflict, "name "+name)
}

// TestSharedRouteKeepsClient: the client calls all three operations, each
// at its own path; the server answers the one it serves, and 404 to the
// path it cannot split.
func TestSharedRouteKeepsClient(t *testing.T) {
	var srv shared.Server = sharedRouteServer{} // compiles only without the unserved methods
	ts := httptest.NewServer(shared.NewHandler(srv))
	defer ts.Close()
	var sent []string
	c, err := shared.NewClient(ts.URL, shared.WithRequestEditor(func(_ context.Context, r *http.Request) error {
		sent = append(sent, r.URL.Path)
		return nil
	}))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if got, err := c.GetFile(ctx, "t1", "42"); err != nil || got != "file t1/42" {
		t.Errorf("GetFile: %q, %v", got, err)
	}
	// The same route: the served operation answers, as ServeMux can only
	// route it to one.
	if got, err := c.GetFileByName(ctx, "t1", "notes.txt"); err != nil || got != "file t1/notes.txt" {
		t.Errorf("GetFileByName: %q, %v", got, err)
	}
	var apiErr *shared.APIError
	if err := c.Adjacent(ctx, "x", "y"); !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusNotFound {
		t.Errorf("Adjacent: %v, want a 404 from a server that cannot route it", err)
	}
	want := []string{"/things/t1/files/42", "/things/t1/files/notes.txt", "/pair/xy"}
	if !cmp.Equal(sent, want) {
		t.Errorf("paths sent %q, want %q", sent, want)
	}
}

// TestSharedRouteDispatchesByType: operations whose paths ServeMux cannot
// tell apart share a route whose handler tells them apart by the type of a
// parameter: an integer version is GetVersion's, other text GetTag's; an
// enum value is GetKind's, other text GetKindByName's.
func TestSharedRouteDispatchesByType(t *testing.T) {
	ts := httptest.NewServer(shared.NewHandler(sharedRouteServer{}))
	defer ts.Close()
	c, err := shared.NewClient(ts.URL)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, tc := range []struct {
		call func() (string, error)
		want string
	}{
		{func() (string, error) { return c.GetVersion(ctx, "t1", 3) }, "version 3"},
		{func() (string, error) { return c.GetTag(ctx, "t1", "stable") }, "tag stable"},
		// A tag that is a number is the version's: the paths are the same.
		{func() (string, error) { return c.GetTag(ctx, "t1", "7") }, "version 7"},
	} {
		if got, err := tc.call(); err != nil || got != tc.want {
			t.Errorf("got %q, %v; want %q", got, err, tc.want)
		}
	}
	status := func(err error) int {
		var apiErr *shared.APIError
		if !errors.As(err, &apiErr) {
			t.Fatalf("%v is not an *APIError", err)
		}
		return apiErr.StatusCode
	}
	if err := c.GetKind(ctx, "t1", shared.GetKindKindLarge); err != nil {
		t.Errorf("GetKind(large): %v", err)
	}
	if got := status(c.GetKind(ctx, "t1", shared.GetKindKindSmall)); got != http.StatusTeapot {
		t.Errorf("GetKind(small) reached the server's other method: %d", got)
	}
	if got := status(c.GetKindByName(ctx, "t1", "medium")); got != http.StatusConflict {
		t.Errorf("GetKindByName(medium): %d, want GetKindByName's 409", got)
	}
}
