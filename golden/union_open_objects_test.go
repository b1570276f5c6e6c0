package golden_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/specgen/specgen/generator/difftest"
	openunion "github.com/specgen/specgen/golden/union-open-objects/want"
)

// TestUnionOpenObjectsRoundTrip: a union of objects that allow members they
// do not declare keeps, beside its variant, the members the variant has no
// field for, so encoding what it decoded gives the document again (the
// same JSON value) and decoding that holds the same variant. Before, Run's
// {"startedAt": "2019-05-09T15:17:32.690346", …} was the second variant
// (IncompleteRun refuses a date-time without zone), encoded as {"context": …} alone, which decoded as an
// IncompleteRun (Marquez); Filter's {"values": [200]} was an OrFilter{},
// encoded as {}, a SimpleExpression (Equinix). Validate agrees with the
// oracle on each document, as before.
func TestUnionOpenObjectsRoundTrip(t *testing.T) {
	for _, c := range []struct {
		schema, doc, variant string
		encoded              string // what encoding gives, when not doc itself
	}{
		{"Run", `{"id": "r1", "startedAt": "2019-05-09T15:17:32.690346", "context": {"SQL": "SELECT 1"}, "facets": {}}`, "*want.RunObject", ""},
		{"Run", `{"id": "r1", "startedAt": "2019-05-09T15:17:32Z", "context": {"a": "<b>"}, "state": "NEW"}`, "*want.IncompleteRun", ""},
		// A member the variant's decoding folds into a field is no rest.
		{"Run", `{"ID": "folded", "extra": [1, {"k": null}]}`, "*want.IncompleteRun", `{"id": "folded", "extra": [1, {"k": null}]}`},
		{"Filter", `{"property": "/med", "operator": "=", "values": [200]}`, "*want.OrFilter", ""},
		{"Filter", `{"property": "/med", "operator": "=", "values": ["200"]}`, "*want.SimpleExpression", ""},
		{"OneFilter", `{"or": [], "values": [200]}`, "*want.OneFilterObject", ""},
		{"Closed", `{"a": "x"}`, "*want.ClosedObject", ""},
	} {
		name := c.schema + " " + c.doc
		o, err := difftest.NewOracleWith("union-open-objects/openapi.yaml", "#/components/schemas/"+c.schema, difftest.OracleOptions{APIDescription: true})
		if err != nil {
			t.Fatal(err)
		}
		doc, _ := difftest.Decode([]byte(c.doc))
		oracleValid := len(o.Check(doc)) == 0
		v, held, err := decodeOpen(c.schema, []byte(c.doc))
		if (err == nil) != oracleValid {
			t.Errorf("%s: Decode error %v, oracle valid %v", name, err, oracleValid)
			continue
		}
		if held != c.variant {
			t.Errorf("%s: decoded as %s, want %s", name, held, c.variant)
		}
		data, err := json.Marshal(v)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		want := c.doc
		if c.encoded != "" {
			want = c.encoded
		}
		var before, after any
		_ = json.Unmarshal([]byte(want), &before)
		if err := json.Unmarshal(data, &after); err != nil {
			t.Fatalf("%s: encoded %s: %v", name, data, err)
		}
		if d := cmp.Diff(before, after); d != "" {
			t.Errorf("%s: encoded as %s (-document +encoded):\n%s", name, data, d)
		}
		w, again, err := decodeOpen(c.schema, data)
		if err != nil || again != held {
			t.Errorf("%s: %s decoded again as %s, %v; want %s", name, data, again, err, held)
		}
		if d := cmp.Diff(v, w); d != "" {
			t.Errorf("%s: decoded again (-first +second):\n%s", name, d)
		}
	}
}

// TestUnionRestAfterVariantChange: a member Rest kept is written only while
// the variant held does not declare it, so setting another variant never
// writes a name twice.
func TestUnionRestAfterVariantChange(t *testing.T) {
	f, err := openunion.DecodeFilter([]byte(`{"property": "/med", "values": [200], "x": 1}`))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := f.Value.(*openunion.OrFilter); !ok {
		t.Fatalf("decoded as %T, want *OrFilter", f.Value)
	}
	p := "/state"
	f.Value = &openunion.SimpleExpression{Property: &p}
	data, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(data), `{"property":"/state","x":1}`; got != want {
		t.Errorf("encoded %s, want %s", got, want)
	}
}

// decodeOpen decodes data as the golden case's schema and names the Go
// type of the variant it holds.
func decodeOpen(schema string, data []byte) (any, string, error) {
	switch schema {
	case "Run":
		v, err := openunion.DecodeRun(data)
		return v, fmt.Sprintf("%T", v.Value), err
	case "Filter":
		v, err := openunion.DecodeFilter(data)
		return v, fmt.Sprintf("%T", v.Value), err
	case "OneFilter":
		v, err := openunion.DecodeOneFilter(data)
		return v, fmt.Sprintf("%T", v.Value), err
	case "Closed":
		v, err := openunion.DecodeClosed(data)
		return v, fmt.Sprintf("%T", v.Value), err
	}
	panic(schema)
}
