package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeTrigger) and its verdict must be the real-schema
// oracle's (santhosh-tekuri/jsonschema v6). Before, the union's JSON value
// checked its non-null variant alone: {"push": null} was refused and
// {"mark": null}, which both of mark's variants match, was taken.

func TestNullWrapsValue(t *testing.T) {
	o, err := oracle.Compile("../trigger.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{"push": null}`, true},
		{`{"push": {}}`, true},
		{`{"push": {"branches": ["main"]}}`, true},
		{`{"push": {"branches": [], "tags": []}}`, false},
		{`{"push": {"other": 1}}`, false},
		{`{"push": 1}`, false},
		{`{"label": null}`, true},
		{`{"label": 1}`, true},
		{`{"label": "x"}`, false},
		{`{"mark": null}`, false},
		{`{"mark": 1}`, true},
		{`{"mark": "x"}`, false},
		{`{}`, true},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeTrigger([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeTrigger says %v", c.doc, c.valid, err)
		}
	}
}
