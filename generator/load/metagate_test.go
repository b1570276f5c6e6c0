package load

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
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

// TestMetaGateSameDocuments checks that the gate changes nothing but who
// checks the meta-schema: every schema of the suite's drafts 7 and
// 2019-09, naming its draft, loads to the same document (or the same
// error) through the gate as with the compiler's own check, including
// those served to the compiler without their $schema.
func TestMetaGateSameDocuments(t *testing.T) {
	drafts := map[string]string{
		"draft7":       "http://json-schema.org/draft-07/schema#",
		"draft2019-09": "https://json-schema.org/draft/2019-09/schema",
	}
	dir := t.TempDir()
	loaded := 0
	for name, uri := range drafts {
		for _, g := range suiteSchemas(t, name) {
			file, i := g.file, g.group
			var m map[string]any
			if json.Unmarshal(g.schema, &m) != nil || m == nil {
				continue
			}
			if _, named := m["$schema"]; !named {
				m["$schema"] = uri
			}
			src, _ := json.Marshal(m)
			p := filepath.Join(dir, "s.schema.json")
			if err := os.WriteFile(p, src, 0o644); err != nil {
				t.Fatal(err)
			}
			cfg := Config{Schemas: []string{p}}
			gated, gerr := Load(cfg)
			cfg.compilerChecksMeta = true
			own, oerr := Load(cfg)
			where := fmt.Sprintf("%s/%s group %d", name, filepath.Base(file), i)
			if (gerr == nil) != (oerr == nil) || gerr != nil && gerr.Error() != oerr.Error() {
				t.Errorf("%s: through the gate: %v; the compiler's own check: %v", where, gerr, oerr)
				continue
			}
			if gerr == nil {
				loaded++
				if !reflect.DeepEqual(gated, own) {
					t.Errorf("%s: the documents differ", where)
				}
			}
		}
	}
	if loaded < 300 {
		t.Errorf("only %d schemas loaded: the test compares too little", loaded)
	}
	t.Logf("%d schemas loaded, the same through the gate", loaded)
}
