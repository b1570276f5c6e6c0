package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call and its verdict must be the real-schema oracle's
// (santhosh-tekuri/jsonschema v6), which reads an embedded resource in the
// draft its own $schema names. The golden differential's oracle (v5) reads
// the whole file in its root's draft, so it cannot judge this case.

func TestEmbeddedDialectAgreesWithOracle(t *testing.T) {
	for _, c := range []struct {
		file   string
		decode func([]byte) error
		docs   map[string]bool // document → the oracle's verdict, and the call's
	}{
		{"../shipment.schema.json", func(b []byte) error { _, err := DecodeShipment(b); return err }, map[string]bool{
			`{"id": "s1"}`: true,
			`{"id": "s1", "customs": {"declared": true, "value": 3}}`: true,
			`{"id": "s1", "customs": {"value": 3}}`:                   true,
			`{"id": "s1", "customs": {"declared": true}}`:             false, // 2020-12's dependentRequired
			`{"id": "s1", "customs": {"value": -1}}`:                  false,
		}},
		{"../route.schema.json", func(b []byte) error { _, err := DecodeRoute(b); return err }, map[string]bool{
			`{"leg": {"stops": ["a", "b"]}}`:                   true,
			`{"leg": {"stops": ["a", "b", 3]}}`:                true,
			`{"leg": {"stops": ["a", 2]}}`:                     false, // draft-07's tuple
			`{"leg": {"vessel": "v", "carrier": "c"}}`:         true,
			`{"leg": {"vessel": "v"}}`:                         false, // draft-07's dependencies
			`{"leg": {"carrier": "c", "stops": ["only one"]}}`: true,
		}},
	} {
		o, err := oracle.Compile(c.file, nil, false)
		if err != nil {
			t.Fatal(err)
		}
		for doc, valid := range c.docs {
			if ok, err := o.Valid([]byte(doc)); err != nil || ok != valid {
				t.Fatalf("%s %s: the oracle says valid %v (%v), the table %v", c.file, doc, ok, err, valid)
			}
			if err := c.decode([]byte(doc)); (err == nil) != valid {
				t.Errorf("%s %s: valid %v, the one call says %v", c.file, doc, valid, err)
			}
		}
	}
}
