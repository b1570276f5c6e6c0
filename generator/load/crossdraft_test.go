package load

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/specgen/specgen/generator/document"
)

// TestReferencedFileKeepsRootDraft checks that a file naming no draft,
// reached from a root that names one, is repaired and compiled in the
// root's draft: under draft-07 an items list is a tuple (prefix items),
// not 2020-12's mistake to rewrite with a warning; under 2020-12 (no
// $schema anywhere) it still is.
func TestReferencedFileKeepsRootDraft(t *testing.T) {
	for name, c := range map[string]struct {
		schema string
		warned bool
	}{
		"draft-07 root": {schema: `"$schema":"http://json-schema.org/draft-07/schema#",`},
		"2020-12 root":  {warned: true},
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			root := `{` + c.schema + `"type":"object","properties":{"pair":{"$ref":"pair.json"}}}`
			pair := `{"type":"array","items":[{"type":"string"},{"type":"integer"}]}`
			for f, text := range map[string]string{"root.json": root, "pair.json": pair} {
				if err := os.WriteFile(filepath.Join(dir, f), []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			doc, err := Load(Config{Schemas: []string{filepath.Join(dir, "root.json")}})
			if err != nil {
				t.Fatal(err)
			}
			if got := len(doc.Warnings) > 0; got != c.warned {
				t.Errorf("warned = %v, want %v (%v)", got, c.warned, doc.Warnings)
			}
			p := doc.Named[0].Schema.Properties[0].Schema
			for p.Ref != nil {
				p = p.Ref
			}
			if len(p.PrefixItems) != 2 {
				t.Errorf("pair has %d prefix items, want the tuple's 2", len(p.PrefixItems))
			}
		})
	}
}

// TestEmbeddedResourceOwnDraft checks that an embedded resource (a
// subschema with an $id) whose $schema names another draft than its file's
// is read in its own draft, as the reference validator reads it: a 2020-12
// resource's dependentRequired holds in a draft-07 file, and a draft-07
// resource's items list is a tuple in a 2020-12 file (not 2020-12's error).
func TestEmbeddedResourceOwnDraft(t *testing.T) {
	for name, c := range map[string]struct {
		file, resource, keywords string
		check                    func(*document.Schema) bool
	}{
		"2020-12 in draft-07": {
			file: "http://json-schema.org/draft-07/schema#", resource: "https://json-schema.org/draft/2020-12/schema",
			keywords: `"type":"object","properties":{"a":{},"b":{}},"dependentRequired":{"a":["b"]}`,
			check:    func(s *document.Schema) bool { return len(s.DependentRequired) == 1 },
		},
		"draft-07 in 2020-12": {
			file: "https://json-schema.org/draft/2020-12/schema", resource: "http://json-schema.org/draft-07/schema#",
			keywords: `"type":"array","items":[{"type":"string"},{"type":"integer"}]`,
			check:    func(s *document.Schema) bool { return len(s.PrefixItems) == 2 },
		},
	} {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "root.json")
			defs := "$defs"
			if c.file == "http://json-schema.org/draft-07/schema#" {
				defs = "definitions"
			}
			text := `{"$schema":"` + c.file + `","title":"Root","type":"object","properties":{"r":{"$ref":"https://example.com/r.json"}},` +
				`"` + defs + `":{"r":{"$id":"https://example.com/r.json","$schema":"` + c.resource + `",` + c.keywords + `}}}`
			if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			doc, err := Load(Config{Schemas: []string{p}})
			if err != nil {
				t.Fatal(err)
			}
			var r *document.Schema
			for _, n := range doc.Named {
				if n.Name == "Root" {
					r = n.Schema.Properties[0].Schema
				}
			}
			for r.Ref != nil {
				r = r.Ref
			}
			if !c.check(r) {
				t.Errorf("the resource at %s was not read in its own draft", r.Key)
			}
		})
	}
}
