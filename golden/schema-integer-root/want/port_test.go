package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: a root integer decodes a whole number in any
// notation as any integer does (the root once had a rewrite of its own,
// which took 1.0 but not 8.08e3); verdicts are jsonschema v6's.

func TestRootIntegerAgreesWithOracle(t *testing.T) {
	o, err := oracle.Compile("../port.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
		port  Port
	}{
		{`8080`, true, 8080},
		{`8080.0`, true, 8080},
		{`8.08e3`, true, 8080},
		{`6.5535E4`, true, 65535},
		{`6.5536E4`, false, 0},
		{`80.5`, false, 0},
		{`0.0`, false, 0},
		{`null`, false, 0},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		p, err := DecodePort([]byte(c.doc))
		if (err == nil) != c.valid || c.valid && p != c.port {
			t.Errorf("%s: valid %v, DecodePort gives %d, %v", c.doc, c.valid, p, err)
		}
	}
}
