package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document goes through the one call
// (DecodeBinding) and its verdict must be the real-schema oracle's
// (santhosh-tekuri/jsonschema v6).

func TestRootRefNullAgreesWithOracle(t *testing.T) {
	o, err := oracle.Compile("../binding.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`null`, false}, // was accepted: the union left at its zero value
		{`{"version": "1.0", "port": 1}`, true},
		{`{"version": "2.0", "host": "h"}`, true},
		{`{"version": "2.0"}`, false},
		{`{"version": "3.0"}`, false},
		{`[]`, false},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeBinding([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeBinding says %v", c.doc, c.valid, err)
		}
	}
}
