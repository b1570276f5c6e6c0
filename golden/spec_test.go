package golden_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
)

// specPath is our OpenAPI document, relative to this package's directory
// (where go test runs).
var specPath = filepath.Join("..", "spec", "openapi.yaml")

// wantOperations is how many operations the seed docs document: 17 in
// 002 (Workspaces) and 10 in 004 (Builds).
const wantOperations = 27

// loadSpec loads spec/openapi.yaml the way the generator will: with external
// references allowed, so that './workspace.schema.json#/$defs/...' resolves.
func loadSpec(tb testing.TB) *openapi3.T {
	tb.Helper()
	loader := openapi3.NewLoader()
	loader.IsExternalRefsAllowed = true
	doc, err := loader.LoadFromFile(specPath)
	if err != nil {
		tb.Fatalf("load %s: %v", specPath, err)
	}
	return doc
}

// specOperation is one operation of our document with its place.
type specOperation struct {
	Method, Path string
	Op           *openapi3.Operation
	Item         *openapi3.PathItem
}

// specOperations lists the operations of doc sorted by path, then method, so
// failures print in a stable order.
func specOperations(doc *openapi3.T) []specOperation {
	var ops []specOperation
	for path, item := range doc.Paths.Map() {
		for method, op := range item.Operations() {
			ops = append(ops, specOperation{Method: method, Path: path, Op: op, Item: item})
		}
	}
	slices.SortFunc(ops, func(a, b specOperation) int {
		if c := strings.Compare(a.Path, b.Path); c != 0 {
			return c
		}
		return strings.Compare(a.Method, b.Method)
	})
	return ops
}

// TestSpecValidates checks that spec/openapi.yaml loads and passes
// kin-openapi's validation with no errors.
func TestSpecValidates(t *testing.T) {
	doc := loadSpec(t)
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatalf("validate %s: %v", specPath, err)
	}
	if got := doc.OpenAPI; got != "3.1.0" {
		t.Errorf("openapi = %q, want 3.1.0", got)
	}
}

// TestSpecOperations checks the shape every operation must have: the seed
// docs' 27 operations, unique operationIds, the session-token security
// requirement, a summary, a Workspaces or Builds tag, at least one 2xx
// response, and no body on a 204.
func TestSpecOperations(t *testing.T) {
	doc := loadSpec(t)
	ops := specOperations(doc)
	if len(ops) != wantOperations {
		t.Errorf("%d operations, want %d", len(ops), wantOperations)
	}

	schemes := doc.Components.SecuritySchemes
	if s := schemes["CoderSessionToken"]; s == nil || s.Value.Type != "apiKey" || s.Value.In != "header" || s.Value.Name != "Coder-Session-Token" {
		t.Errorf("components.securitySchemes.CoderSessionToken is not an apiKey in header Coder-Session-Token")
	}

	seen := map[string]string{} // operationId -> "METHOD path"
	for _, o := range ops {
		where := o.Method + " " + o.Path
		id := o.Op.OperationID
		switch {
		case id == "":
			t.Errorf("%s: no operationId", where)
		case seen[id] != "":
			t.Errorf("%s: operationId %q already used by %s", where, id, seen[id])
		default:
			seen[id] = where
		}
		if o.Op.Summary == "" {
			t.Errorf("%s: no summary", where)
		}
		if len(o.Op.Tags) != 1 || (o.Op.Tags[0] != "Workspaces" && o.Op.Tags[0] != "Builds") {
			t.Errorf("%s: tags %v, want exactly one of Workspaces, Builds", where, o.Op.Tags)
		}

		if o.Op.Security == nil || len(*o.Op.Security) == 0 {
			t.Errorf("%s: no security requirement", where)
		} else {
			for _, req := range *o.Op.Security {
				for name := range req {
					if schemes[name] == nil {
						t.Errorf("%s: security requires undefined scheme %q", where, name)
					}
				}
			}
		}

		success := 0
		for code, resp := range o.Op.Responses.Map() {
			if len(code) == 3 && code[0] == '2' {
				success++
			}
			if code == "204" && len(resp.Value.Content) != 0 {
				t.Errorf("%s: 204 response has content", where)
			}
		}
		if success == 0 {
			t.Errorf("%s: no 2xx response", where)
		}
	}
}

// TestSpecReferencesWorkspaceSchema checks that no schema the workspace JSON
// Schema defines was copied into components/schemas: those must be
// referenced from ./workspace.schema.json.
func TestSpecReferencesWorkspaceSchema(t *testing.T) {
	doc := loadSpec(t)
	b, err := os.ReadFile(filepath.Join("..", "spec", "workspace.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	var ws struct {
		Title string                     `json:"title"`
		Defs  map[string]json.RawMessage `json:"$defs"`
	}
	if err := json.Unmarshal(b, &ws); err != nil {
		t.Fatal(err)
	}
	names := []string{ws.Title}
	for def := range ws.Defs {
		_, name, _ := strings.Cut(def, ".") // codersdk.WorkspaceBuild -> WorkspaceBuild
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		if doc.Components.Schemas[name] != nil {
			t.Errorf("components/schemas/%s duplicates a definition of workspace.schema.json; reference it instead", name)
		}
	}
}
