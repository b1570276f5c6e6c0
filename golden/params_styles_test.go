package golden_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/uuid"

	styles "github.com/specgen/specgen/golden/params-styles/want"
)

// styleServer implements golden/params-styles, handing each call's
// parameters to the test.
type styleServer struct {
	styles.Unimplemented
	got chan any
}

func (s styleServer) PathStyles(ctx context.Context, ids []int32, kind styles.Kind) error {
	s.got <- []any{ids, kind}
	return nil
}

func (s styleServer) PathJSON(ctx context.Context, where styles.Query) error {
	s.got <- where
	return nil
}

func (s styleServer) QueryStyles(ctx context.Context, p styles.QueryStylesParams) error {
	s.got <- p
	return nil
}

func (s styleServer) HeaderStyles(ctx context.Context, p styles.HeaderStylesParams) error {
	s.got <- p
	return nil
}

func (s styleServer) CookieStyles(ctx context.Context, p styles.CookieStylesParams) error {
	s.got <- p
	return nil
}

// newStyles serves golden/params-styles and returns a client whose last
// request (as sent) the returned function reports.
func newStyles(t *testing.T) (*styles.Client, styleServer, func() *http.Request) {
	t.Helper()
	srv := styleServer{got: make(chan any, 1)}
	ts := httptest.NewServer(styles.NewHandler(srv))
	t.Cleanup(ts.Close)
	var last *http.Request
	c, err := styles.NewClient(ts.URL, styles.WithRequestEditor(func(ctx context.Context, req *http.Request) error {
		last = req
		return nil
	}))
	if err != nil {
		t.Fatal(err)
	}
	return c, srv, func() *http.Request { return last }
}

// TestQueryStyles sends every query style through the generated client and
// server of golden/params-styles: the wire is what OpenAPI says each style
// looks like, and the server decodes exactly what was sent.
func TestQueryStyles(t *testing.T) {
	c, srv, last := newStyles(t)
	from := time.Date(2025, 1, 2, 3, 4, 5, 6, time.UTC)
	sent := styles.QueryStylesParams{
		Tag:     []string{"a", "b c"},
		IDs:     []int64{1, 2},
		Words:   []string{"x", "y"},
		Codes:   []styles.Kind{styles.KindSmall, styles.KindLarge},
		Filter:  &styles.Filter{Role: styles.KindLarge, Limit: styles.Ptr(int64(5))},
		Point:   &styles.QueryStylesPoint{X: 1.5, Y: 2},
		Range:   &styles.QueryStylesRange{From: &from},
		Weights: map[string]int64{"b": 2, "a": 1},
		Labels:  map[string]string{"env": "prod", "team": "core"},
		Where:   &styles.Query{Field: "name", In: []string{"a"}},
	}
	if err := c.QueryStyles(context.Background(), sent); err != nil {
		t.Fatal(err)
	}
	got := <-srv.got
	if diff := cmp.Diff(sent, got); diff != "" {
		t.Errorf("server decoded (-sent +got):\n%s", diff)
	}
	q := last().URL.Query()
	want := url.Values{
		"tag":         {"a", "b c"},
		"ids":         {"1,2"},
		"words":       {"x y"},
		"codes":       {"small|large"},
		"role":        {"large"},
		"limit":       {"5"},
		"point":       {"x,1.5,y,2"},
		"range[from]": {"2025-01-02T03:04:05.000000006Z"},
		"weights[a]":  {"1"},
		"weights[b]":  {"2"},
		"env":         {"prod"},
		"team":        {"core"},
		"where":       {`{"field":"name","in":["a"]}`},
	}
	if diff := cmp.Diff(want, q); diff != "" {
		t.Errorf("query on the wire (-want +got):\n%s", diff)
	}

	if err := c.QueryStyles(context.Background(), styles.QueryStylesParams{}); err != nil {
		t.Fatal(err)
	}
	if got := <-srv.got; !cmp.Equal(got, styles.QueryStylesParams{}) {
		t.Errorf("no parameters decoded as %+v", got)
	}
}

// TestParamStylesBadInput checks that the server of golden/params-styles
// answers 400 naming every parameter that does not parse as its style and
// type says, properties by their path.
func TestParamStylesBadInput(t *testing.T) {
	ts := httptest.NewServer(styles.NewHandler(styleServer{got: make(chan any, 1)}))
	defer ts.Close()
	query := url.Values{
		"limit":       {"many"},
		"codes":       {"small|huge"},
		"point":       {"x,1,y"},
		"range[from]": {"yesterday"},
		"weights[a]":  {"heavy"},
		"where":       {`{"field":`},
	}
	fields := badRequestFields(t, ts.URL+"/query?"+query.Encode(), nil)
	want := []string{"codes", "filter.role", "filter.limit", "point", "range.from", "weights.a", "where"}
	if diff := cmp.Diff(want, fields); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}

	fields = badRequestFields(t, ts.URL+"/query?"+url.Values{"role": {"medium"}}.Encode(), nil)
	if diff := cmp.Diff([]string{"filter.role"}, fields); diff != "" {
		t.Errorf("an object property outside its enum (-want +got):\n%s", diff)
	}

	fields = badRequestFields(t, ts.URL+"/header", http.Header{"X-Size": {"w:1"}, "X-Origin": {"x,one"}, "X-Query": {"[]"}})
	if diff := cmp.Diff([]string{"X-Trace", "X-Size", "X-Origin.x", "X-Query"}, fields); diff != "" {
		t.Errorf("header problems (-want +got):\n%s", diff)
	}

	fields = badRequestFields(t, ts.URL+"/path/1,x/huge", nil)
	if diff := cmp.Diff([]string{"ids", "kind"}, fields); diff != "" {
		t.Errorf("path problems (-want +got):\n%s", diff)
	}
}

