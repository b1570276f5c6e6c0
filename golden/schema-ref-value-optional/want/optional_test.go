package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeRules) and its verdict must be the real-schema
// oracle's (santhosh-tekuri/jsonschema v6). An optional property whose
// type is a declaration of a JSON value is a pointer, and a null decodes
// to nil, which no Validate sees: decoding's record must judge it from
// what the schema allows. Before, {"rule": null} was accepted though the
// rule's enum has no null (schemastore's csslintrc).

func TestOptionalRefToValueJudgesNull(t *testing.T) {
	o, err := oracle.Compile("../rules.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{}`, true},
		{`{"rule": 2, "anything": 1, "loose": 3, "level": "high"}`, true},
		{`{"rule": null}`, false},
		{`{"rule": 3}`, false},
		{`{"anything": null}`, true},
		{`{"loose": null}`, true},
		{`{"loose": "s"}`, false},
		{`{"level": null}`, true},
		{`{"level": 2}`, false},
		{`{"rule": true, "anything": null, "loose": null, "level": null}`, true},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeRules([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeRules says %v", c.doc, c.valid, err)
		}
	}
}
