package load

import "testing"

// TestSchemaCount: Document.Schemas counts each schema loading made once,
// a $ref's target not again where it is used (lowering sizes its
// per-schema maps by it).
func TestSchemaCount(t *testing.T) {
	path := writeSchema(t, `{
		"type": "object",
		"properties": {"a": {"$ref": "#/$defs/s"}, "b": {"$ref": "#/$defs/s"}, "c": {"type": "integer"}},
		"$defs": {"s": {"type": "string"}}
	}`)
	doc, err := Load(Config{Schemas: []string{path}})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Schemas != 5 {
		t.Errorf("Schemas = %d, want 5 (the root, a, b, c and $defs/s)", doc.Schemas)
	}
}
