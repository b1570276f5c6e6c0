package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeMappings) and its verdict must be the oracle's
// (santhosh-tekuri/jsonschema v6, on the schema in the OpenAPI document).
// Before, `type: object` beside the allOf was noted as not checked, and
// {"teams": 1} was valid.

func TestTypeBesideAllOf(t *testing.T) {
	o, err := oracle.CompileAt("../openapi.yaml", "#/components/schemas/Mappings", false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{"teams": {"entries": ["a"]}}`, true},
		{`{"teams": {}, "levels": [{}, {"entries": []}]}`, true},
		{`{"teams": 1}`, false},
		{`{"teams": "x"}`, false},
		{`{"teams": []}`, false},
		{`{"levels": [{}, true]}`, false},
		{`{"teams": {"entries": [1]}}`, false},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeMappings([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeMappings says %v", c.doc, c.valid, err)
		}
	}
	// A Teams decoded alone refuses the kinds its type refuses too.
	if _, err := DecodeTeams([]byte(`1`)); err == nil {
		t.Error("DecodeTeams(1): no error")
	}
}
