package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeCommand) and its verdict must be the
// real-schema oracle's (santhosh-tekuri/jsonschema v6). Before, an allOf
// kept its first member's enum: every kind matched both variants (the
// oneOf refused each parameter), level took 1 and null, and none took "a".

func TestAllOfEnumMeet(t *testing.T) {
	o, err := oracle.Compile("../command.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{"parameters": [{"kind": "flag", "name": "--verbose"}]}`, true},
		{`{"parameters": [{"kind": "integer", "name": "--count", "argument": "N"}]}`, true},
		{`{"parameters": [{"kind": "integer", "name": "--count"}]}`, false},
		{`{"parameters": [{"kind": "string", "name": "--path"}]}`, false},
		{`{"parameters": [{"kind": "other", "name": "--x"}]}`, false},
		{`{"main": {"kind": "flag", "name": "--v"}}`, true},
		{`{"main": {"kind": "integer", "name": "--v"}}`, false},
		{`{"level": 2}`, true},
		{`{"level": "x"}`, true},
		{`{"level": 1}`, false},
		{`{"level": null}`, false},
		{`{"level": true}`, false},
		{`{"none": "a"}`, false},
		{`{"none": "b"}`, false},
		{`{}`, true},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeCommand([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeCommand says %v", c.doc, c.valid, err)
		}
	}
}
