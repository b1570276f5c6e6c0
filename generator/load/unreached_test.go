package load

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDanglingRefUnreachedByRoot checks that a $ref resolving nowhere is
// read as any JSON value (a note) in a definition the root does not reach,
// and stays a located error where the root reaches it, directly or through
// another definition.
func TestDanglingRefUnreachedByRoot(t *testing.T) {
	defs := `"definitions":{"license":{"anyOf":[{"$ref":"osi-license"},{"type":"string"}]},"wrap":{"$ref":"#/definitions/license"}}`
	for name, c := range map[string]struct {
		root    string
		refused bool
	}{
		"unreached":         {root: `"type":"object"`},
		"reached":           {root: `"$ref":"#/definitions/license"`, refused: true},
		"reached by a hop":  {root: `"properties":{"a":{"$ref":"#/definitions/wrap"}}`, refused: true},
		"reached at a root": {root: `"anyOf":[{"$ref":"osi-license"}]`, refused: true},
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, "lib.json")
			text := `{"$schema":"http://json-schema.org/draft-04/schema#","id":"https://example.com/lib.json",` + c.root + `,` + defs + `}`
			if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			doc, err := Load(Config{Schemas: []string{p}})
			if c.refused {
				if err == nil || !strings.Contains(err.Error(), `$ref "osi-license" does not resolve`) {
					t.Fatalf("err = %v, want the dangling $ref located", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(doc.DanglingRefs) != 1 || doc.DanglingRefs[0].Source.Pointer != "#/definitions/license/anyOf/0/$ref" {
				t.Errorf("dangling refs = %v, want the one in license", doc.DanglingRefs)
			}
		})
	}
}
