package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeChoice) and its verdict must be the real-schema
// oracle's (santhosh-tekuri/jsonschema v6). Before, a union whose null
// came from a variant's type list ([string, null]) rather than a null
// variant refused null (randschemas seed 328, draft-07).

func TestUnionNullableVariant(t *testing.T) {
	o, err := oracle.Compile("../choice.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{"a": null, "b": null, "c": 1, "d": null}`, true},
		{`{"a": "", "b": null, "c": 1, "d": null}`, false},
		{`{"a": "a", "b": "abc", "c": 1, "d": null}`, false},
		{`{"a": "a", "b": "ab", "c": null, "d": null}`, false},
		{`{"a": "a", "b": 1, "c": "x", "d": {"x": 1}}`, true},
		{`{"a": "a", "b": 1, "c": "x", "d": [1]}`, true},
		{`{"a": "a", "b": 1.5, "c": "x", "d": {}}`, false},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeChoice([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeChoice says %v", c.doc, c.valid, err)
		}
	}
}
