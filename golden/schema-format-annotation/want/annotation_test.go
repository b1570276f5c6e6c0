package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeContact) and its verdict must be the real-schema
// oracle's (santhosh-tekuri/jsonschema v6): uuid and date-time included,
// whose Go types (UUIDString, DateTimeString) hold any string
// (docs/formats.md).

func TestFormatAnnotationAgreesWithOracle(t *testing.T) {
	o, err := oracle.Compile("../spec.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc string
		// valid is the oracle's verdict, and DecodeContact's.
		valid bool
	}{
		{`{"email": "ann@example.com", "homepage": "https://example.com/", "host": "example.com", "born": "2001-02-03"}`, true},
		{`{"email": "not an address"}`, true},
		{`{"homepage": "::not a uri::"}`, true},
		{`{"host": "-bad-.example"}`, true},
		{`{"born": "yesterday"}`, true},
		{`{"tag": "anything"}`, true},
		{`{"aliases": ["a@b.c", "no at sign"]}`, true},
		{`{"links": {"x": "\\\\not a reference"}}`, true},
		{`{"id": "0b6f3bd8-6c1e-4bb4-9a14-6a3e1e0c8a4e", "seen": "2020-01-02T03:04:05Z"}`, true},
		// No uuid.UUID or time.Time would hold these: decoding rejected
		// them while the types were those (format-annotation-typed).
		{`{"id": "not-a-uuid"}`, true},
		{`{"seen": "yesterday"}`, true},
		{`{"seen": "2016-12-31T23:59:60Z", "id": "{0b6f3bd8-6c1e-4bb4-9a14-6a3e1e0c8a4e}"}`, true},
		{`{"id": 7}`, false},
		{`{"seen": null}`, false},
		{`{"email": 1}`, false},
		{`{"aliases": "a@b.c"}`, false},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeContact([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeContact says %v", c.doc, c.valid, err)
		}
	}
}
