package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeChange) and its verdict must be the real-schema
// oracle's (santhosh-tekuri/jsonschema v6).

func TestMapListVariantsAgreeWithOracle(t *testing.T) {
	o, err := oracle.Compile("../change.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{"rollback": {}}`, true},
		{`{"rollback": {"id": "a", "author": "b"}}`, true}, // not the closed empty object
		{`{"rollback": {"id": "a"}}`, false},
		{`{"rollback": "x"}`, true},
		{`{"runtime": {}}`, true},
		{`{"runtime": {"args": ["value"]}}`, true}, // cibuildwheel's drawn document
		{`{"runtime": {"args": [1]}}`, false},
		{`{"runtime": {"other": 1}}`, false},
		{`{"runtime": ""}`, true},
		{`{"pair": ["a"]}`, true},
		{`{"pair": [1, 2]}`, true}, // the integer list, not the one-item list
		{`{"pair": ["a", "b"]}`, false},
		{`{"labels": {"a": "x"}}`, true},
		{`{"labels": {"a": 1, "b": 2}}`, true}, // the integer map
		{`{"labels": {"a": "x", "b": "y"}}`, false},
		{`{"licenses": ["a", "b"]}`, true},
		{`{"licenses": ["a"]}`, false}, // both lists match a oneOf
		{`{"licenses": []}`, false},
		{`{"limits": {"a": "x"}}`, true},
		{`{"limits": {"a": 1, "b": 2}}`, true},
		{`{"limits": {"a": 1}}`, false}, // both maps match a oneOf
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeChange([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeChange says %v", c.doc, c.valid, err)
		}
	}
}
