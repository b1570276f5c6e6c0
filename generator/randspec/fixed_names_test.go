package randspec_test

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/specgen/specgen/generator"
)

// TestNamedLikeFixedNames generates an API whose schemas, properties and
// path parameters are named like every package-level name generated code
// may declare whatever the spec (lowering's fixedNames: the runtime's
// declarations, the emitters' Client, NewHandler, isEmptyBody…, the
// imported packages), and type-checks the package: a schema called Client
// must become Client2, and a path parameter called decodeValue must not
// shadow the function inside the methods that take it. The list is read
// from the file lowering compiles, which generator/lower's TestEmitNames
// keeps what the runtime's and emit's source declare, so a name added
// there is tried here in the next run.
func TestNamedLikeFixedNames(t *testing.T) {
	names := fixedNames(t)
	schemas := map[string]any{}
	for _, n := range names {
		schemas[n] = map[string]any{
			"type":     "object",
			"required": []string{"id"},
			"properties": map[string]any{
				"id":   map[string]any{"type": "string", "pattern": "^[a-z]+$"},
				"tags": map[string]any{"type": "array", "items": map[string]any{"type": "string", "minLength": 1}},
				// not is checked on the JSON value: a value check
				// named after the schema (checkClientExtra).
				"extra": map[string]any{"not": map[string]any{"type": "string"}},
			},
		}
	}
	paths := map[string]any{}
	const perPath = 8
	for i := 0; i < len(names); i += perPath {
		group := names[i:min(i+perPath, len(names))]
		path := fmt.Sprintf("/g%d", i/perPath)
		var params []any
		for _, n := range group {
			path += "/{" + n + "}"
			params = append(params, map[string]any{"name": n, "in": "path", "required": true, "schema": map[string]any{"type": "string"}})
		}
		ref := map[string]any{"$ref": "#/components/schemas/" + group[0]}
		jsonBody := map[string]any{"application/json": map[string]any{"schema": ref}}
		paths[path] = map[string]any{
			"parameters": params,
			"get": map[string]any{
				"operationId": fmt.Sprintf("get%d", i/perPath),
				"responses":   map[string]any{"200": map[string]any{"description": "ok", "content": jsonBody}},
			},
			"put": map[string]any{
				"operationId": fmt.Sprintf("put%d", i/perPath),
				"requestBody": map[string]any{"required": true, "content": jsonBody},
				"responses":   map[string]any{"204": map[string]any{"description": "done"}},
			},
		}
	}
	doc := map[string]any{
		"openapi":    "3.1.0",
		"info":       map[string]any{"title": "fixed names", "version": "1"},
		"paths":      paths,
		"components": map[string]any{"schemas": schemas},
	}
	text, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	spec := filepath.Join(t.TempDir(), "fixed.json")
	if err := os.WriteFile(spec, text, 0o644); err != nil {
		t.Fatal(err)
	}
	files, err := generator.Generate(generator.Config{Spec: spec, Package: "api"})
	if err != nil {
		t.Fatal(err)
	}
	if err := typeCheck(files); err != nil {
		t.Fatalf("a spec naming schemas and path parameters like the fixed names does not compile:\n%v", err)
	}
}

// fixedNames reads the string literals of generator/lower/fixednames.go.
func fixedNames(t *testing.T) []string {
	f, err := parser.ParseFile(token.NewFileSet(), "../lower/fixednames.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	ast.Inspect(f, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
			s, err := strconv.Unquote(lit.Value)
			if err != nil {
				t.Fatal(err)
			}
			names = append(names, s)
		}
		return true
	})
	if len(names) < 100 {
		t.Fatalf("only %d fixed names read", len(names))
	}
	return names
}
