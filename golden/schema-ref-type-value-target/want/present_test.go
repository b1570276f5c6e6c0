package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodePresent) and its verdict must be the real-schema
// oracle's (santhosh-tekuri/jsonschema v6). Before, the items took the
// target's JSON value, which checks only its not: type object beside the
// $ref was dropped, and false and "a" passed (randschemas seed 520,
// 2019-09).

func TestRefTypeValueTarget(t *testing.T) {
	o, err := oracle.Compile("../present.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`[]`, true},
		{`[{}]`, true},
		{`[{"a": 1}, {}]`, true},
		{`[false]`, false},
		{`["a"]`, false},
		{`[null]`, false},
		{`[{}, 1]`, false},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodePresent([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodePresent says %v", c.doc, c.valid, err)
		}
	}
}
