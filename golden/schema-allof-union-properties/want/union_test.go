package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeListener, DecodeKinds) and its verdict must be
// the real-schema oracle's (santhosh-tekuri/jsonschema v6). Before, Stream
// was a struct of its merged properties without its oneOf, so
// {"signal": "dragging"} was a Stream too and a Listener matched twice
// (Vega's signal handlers).

func TestAllOfUnionAgreesWithOracle(t *testing.T) {
	o, err := oracle.Compile("../listener.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`{"signal": "dragging"}`, true}, // a signalRef, no stream
		{`{"type": "mousedown", "source": "scope", "throttle": 10}`, true},
		{`{"merge": [{"type": "a"}, {"type": "b"}]}`, true},
		{`{"merge": [{"type": "a"}, {"signal": "x"}]}`, false}, // a merged item that is no stream
		{`{"type": "a", "merge": [{"type": "b"}]}`, false},     // both stream variants
		{`{"type": "a", "signal": "s"}`, false},                // a stream and a signalRef
		{`{"throttle": 1}`, false},
		{`{"type": 1}`, false},
		{`{"type": "a", "between": [{"type": "b"}]}`, false}, // minItems 2
		{`{"type": "a", "between": [{"type": "b"}, {"merge": [{"type": "c"}]}]}`, true},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		if _, err := DecodeListener([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("Listener %s: valid %v, DecodeListener says %v", c.doc, c.valid, err)
		}
	}
	// kinds: allOf of an anyOf and a oneOf, two unions in one allOf (a
	// definition: the oracle compiles the root, so the table is by hand).
	for _, c := range []struct {
		doc   string
		valid bool
	}{
		{`"ab"`, true},
		{`"a"`, false}, // the anyOf's string, no oneOf variant
		{`3`, true},
		{`-1`, false},
		{`true`, false},
	} {
		if _, err := DecodeKinds([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("Kinds %s: valid %v, DecodeKinds says %v", c.doc, c.valid, err)
		}
	}
}
