package generator_test

import (
	"strings"
	"testing"

	"github.com/specgen/specgen/generator"
)

// TestUncheckedKeywordsAreNoted checks that, without -strict, every keyword
// Validate cannot check is reported as a note naming it and its place (the
// same schema under -strict is golden/error-unchecked-keyword).
func TestUncheckedKeywordsAreNoted(t *testing.T) {
	r, err := generator.Run(generator.Config{
		Schemas: []string{"../golden/error-unchecked-keyword/unchecked.schema.json"},
		Package: "unchecked",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`unchecked.schema.json:7:5 (#/properties/id): keyword "minLength" is not checked by Validate on this type`,
		`unchecked.schema.json:8:5 (#/properties/extra): keyword "contentSchema" is not checked by Validate`,
		`unchecked.schema.json:9:5 (#/properties/point): keyword "minProperties" is not checked by Validate on this type`,
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
}
