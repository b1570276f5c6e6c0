package golden_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	required "github.com/specgen/specgen/golden/required-bodies/want"
)

// The server of golden/required-bodies checks required properties by
// decoding and Validate alone (decode.gen.go records what a struct cannot
// show). These tests pin what the raw-JSON key scan it replaced
// (required.gen.go) answered, and what it missed.

// orders implements the generated server; it accepts every valid body.
type orders struct{ required.Unimplemented }

func (orders) CreateOrder(context.Context, required.Order) error        { return nil }
func (orders) AddItems(context.Context, []required.Item) error          { return nil }
func (orders) PutItems(context.Context, map[string]required.Item) error { return nil }
func (orders) SetLabel(context.Context, *string) error                  { return nil }

// answer is what the server said to one request: its status and the
// validations of its error body, as "field: detail".
type answer struct {
	status int
	fields []string
}

// sendRequired sends body to the generated server of golden/required-bodies.
func sendRequired(t *testing.T, method, path, body string) answer {
	t.Helper()
	ts := httptest.NewServer(required.NewHandler(orders{}))
	defer ts.Close()
	req, err := http.NewRequest(method, ts.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	a := answer{status: resp.StatusCode}
	raw, _ := io.ReadAll(resp.Body)
	if resp.StatusCode == http.StatusBadRequest {
		var e required.ErrorBody
		if err := json.Unmarshal(raw, &e); err != nil {
			t.Fatalf("400 without the error body: %v: %s", err, raw)
		}
		for _, v := range e.Validations {
			a.fields = append(a.fields, v.Field+": "+v.Detail)
		}
		slices.Sort(a.fields)
	}
	return a
}

// checkAnswers sends each body and compares the answer: nil problems means
// 204, else a 400 with exactly those validations.
func checkAnswers(t *testing.T, method, path string, cases map[string][]string) {
	t.Helper()
	for body, want := range cases {
		a := sendRequired(t, method, path, body)
		wantStatus := http.StatusNoContent
		if want != nil {
			wantStatus = http.StatusBadRequest
		}
		if a.status != wantStatus || !slices.Equal(a.fields, want) {
			t.Errorf("%s %s %s: %d %q, want %d %q", method, path, body, a.status, a.fields, wantStatus, want)
		}
	}
}

// TestRequiredKeyInAnotherCase: encoding/json fills the field of "sku" from
// "SKU", so the property is there; the key scan matched keys that way, and
// UnmarshalJSON must too rather than report the filled field missing.
func TestRequiredKeyInAnotherCase(t *testing.T) {
	checkAnswers(t, "POST", "/orders", map[string][]string{
		`{"Customer": "ann", "ITEMS": [{"Sku": "a", "QUANTITY": 1}], "Note": null}`: nil,
		// Of several keys in other cases, the field is null only if all are.
		`{"customer": "ann", "items": [], "note": "x", "Priority": 1, "PRIORITY": null}`: nil,
		`{"CUSTOMER": null, "Customer": null, "items": [], "note": null}`:                {"customer: must not be null"},
		// An exact key is the property, whatever another case says.
		`{"customer": null, "CUSTOMER": "ann", "items": [], "note": null}`: {"customer: must not be null"},
	})
	var o required.Order
	if err := json.Unmarshal([]byte(`{"CUSTOMER": "ann", "Items": [], "NOTE": null}`), &o); err != nil {
		t.Fatal(err)
	}
	if err := o.Validate(); err != nil || o.Customer != "ann" {
		t.Errorf("Validate of a decoded Order with keys in other cases: %v (customer %q)", err, o.Customer)
	}
}

// TestRequiredInArrayOfObjects: required properties of objects inside an
// array are reported at their path, index included.
func TestRequiredInArrayOfObjects(t *testing.T) {
	checkAnswers(t, "POST", "/orders", map[string][]string{
		`{"customer": "ann", "items": [{"sku": "a", "quantity": 1}, {"sku": "b"}, {}], "note": null}`: {
			"items[1].quantity: is required", "items[2].quantity: is required", "items[2].sku: is required",
		},
		`{"customer": "ann", "items": [{"sku": null, "quantity": 1}], "note": null}`: {"items[0].sku: must not be null"},
	})
}

// TestRequiredInMapOfObjects: likewise inside a map, under its key.
func TestRequiredInMapOfObjects(t *testing.T) {
	checkAnswers(t, "POST", "/orders", map[string][]string{
		`{"customer": "ann", "items": [], "note": null, "lines": {"x": {"sku": "a"}}}`: {"lines.x.quantity: is required"},
	})
}

// TestRequiredNullable: a required nullable property may be null, not
// absent.
func TestRequiredNullable(t *testing.T) {
	checkAnswers(t, "POST", "/orders", map[string][]string{
		`{"customer": "ann", "items": [], "note": null}`: nil,
		`{"customer": "ann", "items": [], "note": "x"}`:  nil,
		`{"customer": "ann", "items": []}`:               {"note: is required"},
	})
}

// TestRequiredNullIsOneProblem: a required string that is null is "must
// not be null", not also the empty string's minLength failure; a required
// array that is null (what a Go client sends for a nil slice) is "must not
// be null", not "is required".
func TestRequiredNullIsOneProblem(t *testing.T) {
	checkAnswers(t, "POST", "/orders", map[string][]string{
		`{"customer": null, "items": [], "note": null}`:    {"customer: must not be null"},
		`{"customer": "ann", "items": null, "note": null}`: {"items: must not be null"},
		`{"note": null}`: {"customer: is required", "items: is required"},
	})
}

// TestRequiredWithOtherProblems: every problem is answered at once, where
// the key scan answered the missing keys alone and Validate only after.
func TestRequiredWithOtherProblems(t *testing.T) {
	checkAnswers(t, "POST", "/orders", map[string][]string{
		`{"items": [{"sku": "", "quantity": 0}], "note": null, "priority": 0}`: {
			"customer: is required", "items[0].quantity: must be at least 1", "items[0].sku: must be at least 1 character long", "priority: must be at least 1",
		},
	})
}

// TestBodyArrayOfObjects: a body declared in the operation as an array of
// objects has no Validate method; its elements are checked all the same
// (neither the key scan nor Validate did).
func TestBodyArrayOfObjects(t *testing.T) {
	checkAnswers(t, "POST", "/items", map[string][]string{
		`[{"sku": "a", "quantity": 1}]`:                  nil,
		`[{"sku": "a", "quantity": 1}, {"sku": "b"}]`:    {"[1].quantity: is required"},
		`[{"sku": "a", "quantity": 0}, {"quantity": 1}]`: {"[0].quantity: must be at least 1", "[1].sku: is required"},
	})
}

// TestBodyMapOfObjects: likewise for a map, which is optional here.
func TestBodyMapOfObjects(t *testing.T) {
	checkAnswers(t, "PUT", "/items", map[string][]string{
		``:                                      nil,
		`{"a": {"sku": "a", "quantity": 1}}`:    nil,
		`{"a": {"sku": "a"}, "b": {"sku": ""}}`: {"a.quantity: is required", "b.quantity: is required", "b.sku: must be at least 1 character long"},
	})
}

// TestBodyScalarChecked: an optional string body declared with a
// maxLength is held to it.
func TestBodyScalarChecked(t *testing.T) {
	checkAnswers(t, "PUT", "/label", map[string][]string{
		``:                nil,
		`"short"`:         nil,
		`"much too long"`: {"body: must be at most 8 characters long"},
	})
}

// TestDecodedValuesArePlain compares a decoded Order with the same Order
// built in Go: generated types hold their fields and nothing else (what
// decoding learns goes into DecodeOrder's record, not the value), so
// reflect.DeepEqual, go-cmp without options and == (on the comparable
// Item) see them equal, at every depth.
func TestDecodedValuesArePlain(t *testing.T) {
	var decoded required.Order
	doc := `{"customer":"ada","items":[{"sku":"a1"}],"note":null,"lines":{"x":{"sku":"b2","quantity":1}}}`
	if err := json.Unmarshal([]byte(doc), &decoded); err != nil {
		t.Fatal(err)
	}
	built := required.Order{
		Customer: "ada",
		Items:    []required.Item{{Sku: "a1"}},
		Lines:    map[string]required.Item{"x": {Sku: "b2", Quantity: 1}},
	}
	if !reflect.DeepEqual(built, decoded) {
		t.Errorf("a decoded Order differs from the same Order built in Go:\n%+v\n%+v", built, decoded)
	}
	if diff := cmp.Diff(built, decoded); diff != "" {
		t.Errorf("go-cmp (-built +decoded):\n%s", diff)
	}
	if built.Items[0] != decoded.Items[0] {
		t.Errorf("== on Items: %+v != %+v", built.Items[0], decoded.Items[0])
	}
	built.Items[0].Quantity = 3
	if reflect.DeepEqual(built, decoded) {
		t.Error("Orders with different items are equal")
	}
	// The absent quantity is in the record, not in the value.
	if _, err := required.DecodeOrder([]byte(doc)); err == nil || !strings.Contains(err.Error(), "items[0].quantity: is required") {
		t.Errorf("DecodeOrder: %v, want items[0].quantity: is required", err)
	}
}
