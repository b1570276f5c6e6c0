package difftest

import (
	"bytes"
	"encoding/json"
	"net/url"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// addEmbedded registers each schema of an OpenAPI document that declares an
// $id of its own as a resource at that $id. The compiler finds the $ids of
// a document it compiles as a schema, but an OpenAPI document's root is no
// schema, so a $ref by such an $id would be read from disk. Schemas inside
// one registered come along with it.
func addEmbedded(c *jsonschema.Compiler, docURL string, src []byte) error {
	var doc map[string]any
	if err := json.Unmarshal(src, &doc); err != nil {
		return nil // not an object: nothing embedded; Compile reports the rest
	}
	if _, ok := doc["openapi"]; !ok {
		return nil
	}
	var walk func(v any, base *url.URL) error
	walk = func(v any, base *url.URL) error {
		switch x := v.(type) {
		case map[string]any:
			if id, ok := x["$id"].(string); ok && id != "" {
				if ref, err := url.Parse(id); err == nil {
					abs := base.ResolveReference(ref)
					abs.Fragment = ""
					data, _ := json.Marshal(x)
					return c.AddResource(abs.String(), bytes.NewReader(data))
				}
			}
			for k, e := range x {
				switch k {
				case "example", "examples", "default", "enum", "const":
					continue
				}
				if err := walk(e, base); err != nil {
					return err
				}
			}
		case []any:
			for _, e := range x {
				if err := walk(e, base); err != nil {
					return err
				}
			}
		}
		return nil
	}
	base, err := url.Parse(docURL)
	if err != nil {
		return err
	}
	return walk(doc, base)
}
