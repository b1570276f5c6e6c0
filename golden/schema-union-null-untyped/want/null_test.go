package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeHolder, DecodeRoot) and its verdict must be the
// real-schema oracle's (santhosh-tekuri/jsonschema v6). Before, null was
// taken as the null variant's before any variant was tried, so a oneOf of
// {type: null} and an object schema without type, which matches null as
// well, took null where JSON Schema counts two matches.

func TestNullMatchesUntypedVariant(t *testing.T) {
	for _, c := range []struct {
		schema string
		decode func([]byte) error
		doc    string
		valid  bool
	}{
		{"holder", decodeHolder, `{}`, true},
		{"holder", decodeHolder, `{"one": null}`, false},
		{"holder", decodeHolder, `{"one": 1}`, true},
		{"holder", decodeHolder, `{"one": {"a": "x"}}`, true},
		{"holder", decodeHolder, `{"one": {"a": 1}}`, false},
		{"holder", decodeHolder, `{"oneRequired": null}`, false},
		{"holder", decodeHolder, `{"oneRequired": "s"}`, true},
		{"holder", decodeHolder, `{"oneRequired": {}}`, false},
		{"holder", decodeHolder, `{"any": null}`, true},
		{"holder", decodeHolder, `{"any": 1}`, true},
		{"holder", decodeHolder, `{"noNull": null}`, true},
		{"holder", decodeHolder, `{"noNull": 1}`, true},
		{"holder", decodeHolder, `{"noNull": "s"}`, false},
		{"holder", decodeHolder, `{"twoUntyped": null}`, false},
		{"holder", decodeHolder, `{"twoUntyped": {"a": "x"}}`, false},
		{"holder", decodeHolder, `{"twoUntyped": {"a": 1}}`, true},
		{"holder", decodeHolder, `{"typeList": null}`, false},
		{"holder", decodeHolder, `{"typeList": "s"}`, false},
		{"holder", decodeHolder, `{"typeList": 1}`, true},
		{"holder", decodeHolder, `{"items": [null]}`, false},
		{"holder", decodeHolder, `{"items": [1, {"a": "x"}]}`, true},
		{"holder", decodeHolder, `{"values": {"k": null}}`, false},
		{"holder", decodeHolder, `{"values": {"k": true}}`, true},
		{"holder", decodeHolder, `{"notUntyped": null}`, false},
		{"holder", decodeHolder, `{"notUntyped": {"a": 1}}`, true},
		{"holder", decodeHolder, `{"required": {"x": null}}`, false},
		{"holder", decodeHolder, `{"required": {"x": 2}}`, true},
		{"holder", decodeHolder, `{"required": {}}`, false},
		{"root", decodeRoot, `null`, false},
		{"root", decodeRoot, `1`, true},
		{"root", decodeRoot, `{"a": "x"}`, true},
		{"root", decodeRoot, `{"a": 1}`, false},
	} {
		o, err := oracle.Compile("../"+c.schema+".schema.json", nil, false)
		if err != nil {
			t.Fatal(err)
		}
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s %s: the oracle says valid %v (%v), the table %v", c.schema, c.doc, ok, err, c.valid)
		}
		if err := c.decode([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s %s: valid %v, Decode says %v", c.schema, c.doc, c.valid, err)
		}
	}
}

func decodeHolder(data []byte) error {
	_, err := DecodeHolder(data)
	return err
}

func decodeRoot(data []byte) error {
	_, err := DecodeRoot(data)
	return err
}
