package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeJob) and its verdict must be the real-schema
// oracle's (santhosh-tekuri/jsonschema v6), which counts a whole number
// in float notation an integer in draft 4 too.

func TestDraft4IntegerNotationAgreesWithOracle(t *testing.T) {
	o, err := oracle.Compile("../job.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{"stopping_wait_time": 1.0}`, true},
		{`{"stopping_wait_time": 99.0}`, true},
		{`{"stopping_wait_time": 1e2}`, false},
		{`{"stopping_wait_time": -0.0}`, true},
		{`{"stopping_wait_time": 0.5}`, false},
		{`{"retries": [1.0, 2E0, 3]}`, true},
		{`{"retries": [0.0]}`, false},
		{`{"mode": 1.0}`, true},
		{`{"mode": 2.0}`, false},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeJob([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeJob says %v", c.doc, c.valid, err)
		}
	}
}
