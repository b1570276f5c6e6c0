package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeApp) and its verdict must be the real-schema
// oracle's (santhosh-tekuri/jsonschema v6).

func TestUnionTupleVariantsAgreeWithOracle(t *testing.T) {
	o, err := oracle.Compile("../app.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{"plugins": ["a", ["b"], ["c", {"x": 1}]]}`, true},
		{`{"plugins": [["c", {"x": 1}]]}`, true}, // the two-item variant, not the first tuple
		{`{"plugins": [["c", {"x": 1}, 3]]}`, false},
		{`{"plugins": [[]]}`, false},
		{`{"plugins": [["c", "d"]]}`, false},
		{`{"plugins": [1]}`, false},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeApp([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeApp says %v", c.doc, c.valid, err)
		}
	}
}