// badRequestFields sends a GET and returns the fields of its 400 answer's
// validations, in order.
func badRequestFields(t *testing.T, target string, header http.Header) []string {
	t.Helper()
	req, err := http.NewRequest("GET", target, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, vs := range header {
		req.Header[k] = vs
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	return answerFields(t, resp, "GET "+target)
}

// answerFields reads a 400 answer in the generated error shape (every
// golden case with a server has the same ErrorBody) and returns the fields
// of its validations, in order; what names the request in failures.
func answerFields(t *testing.T, resp *http.Response, what string) []string {
	t.Helper()
	defer resp.Body.Close()
	var body styles.ErrorBody
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil || resp.StatusCode != http.StatusBadRequest {
		t.Fatalf("%s: %d, %v", what, resp.StatusCode, err)
	}
	var fields []string
	for _, v := range body.Validations {
		fields = append(fields, v.Field)
	}
	return fields
}

// TestHeaderCookiePathStyles sends header, cookie and path parameters
// through golden/params-styles: simple style in headers (objects exploded
// or not), one Cookie header in form style, arrays in the path.
func TestHeaderCookiePathStyles(t *testing.T) {
	c, srv, last := newStyles(t)
	ctx := context.Background()

	header := styles.HeaderStylesParams{
		XTrace:  uuid.MustParse("0b7e4c8e-6a1f-4f43-9c41-8d1c1b3a2f10"),
		XTags:   []string{"a", "b"},
		XSize:   &styles.Size{W: styles.Ptr(int64(640)), H: styles.Ptr(int64(480))},
		XOrigin: &styles.HeaderStylesXOrigin{X: styles.Ptr(int64(1)), Y: styles.Ptr(int64(2))},
		XQuery:  &styles.Query{Field: "f", Not: styles.Ptr(true)},
	}
	if err := c.HeaderStyles(ctx, header); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(header, <-srv.got); diff != "" {
		t.Errorf("headers decoded (-sent +got):\n%s", diff)
	}
	h := last().Header
	for name, want := range map[string]string{
		"X-Tags": "a,b", "X-Size": "w=640,h=480", "X-Origin": "x,1,y,2", "X-Query": `{"field":"f","not":true}`,
	} {
		if got := h.Get(name); got != want {
			t.Errorf("header %s = %q, want %q", name, got, want)
		}
	}

	cookies := styles.CookieStylesParams{
		Session: "s1", Prefs: []string{"dark", "compact"},
		Theme:  &styles.CookieStylesTheme{Color: styles.Ptr("blue"), Dark: styles.Ptr(true)},
		Limit:  styles.Ptr(int32(7)),
		Filter: &styles.Query{Field: "a b", In: []string{"x", "y;z"}},
	}
	if err := c.CookieStyles(ctx, cookies); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(cookies, <-srv.got); diff != "" {
		t.Errorf("cookies decoded (-sent +got):\n%s", diff)
	}
	if got, err := last().Cookie("filter"); err != nil || got.Value != url.PathEscape(`{"field":"a b","in":["x","y;z"]}`) {
		t.Errorf("filter cookie on the wire: %v, %v", got, err)
	}
	if lines := last().Header.Values("Cookie"); len(lines) != 1 {
		t.Errorf("Cookie header lines: %q, want one", lines)
	}

	if err := c.PathStyles(ctx, []int32{1, 2, 3}, styles.KindLarge); err != nil {
		t.Fatal(err)
	}
	if got := <-srv.got; !cmp.Equal(got, []any{[]int32{1, 2, 3}, styles.KindLarge}) {
		t.Errorf("path decoded as %v", got)
	}
	if got := last().URL.EscapedPath(); got != "/path/1%2C2%2C3/large" {
		t.Errorf("path on the wire: %s", got)
	}

	var apiErr *styles.APIError
	if err := c.CookieStyles(ctx, styles.CookieStylesParams{}); !errors.As(err, &apiErr) ||
		!slices.ContainsFunc(apiErr.Body.Validations, func(v styles.ErrorBodyValidation) bool { return v.Field == "session" }) {
		t.Errorf("missing required cookie: %v", err)
	}
}

// TestPathJSONParam sends a path parameter given with `content` through the
// generated client and server: its JSON text travels escaped in the
// segment, slashes included, and a segment that is not valid JSON for its
// schema is answered 400.
func TestPathJSONParam(t *testing.T) {
	c, srv, last := newStyles(t)
	sent := styles.Query{Field: "a/b", In: []string{"x y"}, Not: styles.Ptr(true)}
	if err := c.PathJSON(context.Background(), sent); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(sent, <-srv.got); diff != "" {
		t.Errorf("server decoded (-sent +got):\n%s", diff)
	}
	if got, want := last().URL.EscapedPath(), "/select/"+url.PathEscape(`{"field":"a/b","in":["x y"],"not":true}`); got != want {
		t.Errorf("path on the wire: got %s, want %s", got, want)
	}
	ts := httptest.NewServer(styles.NewHandler(styleServer{got: make(chan any, 1)}))
	defer ts.Close()
	// Text that is not JSON is the parameter's problem; a problem inside
	// the value is named by its path, as validate…Params names them.
	for bad, want := range map[string]string{`{"field":`: "where", `{"in":["x"]}`: "where.field"} {
		fields := badRequestFields(t, ts.URL+"/select/"+url.PathEscape(bad), nil)
		if diff := cmp.Diff([]string{want}, fields); diff != "" {
			t.Errorf("%s: problems (-want +got):\n%s", bad, diff)
		}
	}
}
