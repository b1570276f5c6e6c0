package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeEntry) and its verdict must be the real-schema
// oracle's (santhosh-tekuri/jsonschema v6). The fields are the struct of
// Shape, whose schema gives no type and whose own decoding accepts every
// kind; before, the kinds a type list beside the $ref refuses were noted
// as not checked ({"narrowed": 1} was valid).

func TestTypeBesideAnyKindRef(t *testing.T) {
	o, err := oracle.Compile("../entry.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{"required": []}`, true},
		{`{"required": {"sides": 1}}`, true},
		{`{"required": null}`, false},
		{`{"required": "x"}`, false},
		{`{}`, false},
		{`{"required": [], "narrowed": {"sides": 3}, "plain": {"sides": 4}}`, true},
		{`{"required": [], "narrowed": "square"}`, true},
		{`{"required": [], "plain": 1}`, true},
		{`{"required": [], "plain": "x"}`, true},
		{`{"required": [], "plain": null}`, true},
		{`{"required": [], "narrowed": {}}`, false},
		{`{"required": [], "plain": {"sides": "3"}}`, false},
		{`{"required": [], "narrowed": 1}`, false},
		{`{"required": [], "narrowed": [1]}`, false},
		{`{"required": [], "narrowed": null}`, false},
		{`{"required": [], "nullable": null}`, true},
		{`{"required": [], "nullable": {"sides": 1}}`, true},
		{`{"required": [], "nullable": "x"}`, false},
		{`{"required": [], "nullable": false}`, false},
		{`{"required": [], "counted": 3}`, true},
		{`{"required": [], "counted": 3.0}`, true},
		{`{"required": [], "counted": 3.5}`, false},
		{`{"required": [], "counted": "3"}`, false},
		{`{"required": [], "member": {"sides": 1}}`, true},
		{`{"required": [], "member": 1}`, false},
		{`{"required": [], "member": {}}`, false},
		{`{"required": [], "list": [true, {"sides": 1}]}`, true},
		{`{"required": [], "list": [true, "x"]}`, false},
		{`{"required": [], "list": [null]}`, false},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeEntry([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeEntry says %v", c.doc, c.valid, err)
		}
	}
}

// TestTypeBesideAnyKindRefUnmarshal: json.Unmarshal decodes as the
// struct's own decoding does, every kind taken, with no error: the type
// list is the Decode function's to check.
func TestTypeBesideAnyKindRefUnmarshal(t *testing.T) {
	var e Entry
	if err := e.UnmarshalJSON([]byte(`{"narrowed": 1, "required": {"sides": 2}}`)); err != nil {
		t.Fatal(err)
	}
	if e.Narrowed == nil || e.Required.Sides != 2 {
		t.Errorf("decoded %+v", e)
	}
}
