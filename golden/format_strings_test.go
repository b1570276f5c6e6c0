package golden_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/specgen/specgen/generator/difftest"
)

// typedFormatDifferences are the documented differences that come from
// typing strings of format uuid and date-time as uuid.UUID and time.Time:
// an API description's way, and a JSON Schema file's under -typed-formats.
var typedFormatDifferences = map[string]bool{
	"uuid-forms": true, "date-time-forms": true, "format-annotation-typed": true,
}

// stringsCounterpart maps the target of a witness of a typed-format
// difference to the same schema generated from a JSON Schema file without
// -typed-formats, where the strings are UUIDString and DateTimeString.
var stringsCounterpart = map[string]string{
	"Workspace":                    "workspace-schema/Workspace",
	"schema-format-typed/Event":    "schema-format-strings/Event",
	"schema-format-typed/Stamp":    "schema-format-strings/Stamp",
	"schema-format-typed/Ident":    "schema-format-strings/Ident",
	"validation-keywords/Keywords": "validation-keywords/Keywords",
}

// TestFormatStringsAgreeWhereTypesDiffered holds JSON Schema files'
// UUIDString and DateTimeString to the oracle on every document that
// witnesses a typed-format difference (testdata/differential/
// witnesses.json), and on those that witnessed one on a JSON Schema case
// before the strings: the generated code and the oracle agree on each,
// with nothing to excuse.
func TestFormatStringsAgreeWhereTypesDiffered(t *testing.T) {
	var file struct {
		Witnesses []struct{ Difference, Target, Document string } `json:"witnesses"`
	}
	raw, err := os.ReadFile("testdata/differential/witnesses.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &file); err != nil {
		t.Fatal(err)
	}
	type check struct{ target, doc string }
	checks := []check{
		// format-annotation-typed and the former unique-items-decoded
		// (decoding now checks uniqueItems on the text), witnessed here
		// while these fields were uuid.UUID and time.Time.
		{"workspace-schema/Workspace", `{"id": "not-a-uuid"}`},
		{"workspace-schema/Workspace", `{"updated_at": "2025-06-01 08:45:00Z"}`},
		{"validation-keywords/Keywords", `{"name": "ab", "count": 1, "nullable_note": null, "point": {"x": 1, "y": 2}, "times": ["2025-06-01T08:45:00Z", "2025-06-01T08:45:00.0Z"]}`},
		// Draft-07 asserts format: the forms time.Time and uuid.UUID read
		// differently are judged on their text.
		{"schema-format-strings-asserted/Event", `{"id": "{3f4e5c6d-7a8b-9c0d-1e2f-3a4b5c6d7e8f}", "at": "2016-12-31T23:59:60Z"}`},
		{"schema-format-strings-asserted/Event", `{"id": "3f4e5c6d7a8b9c0d1e2f3a4b5c6d7e8f", "at": "2025-06-01T08:45:00,5Z"}`},
		{"schema-format-strings-asserted/Event", `{"id": "3f4e5c6d-7a8b-9c0d-1e2f-3a4b5c6d7e8f", "at": "2025-06-01t08:45:00z", "ended": "2025-06-01T08:45:00+24:00"}`},
		{"schema-format-strings-asserted/Stamp", `"2025-06-01t08:45:00z"`},
		{"schema-format-strings-asserted/Ident", `"urn:uuid:3f4e5c6d-7a8b-9c0d-1e2f-3a4b5c6d7e8f"`},
	}
	seen := map[string]bool{}
	for _, w := range file.Witnesses {
		if !typedFormatDifferences[w.Difference] {
			continue
		}
		seen[w.Difference] = true
		counterpart, ok := stringsCounterpart[w.Target]
		if !ok {
			t.Errorf("%s: witness target %s has no counterpart of strings in stringsCounterpart", w.Difference, w.Target)
			continue
		}
		checks = append(checks, check{counterpart, w.Document})
		if strings.HasPrefix(w.Target, "schema-format-typed/") {
			checks = append(checks, check{strings.Replace(counterpart, "schema-format-strings/", "schema-format-strings-asserted/", 1), w.Document})
		}
	}
	for d := range typedFormatDifferences {
		if !seen[d] {
			t.Errorf("difference %s has no witness to check the strings against", d)
		}
	}
	for _, c := range checks {
		o, target := witnessTarget(t, c.target)
		out := difftest.Compare(o, target, []byte(c.doc))
		if len(out.Disagreements) > 0 {
			t.Errorf("%s: %s: the generated code and the oracle disagree\n%s", c.target, c.doc, out)
		}
	}
}
