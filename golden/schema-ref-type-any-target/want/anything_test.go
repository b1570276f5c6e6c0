package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeAnything) and its verdict must be the real-schema
// oracle's (santhosh-tekuri/jsonschema v6). Before, a $ref to a schema
// that asserts nothing took the target's Go type, any, and the type list
// beside it was dropped without a note: {"label": 1} passed.

func TestRefTypeAnyTarget(t *testing.T) {
	o, err := oracle.Compile("../anything.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{}`, true},
		{`{"label": "x", "size": 3, "free": [1, {}]}`, true},
		{`{"size": null}`, true},
		{`{"free": null}`, true},
		{`{"label": 1}`, false},
		{`{"label": null}`, false},
		{`{"label": {}}`, false},
		{`{"size": 1.5}`, false},
		{`{"size": "3"}`, false},
		{`{"size": [3]}`, false},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeAnything([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeAnything says %v", c.doc, c.valid, err)
		}
	}
}
