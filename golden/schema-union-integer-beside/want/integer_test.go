package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeCount) and its verdict must be the real-schema
// oracle's (santhosh-tekuri/jsonschema v6). Before, a type list beside a
// union that names integer and not number let 0.5 through to a variant of
// numbers (randschemas seed 15002).

func TestIntegerBesideUnion(t *testing.T) {
	o, err := oracle.Compile("../count.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{}`, true},
		{`{"count": 3}`, true},
		{`{"count": 3.0}`, true},
		{`{"count": 1e2}`, true},
		{`{"count": 0.5}`, false},
		{`{"count": -1}`, false},
		{`{"count": "x"}`, true},
		{`{"count": {}}`, false},
		{`{"only": 5}`, true},
		{`{"only": 5.5}`, false},
		{`{"only": 200}`, true},
		{`{"only": 200.5}`, false},
		{`{"only": 50}`, false},
		{`{"only": []}`, false},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeCount([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeCount says %v", c.doc, c.valid, err)
		}
	}
}
