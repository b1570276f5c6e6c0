package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call and its verdict must be the oracle's (santhosh-tekuri/
// jsonschema v6). Before, a required property whose anyOf refers to an
// object schema of no type (here the root) refused null, which that
// variant matches (randschema seed 29287, draft 4); then, a keyword beside
// such an anyOf that refuses null (type, an allOf member) was not heard.

func TestAnyOfUntypedVariantTakesNull(t *testing.T) {
	o, err := oracle.Compile("../node.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{"kind": null}`, true},
		{`{"kind": "x"}`, true},
		{`{"kind": [1, 2]}`, true},
		{`{"kind": {"kind": null}}`, true},
		{`{"kind": {"label": "a"}}`, false},
		{`{"kind": {"kind": null, "label": 3}}`, false},
		{`{}`, false},
		{`{"kind": null, "typed": null}`, false},
		{`{"kind": null, "typed": {"a": "x"}}`, true},
		{`{"kind": null, "merged": null}`, false},
		{`{"kind": null, "merged": [1]}`, true},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeNode([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeNode says %v", c.doc, c.valid, err)
		}
	}
}
