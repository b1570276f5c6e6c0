package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeShape) and its verdict must be the real-schema
// oracle's (santhosh-tekuri/jsonschema v6). Before, the type beside a
// $ref or a single allOf member was dropped (the target's float64 took
// 1.5 where an integer was asked, and any number where an object was),
// and allOf members of no common type were json.RawMessage, unchecked.

func TestTypeBesideRef(t *testing.T) {
	o, err := oracle.Compile("../shape.schema.json", nil, false)
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
		{`{"count": 1.5}`, false},
		{`{"count": 14}`, false},
		{`{"count": "3"}`, false},
		{`{"never": 1}`, false},
		{`{"never": {}}`, false},
		{`{"never": null}`, false},
		{`{"label": "ab"}`, true},
		{`{"label": "a"}`, false},
		{`{"label": null}`, false},
		{`{"wide": 2.5}`, true},
		{`{"wide": 20}`, false},
		{`{"wide": "x"}`, false},
		{`{"single": 4}`, true},
		{`{"single": 4.5}`, false},
		{`{"single": 40}`, false},
		{`{"clash": 1}`, false},
		{`{"clash": {}}`, false},
		{`{"clash": "s"}`, false},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeShape([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeShape says %v", c.doc, c.valid, err)
		}
	}
}
