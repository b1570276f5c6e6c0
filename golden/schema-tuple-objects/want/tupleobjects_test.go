package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document goes through the one call
// (DecodeBom) and its verdict must be the real-schema oracle's
// (santhosh-tekuri/jsonschema v6). CycloneDX's invalid licence documents
// were accepted while the tuple variant decoded through encoding/json.

func TestTupleObjectsAgreeWithOracle(t *testing.T) {
	o, err := oracle.Compile("../bom.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{}`, true},
		{`null`, false}, // the root is an object
		{`[]`, false},
		{`{"licenses": [{"license": {"id": "MIT"}}]}`, true},
		{`{"licenses": [{"expression": "MIT OR Apache-2.0"}]}`, true},
		{`{"licenses": [{"expression": "MIT", "license": {"id": "MIT"}}]}`, false}, // neither variant: both closed
		{`{"licenses": [{"expression": 1}]}`, false},
		{`{"licenses": [{}]}`, false},
		{`{"licenses": [{"expression": "MIT"}, {"expression": "BSD"}]}`, false},
		{`{"licenses": []}`, true},
		{`{"point": [1, 2]}`, true},
		{`{"point": [1, 2, 3]}`, false},
		{`{"point": [1, "a"]}`, false},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeBom([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeBom says %v", c.doc, c.valid, err)
		}
	}
}
