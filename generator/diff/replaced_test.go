package diff_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/specgen/specgen/generator/diff"
)

// replacedDoc is directionDoc with one more named schema, named name, that
// the property owner of Req and Resp refers to.
func replacedDoc(t *testing.T, name string, target obj) string {
	var doc obj
	if err := json.Unmarshal([]byte(directionDoc(t, schema(obj{"owner": obj{"$ref": "#/components/schemas/" + name}}))), &doc); err != nil {
		t.Fatal(err)
	}
	doc["components"].(obj)["schemas"].(obj)[name] = target
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestPropertyMovedToAnotherSchema checks a property whose named schema is
// replaced by another one (a schema renamed, or moved to a shared one): the
// two bodies are compared in place, so an identical body is information
// with the Go note, and a difference is judged as in any schema; only a
// schema of another kind is a change of type.
func TestPropertyMovedToAnotherSchema(t *testing.T) {
	person := schema(obj{"name": str, "email": str})
	t.Run("same body", func(t *testing.T) {
		r := compareDocs(t, replacedDoc(t, "Owner", person), replacedDoc(t, "Person", person))
		expect(t, r, "Req", "owner", "schema-replaced", diff.Info)
		expect(t, r, "Resp", "owner", "schema-replaced", diff.Info)
		for _, c := range r.Changes {
			if strings.HasPrefix(c.Rule, "type-") {
				t.Errorf("%s %s: %s %q, want no change of type", c.Subject, c.Where(), c.Rule, c.Message)
			}
		}
		got := find(r, "Resp", "owner", "schema-replaced")
		if len(got) == 1 && (got[0].Go != "*Owner → *Person" || got[0].Message != "now the schema Person instead of Owner") {
			t.Errorf("message %q, Go note %q", got[0].Message, got[0].Go)
		}
	})
	t.Run("body differs", func(t *testing.T) {
		r := compareDocs(t, replacedDoc(t, "Owner", person), replacedDoc(t, "Person", schema(obj{"name": str})))
		expect(t, r, "Req", "owner.email", "field-removed", diff.Warning)
		expect(t, r, "Resp", "owner.email", "field-removed", diff.Breaking)
	})
	t.Run("another kind", func(t *testing.T) {
		r := compareDocs(t, replacedDoc(t, "Owner", person), replacedDoc(t, "Person", obj{"type": "string", "enum": []any{"a"}}))
		expect(t, r, "Resp", "owner", "type-changed", diff.Breaking)
	})
}
