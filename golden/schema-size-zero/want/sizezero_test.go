package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call and its verdict must be the oracle's (jsonschema v6).
// Before, minItems: 0 beside a $ref (and minProperties: 0 on a struct or
// a value of any kind) opened a block with nothing in it, and the package
// did not compile ("declared and not used").

func TestSizeZero(t *testing.T) {
	o, err := oracle.Compile("../request.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{}`, true},
		{`{"requested": [], "obj": {}, "anyobj": {}, "anyarr": [], "m": {}, "s": {}, "l": []}`, true},
		{`{"requested": ["a"], "anyobj": 1, "anyarr": "x", "m": {"k": "v"}, "s": {"a": "b"}, "l": ["c"]}`, true},
		{`{"requested": [1]}`, false},
		{`{"requested": {}}`, false},
		{`{"obj": {"a": 1}}`, false},
		{`{"m": {"k": 1}}`, false},
		{`{"l": [null]}`, false},
		{`[]`, false},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeRequest([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeRequest says %v", c.doc, c.valid, err)
		}
	}
}
