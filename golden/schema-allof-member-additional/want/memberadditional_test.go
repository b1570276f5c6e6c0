package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeNode) and its verdict must be the real-schema
// oracle's (santhosh-tekuri/jsonschema v6). Before, a property one allOf
// member declares was checked by that member's schema alone, not by the
// additionalProperties of the members that do not declare it.

func TestMergeAppliesMembersAdditionalProperties(t *testing.T) {
	o, err := oracle.Compile("../node.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{}`, true},
		{`{"context": "c", "container": "list"}`, true},
		{`{"context": {"post": {"container": "set"}}}`, true},
		{`{"context": {"post": {"container": "index"}}}`, false},
		{`{"context": {"post": {"container": ["set"]}}}`, false},
		{`{"context": {"x-a": "s"}}`, true},
		{`{"context": {"x-a": 1}}`, false},
		{`{"hidden": "h"}`, true},
		{`{"hidden": 1}`, false},
		{`{"extra": 1}`, false},
		{`{"x-b": "s"}`, true},
		{`{"other": {}}`, false},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeNode([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeNode says %v", c.doc, c.valid, err)
		}
	}
}
