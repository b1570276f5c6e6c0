package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeSnippet) and its verdict must be the real-schema
// oracle's (santhosh-tekuri/jsonschema v6). Before, the allOf members
// named by bare $refs were merged into a struct of the properties, which
// dropped their if/then, not and false (CMake's snippet-v1 schema: a drawn
// document with role "test" and no command was taken).

func TestAllOfRefConditionsHold(t *testing.T) {
	o, err := oracle.Compile("../snippet.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{"role": "link"}`, true},
		{`{"role": "test", "command": "ctest"}`, true},
		{`{"role": "compile", "source": "a.c"}`, true},
		{`{"role": "test"}`, false},
		{`{"role": "compile"}`, false},
		{`{"role": "compile", "source": "a.c", "command": "cc"}`, false},
		{`{"role": ""}`, false},
		{`{"role": "link", "other": 1}`, false},
		{`{"command": "x"}`, false},
		{`[]`, false},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeSnippet([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeSnippet says %v", c.doc, c.valid, err)
		}
	}
}
