package golden_test

import (
	"encoding/json"
	"testing"

	"github.com/specgen/specgen/generator/difftest"
	formats "github.com/specgen/specgen/golden/format-checks/want"
	keywords "github.com/specgen/specgen/golden/validation-keywords/want"
)

// formatCases are the golden cases whose typed string properties carry
// the formats the generated code checks with its own helpers, by property
// (uuid and date-time are Go types instead).
var formatCases = []struct {
	schema string
	target difftest.Target
	fields map[string]string
}{
	{"validation-keywords/keywords.schema.json", difftest.TargetOf("Keywords", keywords.DecodeKeywords), map[string]string{
		"day": "date", "home": "uri", "email": "email", "ipv4": "ipv4", "ipv6": "ipv6", "host": "hostname",
	}},
	// uri-template is held to RFC 6570's grammar and the suite's tests
	// (TestFormatsAgreeWithSuite, TestFormats in the runtime package):
	// jsonschema only matches its braces, so it is no oracle for it.
	{"format-checks/formats.schema.json", difftest.TargetOf("Formats", formats.DecodeFormats), map[string]string{
		"clock": "time", "span": "duration", "link": "iri", "ref": "iri-reference", "reference": "uri-reference", "site": "idn-hostname",
		"pointer": "json-pointer", "relative": "relative-json-pointer",
	}},
}

// FuzzFormatAgreement checks the generated format helpers against
// jsonschema's AssertFormat checks: the string, put in each formatted
// property of a valid document, must be accepted or rejected by both.
func FuzzFormatAgreement(f *testing.F) {
	type oracleCase struct {
		o      *difftest.Oracle
		target difftest.Target
		base   map[string]any
		fields map[string]string
	}
	var cases []oracleCase
	for _, c := range formatCases {
		o, err := difftest.NewOracle(c.schema, "#")
		if err != nil {
			f.Fatal(err)
		}
		cases = append(cases, oracleCase{o, c.target, difftest.Instance(o).(map[string]any), c.fields})
	}
	for _, s := range []string{
		"2024-02-29", "2023-02-29", "https://example.com/a?b#c", "http://[::1]:80/", "http://a:b:c/",
		"mailto:a@b.co", "a@b.co", "\"a b\"@c.co", "a@[IPv6:::1]", "A <a@b.co>", "+1.2.3.4", "01.2.3.4",
		"::ffff:1.2.3.4", "fe80::1%eth0", "-a.com", "a..b", "é.com", "http://host/%zz", "http://ex ample.com",
		"23:59:60Z", "12:00:00+05:30", "P1Y2M3DT4H5M6S", "P1Y2D", "PT36H", "P2W", "/a~1b/~0", "/a~2", "0#", "01/a",
		"http://ƒøø.ßår/?∂éœ=πîx#πîüx", "//ƒøø/a", "a:b", "1:b", "a\\b", "#ƒrägmênt",
		"xn--ihqwcrb4cv8a8dqg056pqjye.example", "xn--4dbcagdahymbxekheh6e0a7fei0b.a1", "a.b.", "a.-b", "00.1.2.3",
		"http://u@v@h/", "http://h/[x]", "http://%41.example/", "http://[fe80::1%25en0]/", "/a?%zz#b#c", "münchen.example",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range cases {
			for field, format := range c.fields {
				doc := map[string]any{}
				for k, v := range c.base {
					doc[k] = v
				}
				doc[field] = s
				data, err := json.Marshal(doc)
				if err != nil {
					t.Fatal(err)
				}
				out := difftest.Compare(c.o, c.target, data)
				if len(out.Unexcused()) > 0 {
					t.Errorf("format %s of %q: generated code and jsonschema disagree\n%s", format, s, out)
				}
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
