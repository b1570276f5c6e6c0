package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeShape) and its verdict must be the real-schema
// oracle's (santhosh-tekuri/jsonschema v6). Before, null at a tuple's
// position decoded as the zero value (or a pointer to it), which Validate
// cannot tell from 0, "" or false, so `[1, 2, null]` passed a position of
// type number; null past the positions, where items have a type, passed
// too.

func TestTupleNullPositions(t *testing.T) {
	o, err := oracle.Compile("../shape.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{"min": [1, 2, 3]}`, true},
		{`{"min": [0, 0, 0]}`, true},
		{`{"label": ["a"]}`, true},
		{`{"label": ["a", null]}`, true},
		{`{"label": ["a", 1, true, "x"]}`, true},
		{`{"label": ["a", null, false]}`, true},
		{`{"min": [1, 2, null]}`, false},
		{`{"min": [null, 2, 3]}`, false},
		{`{"min": [1, 2, 31]}`, false},
		{`{"label": [null]}`, false},
		{`{"label": ["a", 1, null]}`, false},
		{`{"label": ["a", 1, true, null]}`, false},
		{`{"label": ["a", 1.5]}`, false},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeShape([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeShape says %v", c.doc, c.valid, err)
		}
	}
}
