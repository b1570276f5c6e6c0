package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeItem) and its verdict must be the real-schema
// oracle's (santhosh-tekuri/jsonschema v6). Before, a $ref beside
// properties was dropped for the properties (Item was {id} alone: a
// missing or long name passed), and a $ref beside an allOf for the allOf
// (randschemas seed 1, 2020-12: 4 disagreements).

func TestRefBesideProperties(t *testing.T) {
	o, err := oracle.Compile("../item.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{"id": 1, "name": "ab"}`, true},
		{`{"id": 1, "name": "abcdefg"}`, false},
		{`{"id": 1}`, false},
		{`{"name": "ab"}`, false},
		{`{"id": 1, "name": 3}`, false},
		{`{"id": 1, "name": "ab", "owner": {"name": "jo", "email": "j"}}`, true},
		{`{"id": 1, "name": "ab", "owner": {"email": "j"}}`, false},
		{`{"id": 1, "name": "ab", "owner": {"name": "j", "email": "j"}}`, false},
		{`{"id": 1, "name": "ab", "owner": {"name": "jo"}}`, false},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeItem([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeItem says %v", c.doc, c.valid, err)
		}
	}
}
