package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeHolder) and its verdict must be the real-schema
// oracle's (santhosh-tekuri/jsonschema v6). Before, a required property
// whose schema is a $ref to `true` refused null ("must not be null"), as
// the declaration of any value it refers to was not seen to take null
// (randschemas seed 15008).

func TestRequiredRefToAnyTakesNull(t *testing.T) {
	o, err := oracle.Compile("../holder.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{"any": 1, "empty": 2, "loose": 3}`, true},
		{`{"any": null, "empty": null, "loose": null}`, true},
		{`{"any": null, "empty": {}, "loose": []}`, true},
		{`{"any": null, "empty": null, "loose": "s"}`, false},
		{`{"any": null, "empty": null}`, false},
		{`{"empty": null, "loose": null}`, false},
		{`{"any": 1, "empty": 2, "loose": 3, "x": 4}`, false},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeHolder([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeHolder says %v", c.doc, c.valid, err)
		}
	}
}
