package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeConfig) and its verdict must be the real-schema
// oracle's (santhosh-tekuri/jsonschema v6). Before, {"id": []} passed: the
// $ref's union was kept and its sibling type: object dropped.

func TestRefSiblingUnionAgreesWithOracle(t *testing.T) {
	o, err := oracle.Compile("../config.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{"id": {}}`, true},
		{`{"id": {"name": "a"}}`, true},
		{`{"id": {"name": ""}}`, false},
		{`{"id": []}`, false},
		{`{"id": [null]}`, false},
		{`{"id": "a"}`, false},
		{`{}`, false},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeConfig([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeConfig says %v", c.doc, c.valid, err)
		}
	}
}
