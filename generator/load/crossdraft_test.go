package load

import (
	"os"
	"path/filepath"
	"testing"
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
