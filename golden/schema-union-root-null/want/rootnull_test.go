package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call and its verdict must be the oracle's (jsonschema v6).
// Before, a root union refused null whatever its variants, where an
// anyOf variant that gives no type (or the one oneOf variant that does
// not name its types) takes it: cfn-lint's update_policy_delete given
// null was "null is not allowed".

func TestUnionRootNull(t *testing.T) {
	for _, c := range []struct {
		file, doc string
		decode    func([]byte) error
	}{
		{"policy", `null`, decodePolicy},
		{"policy", `1`, decodePolicy},
		{"policy", `{}`, decodePolicy},
		{"policy", `{"deletion": "Delete"}`, decodePolicy},
		{"policy", `{"deletion": "Delete", "replace": "Delete"}`, decodePolicy},
		{"policy", `{"deletion": "Retain"}`, decodePolicy},
		{"choice", `null`, decodeChoice},
		{"choice", `"s"`, decodeChoice},
		{"choice", `{}`, decodeChoice},
		{"choice", `{"name": "n"}`, decodeChoice},
		{"choice", `true`, decodeChoice},
		{"twice", `null`, decodeTwice},
		{"twice", `1`, decodeTwice},
		{"twice", `{"a": "x"}`, decodeTwice},
		{"typed", `null`, decodeTyped},
		{"typed", `"s"`, decodeTyped},
		{"typed", `{"a": "x"}`, decodeTyped},
		{"typed", `1`, decodeTyped},
	} {
		o, err := oracle.Compile("../"+c.file+".schema.json", nil, false)
		if err != nil {
			t.Fatal(err)
		}
		valid, err := o.Valid([]byte(c.doc))
		if err != nil {
			t.Fatal(err)
		}
		if err := c.decode([]byte(c.doc)); (err == nil) != valid {
			t.Errorf("%s %s: the oracle says valid %v, Decode says %v", c.file, c.doc, valid, err)
		}
	}
}

func decodePolicy(b []byte) error { _, err := DecodePolicy(b); return err }
func decodeChoice(b []byte) error { _, err := DecodeChoice(b); return err }
func decodeTwice(b []byte) error  { _, err := DecodeTwice(b); return err }
func decodeTyped(b []byte) error  { _, err := DecodeTyped(b); return err }
