package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeEnvelope) and its verdict must be the
// real-schema oracle's (santhosh-tekuri/jsonschema v6). Before, the
// response_id that Event requires and no member declares was noted as
// not checked: {"type": "x"} was a valid Event, and the oneOf took it.

func TestRequiredUndeclared(t *testing.T) {
	o, err := oracle.Compile("../envelope.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{"event": {"type": "x", "response_id": "r"}}`, true},
		{`{"event": {"type": "x", "response_id": null}}`, true},
		{`{"event": {"type": "x", "seq": 1, "response_id": [1]}}`, true},
		{`{"event": {"type": "x"}}`, false},
		{`{"event": {"type": "x", "Response_id": 1}}`, false},
		{`{"event": {"type": "x", "nested": {"response_id": 1}}}`, false},
		{`{"event": {"response_id": "r"}}`, false},
		{`{"either": {"type": "x", "response_id": "r"}}`, true},
		{`{"either": {"type": "x", "other": 1}}`, true},
		{`{"either": {"type": "x"}}`, false},
		{`{"either": {"type": "x", "other": 1, "response_id": 2}}`, false},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeEnvelope([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeEnvelope says %v", c.doc, c.valid, err)
		}
	}
}
