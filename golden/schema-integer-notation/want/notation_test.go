package want

import (
	"strings"
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeCounts) and its verdict must be the real-schema
// oracle's (santhosh-tekuri/jsonschema v6), for integers written as whole
// numbers in float notation at every place an integer goes. Before, each
// valid one was refused: "cannot be a JSON number".

func TestIntegerNotationAgreesWithOracle(t *testing.T) {
	o, err := oracle.Compile("../counts.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{"count": 1.0}`, true},
		{`{"count": 1000000000000.0}`, true},
		{`{"count": 1e12}`, true},
		{`{"count": 0.0}`, false},
		{`{"count": 1.5}`, false},
		{`{"count": 1.000000000000000000001}`, false},
		{`{"count": 1e13}`, false},
		{`{"count": 1e19}`, false},
		{`{"count": 1, "step": 1E1}`, true},
		{`{"count": 1, "step": 1.2e1}`, false},
		{`{"count": 1, "items": [1.0, 2e0, 30E-1]}`, true},
		{`{"count": 1, "items": [-0.0]}`, false},
		{`{"count": 1, "items": [2.5]}`, false},
		{`{"count": 1, "limits": {"a": 10.0, "b": -0.0}}`, true},
		{`{"count": 1, "limits": {"a": 1.1e1}}`, false},
		{`{"count": 1, "level": 3.0}`, true},
		{`{"count": 1, "level": 4.0}`, false},
		{`{"count": 1, "version": 0.2e1}`, true},
		{`{"count": 1, "version": 3.0}`, false},
		{`{"count": 1, "size": 7.0}`, true},
		{`{"count": 1, "size": "7.0"}`, true},
		{`{"count": 1, "size": 7.5}`, false},
		{`{"count": 1, "size": -1.0}`, false},
		{`{"count": 1, "pair": ["a", 99.0]}`, true},
		{`{"count": 1, "pair": ["a", 1e2]}`, false},
		{`{"count": 1, "timeout": 0.0}`, true},
		{`{"count": 1, "timeout": null}`, true},
		{`{"count": 1, "timeout": -1e0}`, false},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeCounts([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeCounts says %v", c.doc, c.valid, err)
		}
	}
}

// TestIntegerDecodeErrors: what decoding itself refuses says why. A
// number beyond int64 that the schema allows (the suite's bignum.json) is
// the one disagreement left: the Go type is int64.
func TestIntegerDecodeErrors(t *testing.T) {
	for doc, want := range map[string]string{
		`{"count": 1.5}`: "count: cannot be a JSON number 1.5 (not a whole number; an integer goes here)",
		`{"count": 1, "step": 12345678910111213141516171819202122232425262728293030}`: "step: cannot be a JSON number 12345678910111213141516171819202122232425262728293030 (beyond the range of int64)",
		`{"count": 1, "items": [1, 9.3e18]}`:                                          "items[1]: cannot be a JSON number 9.3e18 (beyond the range of int64)",
	} {
		_, err := DecodeCounts([]byte(doc))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", doc, err, want)
		}
	}
	o, err := oracle.Compile("../counts.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	if ok, _ := o.Valid([]byte(`{"count": 1, "step": 12345678910111213141516171819202122232425262728293030}`)); !ok {
		t.Error("the oracle refuses a bignum multiple of 5: the case no longer shows the difference")
	}
}
