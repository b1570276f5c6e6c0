package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeNumbers) and its verdict must be the real-schema
// oracle's (santhosh-tekuri/jsonschema v6). Before, uniqueItems compared
// the items' float64 values (a number item, an item of any type), and
// 9007199254740993 and 9007199254740992 round to one float64: "items 0
// and 1 are equal" where the oracle, comparing the numbers exactly, finds
// them distinct.

func TestUniqueItemsNumbers(t *testing.T) {
	o, err := oracle.Compile("../numbers.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{"floats": [9007199254740993, 9007199254740992]}`, true},
		{`{"floats": [0.1, 0.10000000000000001]}`, true},
		{`{"floats": [9007199254740992, 9007199254740992.0]}`, false},
		{`{"floats": [1, 1.0, 2]}`, false},
		{`{"floats": [1e2, 100]}`, false},
		{`{"ints": [9007199254740993, 9007199254740992]}`, true},
		{`{"ints": [1, 1.0]}`, false},
		{`{"anything": [9007199254740993, 9007199254740992]}`, true},
		{`{"anything": [9007199254740993, "9007199254740993"]}`, true},
		{`{"anything": [1, 1.0]}`, false},
		{`{"anything": [{"a": 0.1}, {"a": 0.10000000000000001}]}`, true},
		{`{"anything": [{"a": 0.1}, {"a": 0.1}]}`, false},
		{`{"nested": [[9007199254740993], [9007199254740992]]}`, true},
		{`{"nested": [[1], [1.0]]}`, false},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeNumbers([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeNumbers says %v", c.doc, c.valid, err)
		}
	}
}

// TestUniqueItemsNumbersValidateAlone: Validate of a value built in Go,
// with no document behind it, compares the Go values, which is all there
// is.
func TestUniqueItemsNumbersValidateAlone(t *testing.T) {
	if err := (&Numbers{Floats: []float64{1, 2}}).Validate(); err != nil {
		t.Errorf("[1, 2]: %v", err)
	}
	if err := (&Numbers{Floats: []float64{1, 1}}).Validate(); err == nil {
		t.Error("[1, 1]: Validate found no duplicate")
	}
}
