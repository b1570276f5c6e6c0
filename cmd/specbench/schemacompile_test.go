package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestSchemaCompile checks the reference of the schema row: it compiles a
// schema as jsonschema does, honouring its $schema, and fails on one the
// draft's meta-schema rejects (a wrong reference would time nothing).
func TestSchemaCompile(t *testing.T) {
	dir := t.TempDir()
	for name, c := range map[string]struct {
		schema string
		ok     bool
	}{
		"valid":          {`{"$schema": "http://json-schema.org/draft-07/schema#", "definitions": {"a": {"type": "string"}}, "properties": {"a": {"$ref": "#/definitions/a"}}}`, true},
		"bad keyword":    {`{"properties": {"a": {"type": "strin"}}}`, false},
		"dangling $ref":  {`{"properties": {"a": {"$ref": "#/definitions/none"}}}`, false},
		"draft-04 bound": {`{"$schema": "http://json-schema.org/draft-04/schema#", "maximum": 1, "exclusiveMaximum": true}`, true},
	} {
		p := filepath.Join(dir, name+".json")
		if err := os.WriteFile(p, []byte(c.schema), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := schemaCompile(p); (err == nil) != c.ok {
			t.Errorf("%s: error %v, want ok %v", name, err, c.ok)
		}
	}
}
