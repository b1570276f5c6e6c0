package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeOptions) and its verdict must be the real-schema
// oracle's (santhosh-tekuri/jsonschema v6). Before, the schemas named
// description and summary below create were dropped as text keywords that
// hold no text, and the schema was refused: its $refs did not resolve.

func TestTextKeywordData(t *testing.T) {
	o, err := oracle.Compile("../options.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{"description": "a package", "summary": "short", "access": "public"}`, true},
		{`{"description": "a"}`, false},
		{`{"description": 1}`, false},
		{`{"summary": "too long"}`, false},
		{`{"access": "private"}`, false},
		{`{}`, true},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeOptions([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeOptions says %v", c.doc, c.valid, err)
		}
	}
}
