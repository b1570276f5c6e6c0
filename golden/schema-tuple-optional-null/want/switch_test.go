package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeSwitch) and its verdict must be the real-schema
// oracle's (santhosh-tekuri/jsonschema v6). Before, a position a document
// may leave out that may hold null decoded null as a pointer to the zero
// value, which its checks refused ([null]: "" is not one of "on", "off";
// randschemas seed 520, draft-04).

func TestOptionalNullablePositions(t *testing.T) {
	o, err := oracle.Compile("../switch.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`[]`, true},
		{`[null]`, true},
		{`[null, null]`, true},
		{`[null, 1]`, false},
		{`[null, 2]`, true},
		{`["on", 3]`, true},
		{`["x"]`, false},
		{`[""]`, false},
		{`[null, null, "a"]`, false},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeSwitch([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeSwitch says %v", c.doc, c.valid, err)
		}
	}
}
