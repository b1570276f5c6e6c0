package difftest

import (
	"encoding/json"
	"math/big"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// The values mutants put in a document, by what the schema there says.

// wrongTypes returns values of other JSON types than v.
func wrongTypes(v any) []any {
	switch v.(type) {
	case string:
		return []any{json.Number("12345"), true, map[string]any{}}
	case json.Number:
		return []any{"12345", false}
	case bool:
		return []any{"true", json.Number("1")}
	case map[string]any:
		return []any{[]any{}, "object"}
	case []any:
		return []any{map[string]any{}, "array"}
	case nil:
		return []any{"null", json.Number("0"), map[string]any{}, []any{}}
	}
	return nil
}

// stringProbes returns strings on both sides of the string keywords of s.
func stringProbes(s *jsonschema.Schema) []any {
	var out []any
	for _, n := range []int{s.MinLength, s.MaxLength} {
		if n < 0 {
			continue
		}
		for _, l := range []int{n - 1, n, n + 1} {
			if l >= 0 {
				out = append(out, strings.Repeat("a", l), strings.Repeat("é", l))
			}
		}
	}
	if s.Pattern != nil {
		out = append(out, "", "abc", "ABC", "a-b", "Abc1", "abc\n")
	}
	return out
}

// numberProbes returns numbers at, just inside and just outside the bounds
// of s, and around its multipleOf.
func numberProbes(s *jsonschema.Schema) []any {
	var out []any
	one := big.NewRat(1, 1)
	half := big.NewRat(1, 2)
	for _, b := range []*big.Rat{s.Minimum, s.Maximum, s.ExclusiveMinimum, s.ExclusiveMaximum} {
		if b == nil {
			continue
		}
		for _, d := range []*big.Rat{new(big.Rat), one, half} {
			out = append(out, ratNumber(new(big.Rat).Add(b, d)), ratNumber(new(big.Rat).Sub(b, d)))
		}
	}
	if m := s.MultipleOf; m != nil {
		for _, k := range []int64{0, 1, 3, -7} {
			out = append(out, ratNumber(new(big.Rat).Mul(m, big.NewRat(k, 1))))
		}
		out = append(out, ratNumber(new(big.Rat).Mul(m, big.NewRat(7, 2))))
	}
	return out
}

// ratNumber writes r as a JSON number, exactly when it has a finite
// decimal form.
func ratNumber(r *big.Rat) json.Number {
	if r.IsInt() {
		return json.Number(r.Num().String())
	}
	text := strings.TrimRight(r.FloatString(12), "0")
	return json.Number(strings.TrimSuffix(text, "."))
}

// formatProbes are strings to try where a format is asserted: malformed
// ones, borderline ones, and valid ones in forms the Go types treat
// differently.
var formatProbes = map[string][]string{
	"uuid": {"not-a-uuid", "", "3f4e5c6d-7a8b-9c0d-1e2f-3a4b5c6d7e8", "3F4E5C6D-7A8B-9C0D-1E2F-3A4B5C6D7E8F",
		"{3f4e5c6d-7a8b-9c0d-1e2f-3a4b5c6d7e8f}", "urn:uuid:3f4e5c6d-7a8b-9c0d-1e2f-3a4b5c6d7e8f",
		"3f4e5c6d7a8b9c0d1e2f3a4b5c6d7e8f", "3f4e5c6d-7a8b-9c0d-1e2f-3a4b5c6d7e8g"},
	"date-time": {"yesterday", "", "2025-13-01T00:00:00Z", "2025-02-30T00:00:00Z", "2025-06-01 08:45:00Z",
		"2025-06-01T08:45:00", "2025-06-01t08:45:00z", "2016-12-31T23:59:60Z", "2025-06-01T12:59:60Z",
		"2025-06-01T08:45:00.Z", "2025-06-01T08:45:00.123456789Z", "2025-06-01T08:45:00+24:00",
		"2025-06-01T08:45:00+01:00", "2025-06-01T24:00:00Z"},
	"date":     {"2025-06-01", "2025-02-29", "2024-02-29", "2025-6-1", "20250601", ""},
	"email":    {"a@b.co", "a@b", "a@", "@b.co", "a..b@c.co", "a@-b.co", "\"a b\"@c.co", "a@[127.0.0.1]", "a@[IPv6:::1]", "A <a@b.co>", "a@b.co.", "é@b.co"},
	"hostname": {"example.com", "-a.com", "a-.com", "a..b", "a_b.com", strings.Repeat("a", 64) + ".com", "a.", ".", ""},
	"ipv4":     {"127.0.0.1", "256.0.0.1", "01.2.3.4", "1.2.3", "+1.2.3.4", "1.2.3.4.5", "0.0.0.0"},
	"ipv6":     {"::1", "1::2::3", "fe80::1%eth0", "::ffff:1.2.3.4", "1.2.3.4", "12345::", "::"},
	"uri":      {"https://example.com/a?b#c", "example.com", "/relative", "mailto:a@b.co", "http://[::1]:80/", "http://a b.com/", "http://a:b:c/", "http://host/%zz", "urn:isbn:0451450523", "http://[fe80::1%25eth0]/", ""},
}
