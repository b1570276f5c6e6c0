package golden_test

import (
	"strings"
	"testing"

	"github.com/specgen/specgen/generator"
)

// tolerated is a spec defect specgen reads past, as the tools of the
// ecosystem do: where the warning is (file:line:col and pointer, as the
// note prints it) and words of what it says, the change to the spec among
// them.
type tolerated struct {
	where string
	says  []string
}

// toleratedCases are the golden cases of defects that generate with a
// warning, and the warnings each must print. TestGolden holds their
// output; this holds the warnings, one by one.
var toleratedCases = map[string][]tolerated{
	"tolerate-extension-refs": {
		{"tolerate-extension-refs/openapi.yaml:9:5 (#/info/x-logo/$ref)", []string{`"./logo.md" inside x-logo points at nothing`, "not followed", "point it at what exists, or remove it"}},
		{"tolerate-extension-refs/openapi.yaml:17:13 (#/paths/~1pets/get/x-code-samples/0/source/$ref)", []string{`"./samples/list-pets.md" inside x-code-samples`}},
		{"tolerate-extension-refs/openapi.yaml:33:9 (#/components/schemas/Pet/x-internal-notes/$ref)", []string{`"#/components/x-notes/pet" inside x-internal-notes`}},
	},
	"tolerate-id-fragment-ref": {
		{"tolerate-id-fragment-ref/openapi.yaml:34:11 (#/components/schemas/Pet/properties/tag/$ref)", []string{`"#/components/schemas/Tag" names nothing in the schema whose $id is https://example.com/schemas/pet`, "read against the document", "drop the $id"}},
		{"tolerate-id-fragment-ref/openapi.yaml:38:13 (#/components/schemas/Pet/properties/owners/items/$ref)", []string{`"#/components/schemas/Owner"`}},
	},
	"tolerate-components-map-ref": {
		{"tolerate-components-map-ref/openapi.yaml:25:5 (#/components/schemas/$ref)", []string{"components/schemas is a $ref to the whole map in ./components/schemas.yaml", "each of its 2 entries", "write one $ref per entry, or bundle the document"}},
		{"tolerate-components-map-ref/openapi.yaml:27:5 (#/components/parameters/$ref)", []string{"components/parameters is a $ref to the whole map in ./components/parameters.yaml"}},
	},
	"tolerate-description-ref": {
		{"tolerate-description-ref/openapi.yaml:5:3 (#/info/description)", []string{"description is a $ref to ./docs/introduction.md, not text: ignored", "write the text itself"}},
		{"tolerate-description-ref/openapi.yaml:12:7 (#/paths/~1pets/get/description)", []string{"a $ref to ./docs/list-pets.md"}},
		{"tolerate-description-ref/openapi.yaml:27:7 (#/components/schemas/Pet/description)", []string{"a $ref to ./docs/pet.md"}},
		{"tolerate-description-ref/openapi.yaml:35:11 (#/components/schemas/Pet/properties/weight/description)", []string{"description is a number, not text"}},
	},
	"tolerate-dangling-example-ref": {
		{"tolerate-dangling-example-ref/openapi.yaml:20:19 (#/paths/~1pets/get/responses/200/content/application~1json/examples/two/$ref)", []string{`"#/components/examples/TwoPets" does not resolve`, "left out, as what holds it generates nothing"}},
		{"tolerate-dangling-example-ref/openapi.yaml:22:19 (#/paths/~1pets/get/responses/200/content/application~1json/examples/none/$ref)", []string{`"./examples/none.json" does not resolve`, "cannot read"}},
		{"tolerate-dangling-example-ref/openapi.yaml:25:15 (#/paths/~1pets/get/responses/200/links/first/$ref)", []string{`"#/components/links/FirstPet" does not resolve`}},
	},
}

// TestToleratedDefects generates each case of a tolerated defect and checks
// that every warning it expects is printed, located, and that nothing else
// about the case's $refs is: a property named description stays a
// property, a schema's $ref that does resolve is followed without a word.
func TestToleratedDefects(t *testing.T) {
	for dir, want := range toleratedCases {
		t.Run(dir, func(t *testing.T) {
			r, err := generator.Run(loadCase(t, dir))
			if err != nil {
				t.Fatalf("generation failed: %v", err)
			}
			for _, w := range want {
				var found string
				for _, n := range r.Notes {
					if strings.HasPrefix(n, w.where+": ") {
						found = n
						break
					}
				}
				if found == "" {
					t.Errorf("no note at %s; notes:\n%s", w.where, strings.Join(r.Notes, "\n"))
					continue
				}
				for _, s := range w.says {
					if !strings.Contains(found, s) {
						t.Errorf("note at %s does not say %q:\n%s", w.where, s, found)
					}
				}
			}
			located := 0
			for _, n := range r.Notes {
				if strings.HasPrefix(n, dir+"/") && strings.Contains(n, "$ref") || strings.Contains(n, "not text") {
					located++
				}
			}
			if located != len(want) {
				t.Errorf("%d notes about $refs and descriptions, want %d:\n%s", located, len(want), strings.Join(r.Notes, "\n"))
			}
		})
	}
}
