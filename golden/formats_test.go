package golden_test

import (
	"encoding/json"
	"testing"

	"github.com/specgen/specgen/generator/difftest"
	keywords "github.com/specgen/specgen/golden/validation-keywords/want"
)

// formatFields are the properties of golden/validation-keywords whose
// format the generated code checks with its own helpers (uuid and
// date-time are Go types instead).
var formatFields = map[string]string{
	"day": "date", "home": "uri", "email": "email", "ipv4": "ipv4", "ipv6": "ipv6", "host": "hostname",
}

// FuzzFormatAgreement checks the generated format helpers against
// jsonschema's AssertFormat checks: the string, put in each formatted
// property of a valid document, must be accepted or rejected by both.
func FuzzFormatAgreement(f *testing.F) {
	o, err := difftest.NewOracle("validation-keywords/keywords.schema.json", "#")
	if err != nil {
		f.Fatal(err)
	}
	target := difftest.TargetOf("Keywords", keywords.DecodeKeywords)
	base := difftest.Instance(o).(map[string]any)
	for _, s := range []string{
		"2024-02-29", "2023-02-29", "https://example.com/a?b#c", "http://[::1]:80/", "http://a:b:c/",
		"mailto:a@b.co", "a@b.co", "\"a b\"@c.co", "a@[IPv6:::1]", "A <a@b.co>", "+1.2.3.4", "01.2.3.4",
		"::ffff:1.2.3.4", "fe80::1%eth0", "-a.com", "a..b", "é.com", "http://host/%zz", "http://ex ample.com",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for field := range formatFields {
			doc := map[string]any{}
			for k, v := range base {
				doc[k] = v
			}
			doc[field] = s
			data, err := json.Marshal(doc)
			if err != nil {
				t.Fatal(err)
			}
			out := difftest.Compare(o, target, data)
			if len(out.Unexcused()) > 0 {
				t.Errorf("format %s of %q: generated code and jsonschema disagree\n%s", formatFields[field], s, out)
			}
		}
	})
}

// TestPathFramesDoNotEscape pins the zero-allocation design on a valid
// document that uses every keyword: bounds, patterns, formats (with their
// allocation-free paths for URIs and e-mail addresses), uniqueItems, and
// items of arrays and maps. Their path frames once moved to the heap
// (seven allocations here): validationPath.field returned a frame's key
// itself, so escape analysis let every frame flow into the errors.
func TestPathFramesDoNotEscape(t *testing.T) {
	o, err := difftest.NewOracle("validation-keywords/keywords.schema.json", "#")
	if err != nil {
		t.Fatal(err)
	}
	doc := difftest.Instance(o)
	if f := o.Check(doc); len(f) > 0 {
		t.Fatalf("the document built from the schema must be valid: %v", f)
	}
	data, _ := json.Marshal(doc)
	var v keywords.Keywords
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	if allocs := testing.AllocsPerRun(100, func() {
		if err := v.Validate(); err != nil {
			t.Fatal(err)
		}
	}); allocs != 0 {
		t.Errorf("Validate of a valid value allocates %v times, want 0", allocs)
	}
}
