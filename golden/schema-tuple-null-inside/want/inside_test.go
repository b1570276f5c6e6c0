package want

import (
	"errors"
	"slices"
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeRow) and its verdict, and for an invalid one the
// places of its problems, must be the real-schema oracle's
// (santhosh-tekuri/jsonschema v6). A null inside a tuple's position (a
// struct's property, an item, a map's value, a union) is as much a
// problem as one at the position: the Go value would hold a zero value
// there that Validate passes.
func TestTupleNullInside(t *testing.T) {
	o, err := oracle.Compile("../row.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc  string
		want []string // the JSON pointers of the problems; nil: valid
	}{
		{`["a", {"x": 1, "y": "b"}, ["c"], {"k": 2}, 3]`, nil},
		{`["a", {"x": 1}, [], {}, "s"]`, nil},
		{`["a"]`, nil},
		{`[null, "a"]`, []string{"/0", "/1"}},
		{`[null, {"x": 1}]`, []string{"/0"}},
		{`["a", null]`, []string{"/1"}},
		{`["a", {"x": null, "y": null}]`, []string{"/1/x", "/1/y"}},
		{`["a", {"x": 1}, ["c", null]]`, []string{"/2/1"}},
		{`["a", {"x": 1}, [], {"k": null}]`, []string{"/3/k"}},
		{`["a", {"x": 1}, [], {}, null]`, []string{"/4"}},
		{`["a", {"x": 1}, null, null]`, []string{"/2", "/3"}},
	} {
		ok, err := o.Valid([]byte(c.doc))
		if err != nil || ok != (c.want == nil) {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.want == nil)
		}
		_, err = DecodeRow([]byte(c.doc))
		var got []string
		var errs ValueErrors
		if errors.As(err, &errs) {
			for _, e := range errs {
				got = append(got, e.Pointer)
			}
		} else if err != nil {
			got = []string{err.Error()}
		}
		slices.Sort(got)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: DecodeRow's problems at %v (%v), want %v", c.doc, got, err, c.want)
		}
	}
}
