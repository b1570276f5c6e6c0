package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is checked by the one
// documented call (DecodeTexture, DecodeSize, DecodeOpen) and its verdict must be the
// real-schema oracle's (santhosh-tekuri/jsonschema v6). Before,
// additionalProperties beside a oneOf/anyOf was noted and not checked, as
// an API description's union still is: `{"base_size": [1, 2]}` passed a
// schema that, as written, admits only {}.

func TestAdditionalBesideUnion(t *testing.T) {
	for _, s := range []struct {
		file   string
		decode func([]byte) error
		cases  []struct {
			doc   string
			valid bool
		}
	}{
		{"../texture.schema.json", func(b []byte) error { _, err := DecodeTexture(b); return err }, []struct {
			doc   string
			valid bool
		}{
			{`{}`, true},
			{`{"base_size": [1, 2]}`, false},
			{`{"frames": []}`, false},
			{`{"other": 1}`, false},
			{`[]`, false},
		}},
		{"../size.schema.json", func(b []byte) error { _, err := DecodeSize(b); return err }, []struct {
			doc   string
			valid bool
		}{
			{`{"w": 1}`, true},
			{`{"h": 2, "d": 3}`, true},
			{`{"w": 1.5}`, false},
			{`{"w": 1, "h": 2}`, false},
			{`{"d": 3}`, false},
			{`{"h": "x"}`, false},
		}},
		{"../open.schema.json", func(b []byte) error { _, err := DecodeOpen(b); return err }, []struct {
			doc   string
			valid bool
		}{
			{`{"w": 1}`, true},
			{`{"h": "x", "d": [1]}`, true},
			{`{"w": 1, "h": "x"}`, false},
			{`{"w": "x"}`, false},
		}},
	} {
		o, err := oracle.Compile(s.file, nil, false)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range s.cases {
			if ok, err := o.Valid([]byte(c.doc)); err != nil || ok != c.valid {
				t.Fatalf("%s %s: the oracle says valid %v (%v), the table %v", s.file, c.doc, ok, err, c.valid)
			}
			if err := s.decode([]byte(c.doc)); (err == nil) != c.valid {
				t.Errorf("%s %s: valid %v, decoding says %v", s.file, c.doc, c.valid, err)
			}
		}
	}
}
