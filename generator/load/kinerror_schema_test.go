package load

import (
	"strings"
	"testing"
)

// TestSchemaFieldErrorLocatedAtSchema: kin-openapi's error about a field
// of a Schema is placed at a schema holding that key, not at the first
// key of that name in the document (here an example's data, which comes
// first and has the same JSON type).
func TestSchemaFieldErrorLocatedAtSchema(t *testing.T) {
	const doc = `openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /things:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
              example: {title: {text: a}}
components:
  schemas:
    Thing:
      type: object
      title: {text: b}
`
	_, err := loadText(t, doc)
	if err == nil {
		t.Fatal("a schema's title that is an object loaded")
	}
	if s := err.Error(); !strings.Contains(s, "Schema.title") || !strings.Contains(s, "openapi.yaml:17:7 (#/components/schemas/Thing/title)") {
		t.Errorf("error is %q, want Schema.title at openapi.yaml:17:7 (#/components/schemas/Thing/title)", s)
	}
}
