package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeConfig) and its verdict must be the real-schema
// oracle's (santhosh-tekuri/jsonschema v6). Before, never was an int64
// that took every integer: allOf [integer, null] allows no value.

func TestAllOfNullMemberAgreesWithOracle(t *testing.T) {
	o, err := oracle.Compile("../config.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{}`, true},
		{`{"never": 1}`, false},
		{`{"never": null}`, false},
		{`{"never": "a"}`, false},
		{`{"onlyNull": null}`, true},
		{`{"onlyNull": "a"}`, false},
		{`{"onlyNull": 1}`, false},
		{`{"count": 2, "onlyNull": null}`, true},
		{`{"byRef": 14}`, false},
		{`{"byRef": null}`, false},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeConfig([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeConfig says %v", c.doc, c.valid, err)
		}
	}
}
