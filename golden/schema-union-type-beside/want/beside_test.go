package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeFilter) and its verdict must be the real-schema
// oracle's (santhosh-tekuri/jsonschema v6).

func TestTypeBesideUnionAgreesWithOracle(t *testing.T) {
	o, err := oracle.Compile("../filter.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{"names": ["a"]}`, true},
		{`{"names": null}`, false}, // renovate-40's drawn document
		{`{"names": "a"}`, false},
		{`{"tags": 3}`, true},
		{`{"tags": ["a"]}`, true},
		{`{"tags": null}`, false},
		{`{"tags": 1.5}`, false},
		{`{"either": null}`, true},
		{`{"either": ["a"]}`, true},
		{`{"either": "a"}`, false},
		{`{"level": "low"}`, true},
		{`{"level": null}`, false},
		{`{"level": "mid"}`, false},
		{`{"mode": "m"}`, true},
		{`{"mode": null}`, false},
		{`{"mode": ""}`, false},
		{`{"note": null}`, true},
		{`{"note": "abcd"}`, false},
		{`{"nested": ["a"]}`, true},
		{`{"nested": null}`, true},
		{`{"nested": {}}`, false}, // the nested union's object, which the type list rules out
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeFilter([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeFilter says %v", c.doc, c.valid, err)
		}
	}
}
