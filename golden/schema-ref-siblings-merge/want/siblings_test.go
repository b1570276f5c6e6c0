package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeHolder) and its verdict must be the real-schema
// oracle's (santhosh-tekuri/jsonschema v6). Before, an allOf member
// naming `{$ref: Base, required: [name], minProperties: 2}` was merged as
// Base alone (required and minProperties dropped), one naming `{$ref:
// Base, not: …}` dropped the not, and minLength beside a $ref to a union
// was noted and not checked.

func TestRefSiblingsHold(t *testing.T) {
	o, err := oracle.Compile("../holder.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{"name": "a", "other": "b"}`, true},
		{`{"name": "a", "id": "abc"}`, true},
		{`{"name": "a", "id": 7}`, true},
		{`{"name": "a", "guarded": {"name": "g"}}`, true},
		{`{"other": "b", "id": 7}`, false},
		{`{"name": "a"}`, false},
		{`{"name": "a", "id": "ab"}`, false},
		{`{"name": "a", "id": 1.5}`, false},
		{`{"name": "a", "guarded": {"legacy": 1}}`, false},
		{`{"name": "a", "guarded": {"name": 1}}`, false},
		{`{"name": 1, "other": "b"}`, false},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeHolder([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeHolder says %v", c.doc, c.valid, err)
		}
	}
}
