package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document goes through the one call
// (DecodeWorkflow) and its verdict must be the real-schema oracle's
// (santhosh-tekuri/jsonschema v6), including null map values, which a Go
// map of strings would otherwise hold as "".

func TestPatternMapAgreesWithOracle(t *testing.T) {
	o, err := oracle.Compile("../workflow.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{"jobs": {"build": {"runs-on": "x"}}}`, true},
		{`{"jobs": {}}`, false},
		{`{"jobs": {"1st": {"runs-on": "x"}}}`, false},          // a name the pattern does not match
		{`{"jobs": {"ok": {"runs-on": "x"}, "1st": 5}}`, false}, // its value is not decoded as a job
		{`{"jobs": {"build": {}}}`, false},
		{`{"jobs": {"build": null}}`, false},
		{`{"jobs": {"b": {"runs-on": "x"}}, "env": {"CI": "1", "GO_FLAGS": ""}}`, true},
		{`{"jobs": {"b": {"runs-on": "x"}}, "env": {"CI": null}}`, false},
		{`{"jobs": {"b": {"runs-on": "x"}}, "env": {"ci": "1"}}`, false},
		{`{"jobs": {"b": {"runs-on": "x"}}, "env": {"CI": 1}}`, false},
		{`{"jobs": {"b": {"runs-on": "x"}}, "labels": {"a": "x", "b": 1}}`, true},
		{`{"jobs": {"b": {"runs-on": "x"}}, "labels": {"c": 1}}`, false},
		{`{"jobs": {"b": {"runs-on": "x"}}, "services": {"db": null, "web": {"runs-on": "y"}}}`, true}, // null allowed: not a zero job
		{`{"jobs": {"b": {"runs-on": "x"}}, "services": {"db": {}}}`, false},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeWorkflow([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeWorkflow says %v", c.doc, c.valid, err)
		}
	}
}
