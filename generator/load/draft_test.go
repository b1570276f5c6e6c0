package load

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDraftThroughGate checks that schemas compiled with the gate's copy
// of a draft are read as that draft: an OpenAPI 3.0 schema is draft 4's
// (1.0 is no integer there), and format only annotates in a 2020-12 or
// 2019-09 schema file, whether or not it names its draft.
func TestDraftThroughGate(t *testing.T) {
	cases := map[string]struct {
		spec, schema       string
		draft4, annotation bool
	}{
		"openapi 3.0":        {spec: `{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{},"components":{"schemas":{"A":{"format":"email"}}}}`, draft4: true},
		"openapi 3.1":        {spec: `{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{},"components":{"schemas":{"A":{"format":"email"}}}}`, annotation: true},
		"2020-12 by default": {schema: `{"title":"A","format":"email"}`, annotation: true},
		"2020-12 named":      {schema: `{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"A","format":"email"}`, annotation: true},
		"2019-09 named":      {schema: `{"$schema":"https://json-schema.org/draft/2019-09/schema","title":"A","format":"email"}`, annotation: true},
		"draft-07 named":     {schema: `{"$schema":"http://json-schema.org/draft-07/schema#","title":"A","format":"email"}`},
		"draft-04 named":     {schema: `{"$schema":"http://json-schema.org/draft-04/schema#","title":"A","format":"email"}`, draft4: true},
		// A metaschema with the format-assertion vocabulary: format asserts.
		"format-assertion":  {schema: `{"$schema":"META","title":"A","format":"email"}`},
		"format-annotation": {schema: `{"$schema":"META-ANNOTATION","title":"A","format":"email"}`, annotation: true},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			var cfg Config
			p, text := filepath.Join(dir, "s.schema.json"), c.schema
			for file, vocab := range map[string]string{"meta.json": "format-assertion", "meta-annotation.json": "format-annotation"} {
				meta := `{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://example.com/` + file + `","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/core":true,"https://json-schema.org/draft/2020-12/vocab/` + vocab + `":false},"$dynamicAnchor":"meta","allOf":[{"$ref":"https://json-schema.org/draft/2020-12/meta/core"}]}`
				if err := os.WriteFile(filepath.Join(dir, file), []byte(meta), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			text = strings.ReplaceAll(text, `"META-ANNOTATION"`, `"file://`+filepath.ToSlash(filepath.Join(dir, "meta-annotation.json"))+`"`)
			text = strings.ReplaceAll(text, `"META"`, `"file://`+filepath.ToSlash(filepath.Join(dir, "meta.json"))+`"`)
			if c.spec != "" {
				p, text = filepath.Join(dir, "openapi.json"), c.spec
			}
			if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			if c.spec != "" {
				cfg.Spec = p
			} else {
				cfg.Schemas = []string{p}
			}
			doc, err := Load(cfg)
			if err != nil {
				t.Fatal(err)
			}
			for _, n := range doc.Named {
				if n.Name != "A" {
					continue
				}
				if n.Schema.Draft4 != c.draft4 || n.Schema.FormatAnnotation != c.annotation {
					t.Errorf("draft 4 %v, format annotates %v; want %v, %v", n.Schema.Draft4, n.Schema.FormatAnnotation, c.draft4, c.annotation)
				}
				return
			}
			t.Fatalf("no schema A in %v", doc.Named)
		})
	}
}
