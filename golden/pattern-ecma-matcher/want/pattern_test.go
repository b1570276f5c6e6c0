package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one call a
// user makes (DecodeRelease), and the verdict is the one ECMA-262 gives the schema's
// patterns, which the real-schema oracle (santhosh-tekuri/jsonschema v6
// with regexp2 in ECMAScript mode) gives too.

func TestECMAPatterns(t *testing.T) {
	o, err := oracle.Compile("../release.schema.json", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   string
		valid bool
		// noted: Validate does not check the pattern (a note says so),
		// which the oracle, reading .NET's (?i), does.
		noted bool
	}{
		{`{"version": "1.2.3"}`, true, false},
		{`{"version": "0.2.3"}`, false, false}, // the lookahead
		{`{"version": "1.2"}`, false, false},
		{`{"version": "1.2.3", "quoted": "'a'"}`, true, false},
		{`{"version": "1.2.3", "quoted": "\"a'"}`, false, false}, // the backreference
		{`{"version": "1.2.3", "code": "AB12"}`, true, false},
		{`{"version": "1.2.3", "code": "ab"}`, false, false}, // a count over 1000
		{`{"version": "1.2.3", "label": "a b"}`, true, false},
		{`{"version": "1.2.3", "label": "a\rb"}`, false, false}, // '.' is no line terminator
		{`{"version": "1.2.3", "flagged": "X"}`, true, false},
		{`{"version": "1.2.3", "flagged": "anything"}`, true, true}, // not checked: (?i) is no ECMA-262
		{`{"version": "1.2.3", "filter": "^(?=a)\\w+$"}`, true, false},
		{`{"version": "1.2.3", "filter": "(?P<n>a)"}`, false, false}, // the regex format
		{`{"version": "1.2.3", "env": {"HOME": "/root"}}`, true, false},
		{`{"version": "1.2.3", "env": {"HOME": 1}}`, false, false},
		{`{"version": "1.2.3", "env": {"_HIDDEN": "x"}}`, false, false}, // no pattern matches: additional
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != (c.valid != c.noted) {
			t.Fatalf("%s: the oracle says valid %v (%v), the table %v", c.doc, ok, err, c.valid)
		}
		// The one call (decoding and Validate): env is a map of strings
		// now (one pattern, no other member), so a number there is
		// reported by decoding.
		if _, err := DecodeRelease([]byte(c.doc)); (err == nil) != c.valid {
			t.Errorf("%s: valid %v, DecodeRelease says %v", c.doc, c.valid, err)
		}
	}
}
