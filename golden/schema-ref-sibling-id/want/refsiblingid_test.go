package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeManifest) and its verdict must be the real-schema
// oracle's (santhosh-tekuri/jsonschema v6). Before, generating this case
// was refused: the $refs beside an id were resolved against that id.

func TestRefSiblingIDAgreesWithOracle(t *testing.T) {
	o, err := oracle.Compile("../manifest.schema.json", []string{"https://example.com/schemas/=../lib/"}, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{"digest": "sha256:0123456789abcdef"}`, true},
		{`{"digest": "sha256:0123456789abcdef", "annotations": {"a": "b"}}`, true},
		{`{"digest": "sha256:0123456789abcdef", "annotations": {"a": 1}}`, false},
		{`{"digest": "md5"}`, false},
		{`{}`, false},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeManifest([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeManifest says %v", c.doc, c.valid, err)
		}
	}
}
