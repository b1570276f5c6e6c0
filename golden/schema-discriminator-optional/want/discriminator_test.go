package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeResource) and its verdict must be the real-schema
// oracle's (santhosh-tekuri/jsonschema v6). Before, a document without
// resourceType was rejected, though parameters does not require it.

func TestOptionalDiscriminatorAgreesWithOracle(t *testing.T) {
	o, err := oracle.Compile("../resource.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{}`, true},
		{`{"parameter": ["a"]}`, true},
		{`{"resourceType": "Parameters", "parameter": ["a"]}`, true},
		{`{"resourceType": "Account", "name": "n"}`, true},
		{`{"resourceType": "Account", "parameter": ["a"]}`, false},
		{`{"name": "n"}`, false},
		{`{"resourceType": "Other"}`, false},
		{`{"parameter": [1]}`, false},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeResource([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeResource says %v", c.doc, c.valid, err)
		}
	}
}
