package generator_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/specgen/specgen/generator"
)

// TestUncheckedKeywordsAreNoted checks that, without -strict, every keyword
// Validate cannot check is reported as a note naming it and its place (the
// same schema under -strict is golden/error-unchecked-keyword). The uuid
// is a uuid.UUID under -typed-formats, whose text is gone after decoding;
// without it, a UUIDString whose minLength Validate checks, no note.
func TestUncheckedKeywordsAreNoted(t *testing.T) {
	cfg := generator.Config{
		Schemas:      []string{"../golden/error-unchecked-keyword/unchecked.schema.json"},
		Package:      "unchecked",
		TypedFormats: true,
	}
	r, err := generator.Run(cfg)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`unchecked.schema.json:7:5 (#/properties/id): keyword "minLength" is not checked by Validate on this type`,
		`unchecked.schema.json:8:5 (#/properties/extra): keyword "contentSchema" is not checked by Validate`,
		`unchecked.schema.json:9:5 (#/properties/code): pattern "^[a-z]+\\z" is not an ECMA-262 regular expression (at offset 9: invalid escape \z): Validate does not check it`,
	} {
		found := false
		for _, n := range r.Notes {
			found = found || strings.HasSuffix(n, want)
		}
		if !found {
			t.Errorf("no note %q in\n%s", want, strings.Join(r.Notes, "\n"))
		}
	}
	if len(r.Notes) != 3 {
		t.Errorf("%d notes, want 3:\n%s", len(r.Notes), strings.Join(r.Notes, "\n"))
	}
	cfg.TypedFormats = false
	if r, err = generator.Run(cfg); err != nil {
		t.Fatal(err)
	}
	for _, n := range r.Notes {
		if strings.Contains(n, "#/properties/id") {
			t.Errorf("a note on the UUIDString, whose minLength Validate checks: %s", n)
		}
	}
	if len(r.Notes) != 2 {
		t.Errorf("without -typed-formats, %d notes, want 2:\n%s", len(r.Notes), strings.Join(r.Notes, "\n"))
	}
}

// TestUnionUseKeywordsAreChecked: a union's Validate checks the variant it
// holds, not the keywords written beside a use of the union, so minLength
// there was reported as unchecked. A $ref with a keyword beside it is no
// bare $ref (isBareRef): the use is a JSON value that checks minLength and
// the union both (golden/schema-ref-siblings-merge holds the verdicts to
// jsonschema), so no note is due, and none must claim it unchecked.
func TestUnionUseKeywordsAreChecked(t *testing.T) {
	schema := filepath.Join(t.TempDir(), "holder.schema.json")
	err := os.WriteFile(schema, []byte(`{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Holder",
  "type": "object",
  "properties": {
    "x": {"$ref": "#/$defs/U", "minLength": 3}
  },
  "$defs": {"U": {"oneOf": [{"type": "string"}, {"type": "integer"}]}}
}`), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	r, err := generator.Run(generator.Config{Schemas: []string{schema}, Package: "holder"})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range r.Notes {
		if strings.Contains(n, "#/properties/x") {
			t.Errorf("a note on x, whose minLength Validate checks: %s", n)
		}
	}
	if _, err := generator.Run(generator.Config{Schemas: []string{schema}, Package: "holder", Strict: true}); err != nil {
		t.Errorf("-strict refuses what Validate checks: %v", err)
	}
}
