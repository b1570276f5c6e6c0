package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeConfig) and its verdict must be the real-schema
// oracle's (santhosh-tekuri/jsonschema v6). Before, an optional property
// held by pointer whose $ref reaches a JSON value declared with type
// object took null as absent (oxlint's rules: 2 mutants disagreed), as the
// declaration takes null as a value, which the pointer never hands it.

func TestOptionalRefToValueRefusesNull(t *testing.T) {
	o, err := oracle.Compile("../config.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{}`, true},
		{`{"rules": {"eqeqeq": "warn", "other": 2}}`, true},
		{`{"rules": null}`, false},
		{`{"direct": null}`, false},
		{`{"direct": {"eqeqeq": 1}}`, false},
		{`{"direct": {"other": "x"}}`, false},
		{`{"rules": []}`, false},
		{`{"loose": null}`, true},
		{`{"loose": 1}`, true},
		{`{"loose": "s"}`, false},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeConfig([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeConfig says %v", c.doc, c.valid, err)
		}
	}
}
