package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeOrder) and its verdict must be the real-schema
// oracle's (santhosh-tekuri/jsonschema v6). Before, minProperties and
// maxProperties beside a $ref to a struct were noted as not checked:
// {"address": {}} was valid.

func TestCountBesideStructRef(t *testing.T) {
	o, err := oracle.Compile("../order.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{"address": {"street": "a", "city": "b"}}`, true},
		{`{"address": {"street": "a", "zip": "1"}}`, true},
		{`{"address": {"street": "a", "city": "b", "zip": "1"}}`, true},
		{`{"address": {}}`, false},
		{`{"address": {"street": "a"}}`, false},
		{`{"address": {"street": "a", "street": "b"}}`, false},
		{`{"address": {"street": "a", "\u0073treet": "b"}}`, false},
		{`{"address": {"zip": "a", "\u007aip": "b"}}`, false},
		{`{"address": {"street": "a", "city": "b", "zip": "1", "country": "x"}}`, false},
		{`{"address": {"street": 1, "city": "b"}}`, false},
		{`{"lines": [{"x": 1}, {"street": "a"}]}`, true},
		{`{"lines": [{"x": 1}, {}]}`, false},
		{`{"tags": {"a": {"a": 1}}}`, true},
		{`{"tags": {"a": {"b": 1}}}`, true},
		{`{"tags": {"a": {}}}`, false},
		{`{"tags": {"a": {"a": 1, "b": 2}}}`, false},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeOrder([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeOrder says %v", c.doc, c.valid, err)
		}
	}
}
