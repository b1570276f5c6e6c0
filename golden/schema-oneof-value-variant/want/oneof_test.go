package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call and its verdict must be the oracle's (santhosh-tekuri/
// jsonschema v6). Before, a oneOf with a variant typed as a JSON value
// (here a $ref to null beside type object, which nothing matches) was not
// checked for a second match, and {} — which both open objects match —
// decoded as the first of them (randschema seed 29154).

func TestOneOfValueVariantExclusive(t *testing.T) {
	o, err := oracle.Compile("../setting.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{"setting": {}}`, false},
		{`{"setting": {"other": true}}`, true},
		{`{"setting": {"name": 1}}`, true},
		{`{"setting": {"name": "a"}}`, true},
		{`{"setting": {"name": "a", "x": 1}}`, false},
		{`{"setting": {"args": "a"}}`, false},
		{`{"setting": {"args": "a", "name": 2}}`, true},
		{`{"setting": {"args": ""}}`, true},
		{`{"setting": null}`, false},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeSetting([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeSetting says %v", c.doc, c.valid, err)
		}
	}
}
