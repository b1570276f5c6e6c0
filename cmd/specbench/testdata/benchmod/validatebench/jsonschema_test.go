package validatebench

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"specbench/payload"
)

// jsonSchema validates against spec/workspace.schema.json (a Workspace) and,
// for the list, a schema of GET /workspaces's body whose items refer to it.
func init() {
	register(validator{tool: "jsonschema", docs: map[string]func([]byte) (func() error, error){
		"workspace": jsonSchema(func(ws string) string { return ws }),
		"list": jsonSchema(func(ws string) string {
			return fmt.Sprintf(`{"type": "object", "properties": {"count": {"type": "integer"}, "workspaces": {"type": "array", "items": {"$ref": %q}}}}`, ws)
		}),
	}})
}

// jsonSchema compiles the schema that root returns (given the workspace
// schema's URL, it returns that URL or a schema document) and returns a
// preparer that decodes a document into the tree JSON Schema validates.
func jsonSchema(root func(workspaceURL string) string) func([]byte) (func() error, error) {
	return func(data []byte) (func() error, error) {
		file := filepath.Join(payload.Root(), "spec", "workspace.schema.json")
		ws := (&url.URL{Scheme: "file", Path: file}).String()
		c := jsonschema.NewCompiler()
		target := root(ws)
		if target != ws {
			if err := c.AddResource("https://specbench.invalid/list.json", strings.NewReader(target)); err != nil {
				return nil, err
			}
			target = "https://specbench.invalid/list.json"
		}
		schema, err := c.Compile(target)
		if err != nil {
			return nil, err
		}
		// Numbers as json.Number, as jsonschema's own loader reads them.
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.UseNumber()
		var doc any
		if err := dec.Decode(&doc); err != nil {
			return nil, err
		}
		return func() error { return schema.Validate(doc) }, nil
	}
}
