package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodePair) and its verdict must be the real-schema
// oracle's (santhosh-tekuri/jsonschema v6). Before, a position the array
// must reach (minItems) that may hold null was held by value, so null
// decoded as the zero value and its checks refused it ([null, "ab"]:
// "must be at least 1"; randschemas seed 27100).

func TestRequiredNullablePositions(t *testing.T) {
	o, err := oracle.Compile("../pair.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`[2, "ab"]`, true},
		{`[null, "ab"]`, true},
		{`[2, null]`, true},
		{`[null, null]`, true},
		{`[0, "ab"]`, false},
		{`[14, null]`, false},
		{`[2, "a"]`, false},
		{`[null]`, false},
		{`[]`, false},
		{`[null, null, 1]`, false},
		{`["x", null]`, false},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodePair([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodePair says %v", c.doc, c.valid, err)
		}
	}
}
