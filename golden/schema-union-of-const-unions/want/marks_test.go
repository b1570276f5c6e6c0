package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeSpec) and its verdict must be the real-schema
// oracle's (santhosh-tekuri/jsonschema v6).

func TestUnionOfConstUnionsAgreesWithOracle(t *testing.T) {
	o, err := oracle.Compile("../spec.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{"mark": "boxplot"}`, true},
		{`{"mark": "errorbar"}`, true}, // the inner union's second const
		{`{"mark": "errorband"}`, true},
		{`{"mark": "line"}`, true},
		{`{"mark": {"type": "bar"}}`, true},
		{`{"mark": "pie"}`, false},
		{`{"mark": {"type": "pie"}}`, false},
		{`{"mark": 1}`, false},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeSpec([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeSpec says %v", c.doc, c.valid, err)
		}
	}
}
