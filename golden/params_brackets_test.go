package golden_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	brackets "github.com/specgen/specgen/golden/params-bracket-names/want"
)

// bracketServer implements golden/params-bracket-names, handing each
// call's parameters to the test.
type bracketServer struct {
	brackets.Unimplemented
	got chan any
}

func (s bracketServer) ListItems(ctx context.Context, p brackets.ListItemsParams) error {
	s.got <- p
	return nil
}

func (s bracketServer) BracketHeader(ctx context.Context, p brackets.BracketHeaderParams) error {
	s.got <- p
	return nil
}

func (s bracketServer) BracketCookie(ctx context.Context, p brackets.BracketCookieParams) error {
	s.got <- p
	return nil
}

// newBrackets serves golden/params-bracket-names and returns a client
// whose last request (as sent) the returned function reports.
func newBrackets(t *testing.T) (*brackets.Client, bracketServer, func() *http.Request) {
	t.Helper()
	srv := bracketServer{got: make(chan any, 1)}
	ts := httptest.NewServer(brackets.NewHandler(srv))
	t.Cleanup(ts.Close)
	var last *http.Request
	c, err := brackets.NewClient(ts.URL, brackets.WithRequestEditor(func(ctx context.Context, req *http.Request) error {
		last = req
		return nil
	}))
	if err != nil {
		t.Fatal(err)
	}
	return c, srv, func() *http.Request { return last }
}

// TestBracketQueryNames sends query parameters named in bracket notation
// (JSON:API's page[size], Stripe's expand[]) in every form style: each
// travels under its own name, and the server reads back what was sent.
func TestBracketQueryNames(t *testing.T) {
	c, srv, last := newBrackets(t)
	sent := brackets.ListItemsParams{
		PageSize:       brackets.Ptr(int64(25)),
		FilterStatus:   []string{"open", "closed"},
		FieldsArticles: []string{"title", "body"},
		Expand:         []string{"customer", "invoice"},
		Sort:           []string{"-created", "title"},
		RangeX:         &brackets.ListItemsRangeX{From: brackets.Ptr(int64(1)), To: brackets.Ptr(int64(9))},
	}
	if err := c.ListItems(context.Background(), sent); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(sent, <-srv.got); diff != "" {
		t.Errorf("server decoded (-sent +got):\n%s", diff)
	}
	want := url.Values{
		"page[size]":       {"25"},
		"filter[status]":   {"open", "closed"},
		"fields[articles]": {"title,body"},
		"expand[]":         {"customer", "invoice"},
		"sort[]":           {"-created,title"},
		"range[x][from]":   {"1"},
		"range[x][to]":     {"9"},
	}
	if diff := cmp.Diff(want, last().URL.Query()); diff != "" {
		t.Errorf("query (-want +got):\n%s", diff)
	}
}

// TestBracketCookieNames sends a cookie named page[size], which is no
// HTTP token: net/http's client sends it as given but its server's cookie
// parser skips it, so the generated server reads the Cookie header itself.
func TestBracketCookieNames(t *testing.T) {
	c, srv, last := newBrackets(t)
	sent := brackets.BracketCookieParams{PageSize: []string{"a", "b"}, Plain: brackets.Ptr("x")}
	if err := c.BracketCookie(context.Background(), sent); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(sent, <-srv.got); diff != "" {
		t.Errorf("server decoded (-sent +got):\n%s", diff)
	}
	if got, want := last().Header.Get("Cookie"), `page[size]="a,b"; plain=x`; got != want {
		t.Errorf("Cookie = %q, want %q", got, want)
	}
}

// TestBracketHeaderName checks a header parameter named page[size], which
// no request can carry: unset, the call works; set, it fails before
// anything is sent, naming the parameter.
func TestBracketHeaderName(t *testing.T) {
	c, srv, _ := newBrackets(t)
	sent := brackets.BracketHeaderParams{XPlain: brackets.Ptr("x")}
	if err := c.BracketHeader(context.Background(), sent); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(sent, <-srv.got); diff != "" {
		t.Errorf("server decoded (-sent +got):\n%s", diff)
	}
	err := c.BracketHeader(context.Background(), brackets.BracketHeaderParams{PageSize: brackets.Ptr(int64(5))})
	if err == nil || !strings.Contains(err.Error(), `header parameter "page[size]" cannot be sent`) {
		t.Errorf("err = %v, want one naming the header parameter page[size]", err)
	}
	select {
	case got := <-srv.got:
		t.Errorf("the server was called with %v", got)
	default:
	}
}
