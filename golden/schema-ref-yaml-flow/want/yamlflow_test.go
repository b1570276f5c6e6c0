package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call and its verdict must be the oracle's (jsonschema v6).
// Before, a .yaml file whose text starts with "{" was read as JSON only,
// and content/presence.yaml (a flow mapping with a bare word and trailing
// commas, valid YAML as Matrix's m.presence.yaml is) was "malformed JSON".

func TestYAMLFlowRef(t *testing.T) {
	o, err := oracle.Compile("../event.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{"content": {"presence": "online"}}`, true},
		{`{"content": {"presence": "offline", "currently_active": true}}`, true},
		{`{"content": {"presence": "away"}}`, false},
		{`{"content": {"presence": "online", "currently_active": "yes"}}`, false},
		{`{"content": {"currently_active": false}}`, false},
		{`{"content": []}`, false},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeEvent([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeEvent says %v", c.doc, c.valid, err)
		}
	}
}
