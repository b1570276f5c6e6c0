package golden_test

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	formsdeep "github.com/specgen/specgen/golden/forms-deep/want"
)

// customerServer implements golden/forms-deep, handing each body to the
// test.
type customerServer struct {
	formsdeep.Unimplemented
	got chan formsdeep.CustomerCreate
}

func (s customerServer) CreateCustomer(ctx context.Context, body formsdeep.CustomerCreate) error {
	s.got <- body
	return nil
}

// TestFormDeepObject sends a urlencoded body whose deepObject-encoded
// properties travel in bracket notation through the generated client and
// server of golden/forms-deep: the wire is what Stripe's API reads
// (metadata[key]=value, address[geo][lat]=…, expand[]=a), the other
// fields are as before (JSON text, repeated arrays), and the server decodes
// exactly what was sent.
func TestFormDeepObject(t *testing.T) {
	srv := customerServer{got: make(chan formsdeep.CustomerCreate, 1)}
	var wire []byte
	handler := formsdeep.NewHandler(srv)
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		wire, _ = io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(wire))
		handler.ServeHTTP(w, r)
	}))
	defer ts.Close()
	c, err := formsdeep.NewClient(ts.URL)
	if err != nil {
		t.Fatal(err)
	}
	line1, kind, lat, id, price := "Main St 1", formsdeep.AddressKindWork, 59.9, "p1", "9"
	sent := formsdeep.CustomerCreate{
		Name:     "Ada",
		Metadata: map[string]string{"order": "6735", "note": "a&b=c"},
		Limits:   map[string]int64{"daily": 5},
		Address:  formsdeep.Address{Line1: &line1, Lines: []string{"c/o Bo", "2nd floor"}, City: "Oslo", Kind: &kind, Geo: &formsdeep.AddressGeo{Lat: &lat}},
		Plan:     &formsdeep.CustomerCreatePlan{ID: &id},
		Items:    []formsdeep.CustomerCreateItemsItem{{Price: &price}},
		Expand:   []string{"a", "b"},
		Tags:     []int64{7, 8},
	}
	if err := c.CreateCustomer(context.Background(), sent); err != nil {
		t.Fatal(err)
	}
	got, err := url.ParseQuery(string(wire))
	if err != nil {
		t.Fatal(err)
	}
	want := url.Values{
		"name":              {"Ada"},
		"metadata[order]":   {"6735"},
		"metadata[note]":    {"a&b=c"},
		"limits[daily]":     {"5"},
		"address[line1]":    {"Main St 1"},
		"address[lines][0]": {"c/o Bo"},
		"address[lines][1]": {"2nd floor"},
		"address[city]":     {"Oslo"},
		"address[kind]":     {"work"},
		"address[geo][lat]": {"59.9"},
		"plan":              {`{"id":"p1"}`},
		"items":             {`[{"price":"9"}]`},
		"expand[]":          {"a", "b"},
		"tags":              {"7", "8"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("form (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(sent, <-srv.got); diff != "" {
		t.Errorf("server got (-sent +got):\n%s", diff)
	}
}

// TestFormDeepObjectBadInput posts bad bracketed fields: each is a 400 in
// the API's error shape, named by its dotted path.
func TestFormDeepObjectBadInput(t *testing.T) {
	ts := httptest.NewServer(formsdeep.NewHandler(customerServer{got: make(chan formsdeep.CustomerCreate, 1)}))
	defer ts.Close()
	post := func(form url.Values) []string {
		t.Helper()
		resp, err := http.Post(ts.URL+"/customers", "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
		if err != nil {
			t.Fatal(err)
		}
		return answerFields(t, resp, "POST "+form.Encode())
	}
	fields := post(url.Values{"name": {"Ada"}, "limits[daily]": {"many"}, "address[geo][lat]": {"north"}, "tags": {"x"}})
	if diff := cmp.Diff([]string{"limits.daily", "address.city", "address.geo.lat", "tags"}, fields); diff != "" {
		t.Errorf("parse problems (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"address"}, post(url.Values{"name": {"Ada"}})); diff != "" {
		t.Errorf("a missing required object (-want +got):\n%s", diff)
	}
	fields = post(url.Values{"name": {"Ada"}, "limits[daily]": {"5000"}, "address[city]": {"Oslo"}, "address[kind]": {"castle"}})
	if diff := cmp.Diff([]string{"address.kind", "limits.daily"}, fields); diff != "" {
		t.Errorf("validation problems (-want +got):\n%s", diff)
	}
}
