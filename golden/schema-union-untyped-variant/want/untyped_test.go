package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeChoice) and its verdict must be the real-schema
// oracle's (santhosh-tekuri/jsonschema v6). Before, a union variant whose
// schema has properties but no type was tried on objects only, so a
// string that a oneOf's string variant and that schema both match was
// accepted, and a number only that schema matches was rejected.

func TestUntypedVariantMatchesNonObjects(t *testing.T) {
	o, err := oracle.Compile("../choice.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{}`, true},
		{`{"one": "foo"}`, false},
		{`{"one": 5}`, true},
		{`{"one": true}`, true},
		{`{"one": [1]}`, true},
		{`{"one": {"name": "a"}}`, true},
		{`{"one": {"name": 1}}`, false},
		{`{"one": {}}`, false},
		{`{"any": 5}`, true},
		{`{"any": 5.5}`, true},
		{`{"any": "s"}`, true},
		{`{"any": {"name": "a"}}`, true},
		{`{"any": {"name": "a", "x": 1}}`, false},
		{`{"any": {}}`, false},
		{`{"two": "s"}`, false},
		{`{"two": 1}`, false},
		{`{"two": {"a": "x"}}`, true},
		{`{"two": {"a": "x", "b": "y"}}`, false},
		{`{"self": 3}`, false},
		{`{"self": "s"}`, true},
		{`{"self": {"size": 3}}`, false},
		{`{"self": {"size": "s"}}`, true},
		{`{"self": {"size": {"size": true}}}`, true},
		{`{"self": {"size": {"size": {}}}}`, false},
		{`{"self": {}}`, false},
		{`{"two": null}`, false},
		{`{"self": null}`, false},
		{`{"one": null}`, true},
		{`{"any": null}`, true},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeChoice([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeChoice says %v", c.doc, c.valid, err)
		}
	}
}

// TestUntypedVariantKeepsTypedMatch: anyOf keeps the variant that holds
// the value by type, not the object schema that matches it vacuously.
func TestUntypedVariantKeepsTypedMatch(t *testing.T) {
	v, err := DecodeChoice([]byte(`{"any": 7}`))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := v.Any.Value.(*ChoiceAnyInteger); !ok {
		t.Errorf("any: holds %T, want *ChoiceAnyInteger", v.Any.Value)
	}
}
