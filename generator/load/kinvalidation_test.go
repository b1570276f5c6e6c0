package load

import (
	"strings"
	"testing"
)

// TestValidationWarningsLocated: kin-openapi's validation findings are
// placed where its wrappers say (a component, a path's operation) or its
// text names (paths that conflict), not at the file alone.
func TestValidationWarningsLocated(t *testing.T) {
	const head = "openapi: 3.0.3\ninfo: {title: t, version: \"1\"}\n"
	for _, c := range []struct{ doc, part, place string }{
		{head + `paths:
  /things/{id}:
    get:
      parameters:
        - {name: X-Mode, in: header, style: form, explode: false, schema: {type: string}}
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "200": {description: ok}
`, "X-Mode", "openapi.yaml:5:5 (#/paths/~1things~1{id}/get)"},
		{head + `paths:
  /things/{id}:
    get:
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses: {"200": {description: ok}}
  /things/{name}:
    get:
      parameters: [{name: name, in: path, required: true, schema: {type: string}}]
      responses: {"200": {description: ok}}
`, "conflicting paths", "openapi.yaml:8:3 (#/paths/~1things~1{name})"},
		{head + `paths: {}
components:
  schemas:
    Legacy:
      type: [string, "null"]
`, `schema "Legacy"`, "openapi.yaml:6:5 (#/components/schemas/Legacy)"},
	} {
		doc, err := loadText(t, c.doc)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, w := range doc.Warnings {
			if s := w.Error(); strings.Contains(s, "spec does not validate") && strings.Contains(s, c.part) {
				found = true
				if !strings.Contains(s, c.place) {
					t.Errorf("warning about %s is %q, want it at %s", c.part, s, c.place)
				}
			}
		}
		if !found {
			t.Errorf("no validation warning about %s in %v", c.part, doc.Warnings)
		}
	}
}
