package diff_test

import (
	"testing"

	"github.com/specgen/specgen/generator/diff"
)

// oneSchemaDoc is an API answering Thing, whose components are schemas.
func oneSchemaDoc(schemas string) string {
	return `openapi: 3.1.0
info: {title: G, version: "1"}
paths:
  /things:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
components:
  schemas:
` + schemas
}

// goNoteOf returns the Go note of the one change matching, or fails.
func goNoteOf(t *testing.T, r *diff.Report, subject, where, rule string) string {
	t.Helper()
	got := find(r, subject, where, rule)
	if len(got) != 1 {
		t.Fatalf("%s %q %s: %d changes, want 1:\n%s", subject, where, rule, len(got), text(r))
	}
	return got[0].Go
}

// TestGoNoteRidesOnTheTypeChange: a field that becomes required (a value
// instead of a pointer) while its description changes carries its Go
// note on the requiredness, never on the description.
func TestGoNoteRidesOnTheTypeChange(t *testing.T) {
	old := oneSchemaDoc(`    Thing:
      type: object
      properties: {a: {type: string, description: old words}}
`)
	new := oneSchemaDoc(`    Thing:
      type: object
      required: [a]
      properties: {a: {type: string, description: new words}}
`)
	r := compareDocs(t, old, new)
	if got := goNoteOf(t, r, "Thing", "a", "field-required"); got != "*string → string" {
		t.Errorf("field-required Go note %q, want *string → string", got)
	}
	if got := goNoteOf(t, r, "Thing", "a", "description-changed"); got != "" {
		t.Errorf("description change carries Go note %q", got)
	}
}

// TestGoNoteAliasToDefinedType: a named string that becomes an enum
// narrows, and its Go declaration goes from an alias to a defined type
// with constants.
func TestGoNoteAliasToDefinedType(t *testing.T) {
	doc := func(name string) string {
		return oneSchemaDoc(`    Thing:
      type: object
      properties: {name: {$ref: '#/components/schemas/Name'}}
    Name: ` + name + "\n")
	}
	r := compareDocs(t, doc("{type: string}"), doc("{type: string, enum: [a, b]}"))
	expect(t, r, "Name", "", "type-narrowed", diff.NonBreaking)
	if got, want := goNoteOf(t, r, "Name", "", "type-narrowed"), "Name: alias of string → defined type with constants"; got != want {
		t.Errorf("Go note %q, want %q", got, want)
	}
	r = compareDocs(t, doc("{type: string, enum: [a, b]}"), doc("{type: string}"))
	expect(t, r, "Name", "", "type-widened", diff.Breaking)
}

// TestGoNoteUnionToStruct: a union that becomes an object says that the
// Go type stops being a union.
func TestGoNoteUnionToStruct(t *testing.T) {
	object := "    Pet:\n      type: object\n      required: [kind]\n      properties: {kind: {type: string}}\n"
	r := compareDocs(t, unionDoc(levelLowHigh+catDog+petCatDog), unionDoc(levelLowHigh+catDog+object))
	if got, want := goNoteOf(t, r, "Pet", "", "type-changed"), "Pet: union (interface PetValue) → struct"; got != want {
		t.Errorf("Go note %q, want %q", got, want)
	}
}
