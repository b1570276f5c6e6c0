package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeSetting) and its verdict must be the real-schema
// oracle's (santhosh-tekuri/jsonschema v6). Before, an enum none of whose
// values its type allows was left unchecked on the type's Go string, so
// any string passed (randschemas seed 108, draft-04).

func TestEnumOutsideType(t *testing.T) {
	o, err := oracle.Compile("../setting.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{}`, true},
		{`{"mode": null}`, true},
		{`{"mode": "a@b.co"}`, false},
		{`{"mode": {"k": "v"}}`, false},
		{`{"shape": "x"}`, false},
		{`{"shape": [1]}`, false},
		{`{"shape": null}`, false},
		{`{"level": "low"}`, true},
		{`{"level": "mid"}`, false},
		{`{"level": 3}`, false},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeSetting([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeSetting says %v", c.doc, c.valid, err)
		}
	}
}
