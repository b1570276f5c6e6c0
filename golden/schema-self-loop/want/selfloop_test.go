package want

import (
	"encoding/json"
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is decoded and validated as a
// user does, and its verdict must be the real-schema oracle's
// (santhosh-tekuri/jsonschema v6, which compiles a schema that references
// itself in place and fails the evaluation at the cycle; v5, the golden
// differential's oracle, refuses the document).

func TestSelfLoopAgreesWithOracle(t *testing.T) {
	o, err := oracle.Compile("../blueprint.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{}`, true},
		{`{"node": {}}`, false}, // allOf [node, …]: no value
		{`{"node": {"name": "a"}}`, false},
		{`{"node": 1}`, false},
		{`{"choice": "ab"}`, true}, // anyOf [choice, string]: the string
		{`{"choice": "a"}`, false},
		{`{"choice": 1}`, false},
		{`{"negated": 1}`, true}, // not choice-of-itself: anything
		{`{"negated": {"a": [1]}}`, true},
		{`{"nodes": [{"name": "a", "kids": [{"name": "b"}]}]}`, true}, // recursion through items is no loop
		{`{"nodes": [{"kids": [{"name": 1}]}]}`, false},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		var b Blueprint
		err := json.Unmarshal([]byte(c.doc), &b)
		if err == nil {
			err = b.Validate()
		}
		if (err == nil) != c.valid {
			t.Errorf("%s: valid %v, decoding and Validate say %v", c.doc, c.valid, err)
		}
	}
}
