package load

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// TestMetaGateInstalled checks that the compiler of this module's version
// of jsonschema can be relieved of its meta-schema check: without it the
// gate would silently do nothing and the time would be spent twice.
func TestMetaGateInstalled(t *testing.T) {
	for _, d := range []*jsonschema.Draft{jsonschema.Draft4, jsonschema.Draft6, jsonschema.Draft7, jsonschema.Draft2019, jsonschema.Draft2020} {
		c := jsonschema.NewCompiler()
		c.Draft = d
		if gateMetaSchema(c) == nil || c.Draft == d || !sameDraft(c.Draft, d) {
			t.Errorf("%s: no gate installed", d)
		}
	}
}

// TestMetaGateSameErrors checks that a schema the meta-schema rejects gets
// the same located error through the gate as from the compiler's own
// check, wherever it is: a component schema, an operation's schema, a
// schema file, a draft named by $schema, an $id.
func TestMetaGateSameErrors(t *testing.T) {
	cases := map[string]struct{ spec, schema string }{
		"3.1 component": {spec: `{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{},
"components":{"schemas":{"A":{"type":"object","properties":{"n":{"type":"object","dependentRequired":{"a":"b"}}}}}}}`},
		"3.0 component": {spec: `{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{},
"components":{"schemas":{"A":{"type":"number","multipleOf":0}}}}`},
		"3.0 exclusive bound alone": {spec: `{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{},
"components":{"schemas":{"A":{"type":"integer","exclusiveMinimum":true}}}}`},
		"operation schema": {spec: `{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{"/a":{"get":{"responses":{"200":{"description":"ok",
"content":{"application/json":{"schema":{"type":"array","items":{"type":"strin"}}}}}}}}}}`},
		"schema file":          {schema: `{"title":"S","type":"object","properties":{"a":{"type":"array","minItems":-1}}}`},
		"draft named":          {schema: `{"$schema":"http://json-schema.org/draft-07/schema#","title":"S","properties":{"a":{"type":5}}}`},
		"2019-09 named":        {schema: `{"$schema":"https://json-schema.org/draft/2019-09/schema","title":"S","properties":{"a":{"minItems":-1}}}`},
		"draft-07 with an $id": {schema: `{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://example.com/s","properties":{"a":{"enum":[]}}}`},
		"with an $id":          {schema: `{"$id":"https://example.com/s","title":"S","properties":{"a":{"enum":5}}}`},
		"valid":                {schema: `{"title":"S","type":"object","properties":{"a":{"type":"string","pattern":"^a"}}}`},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			var cfg Config
			if c.spec != "" {
				cfg.Spec = filepath.Join(dir, "openapi.json")
				if err := os.WriteFile(cfg.Spec, []byte(c.spec), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if c.schema != "" {
				p := filepath.Join(dir, "s.schema.json")
				if err := os.WriteFile(p, []byte(c.schema), 0o644); err != nil {
					t.Fatal(err)
				}
				cfg.Schemas = []string{p}
			}
			_, gated := Load(cfg)
			cfg.compilerChecksMeta = true
			_, own := Load(cfg)
			if (gated == nil) != (own == nil) || gated != nil && gated.Error() != own.Error() {
				t.Errorf("through the gate: %v\nthe compiler's own check: %v", gated, own)
			}
			if name != "valid" && own == nil {
				t.Errorf("the case is valid: it tests nothing")
			}
		})
	}
}
