package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeSpec) and its verdict must be the real-schema
// oracle's (santhosh-tekuri/jsonschema v6). Before, the type hints chose
// Go types that could not hold values the schema allows.

func TestFormatHintsAgreeWithOracle(t *testing.T) {
	o, err := oracle.Compile("../spec.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{"replicas": 3, "generation": 7, "ratio": 0.5, "data": {"k": "aGk="}, "weight": 2}`, true},
		{`{"replicas": 1000000000000}`, true},
		{`{"replicas": -1}`, false},
		{`{"generation": -1}`, true},
		{`{"ratio": 1e300}`, true},
		{`{"data": {"k": "not base64!"}}`, true},
		{`{"data": {"k": 1}}`, false},
		{`{"weight": 1.5}`, true},
		{`{"weight": "1"}`, false},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeSpec([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeSpec says %v", c.doc, c.valid, err)
		}
	}
}
