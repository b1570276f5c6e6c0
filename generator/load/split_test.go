package load

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/specgen/specgen/generator/document"
)

// loadText writes text to a temporary openapi.yaml and loads it.
func loadText(t *testing.T, text string) (*document.Document, error) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "openapi.yaml")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return Load(Config{Spec: path})
}

// TestSplitRootsKeepKeys: schemas served to the compiler one root at a time
// keep the keys and sources of the places they are in the document, whatever
// their names hold (a slash, a space, a percent sign), and a reference into
// a root's inside meets the schema compiled with the root.
func TestSplitRootsKeepKeys(t *testing.T) {
	doc, err := loadText(t, `openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /things/{id}:
    get:
      parameters:
        - {name: id, in: path, required: true, schema: {$ref: '#/components/schemas/a~1b/properties/id'}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Foo%20Bar'}
components:
  schemas:
    a/b:
      type: object
      properties:
        id: {type: integer, minimum: 3}
    Foo Bar:
      type: object
      properties:
        pct: {$ref: '#/components/schemas/50%25'}
        ab: {$ref: '#/components/schemas/a~1b'}
    50%:
      type: string
      enum: [x, y]
`)
	if err != nil {
		t.Fatal(err)
	}
	named := map[string]*document.Schema{}
	for _, n := range doc.Named {
		named[n.Name] = n.Schema
		if !strings.HasSuffix(n.Schema.Key, "openapi.yaml"+child("#/components/schemas", n.Name)) {
			t.Errorf("%s: key %s is not its place in the document", n.Name, n.Schema.Key)
		}
		if n.Schema.Source.Line == 0 || n.Schema.Source.Pointer != child("#/components/schemas", n.Name) {
			t.Errorf("%s: source %+v", n.Name, n.Schema.Source)
		}
	}
	fooBar := named["Foo Bar"]
	if fooBar == nil || len(fooBar.Properties) != 2 {
		t.Fatalf("Foo Bar: %+v", fooBar)
	}
	for _, p := range fooBar.Properties {
		want := map[string]string{"pct": "50%", "ab": "a/b"}[p.Name]
		if p.Schema.Ref != named[want] {
			t.Errorf("Foo Bar.%s refers to %v, want the schema named %q", p.Name, p.Schema.Ref, want)
		}
	}
	param := doc.Operations[0].Params[0].Schema
	if param.Ref == nil || param.Ref != named["a/b"].Properties[0].Schema {
		t.Errorf("the path parameter's $ref does not meet a/b's id property: %+v", param.Ref)
	}
}

// TestSplitRootErrorsLocated: what the compiler finds wrong inside a root
// served on its own is reported where it is in the document.
func TestSplitRootErrorsLocated(t *testing.T) {
	_, err := loadText(t, `openapi: 3.1.0
info: {title: t, version: "1"}
paths:
  /a:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/X'}
components:
  schemas:
    X:
      type: object
      properties:
        a:
          type: object
          properties:
            deep: {type: foo}
`)
	if err == nil || !strings.Contains(err.Error(), "openapi.yaml:20:20 (#/components/schemas/X/properties/a/properties/deep/type): invalid schema") {
		t.Errorf("got %v", err)
	}
	_, err = loadText(t, `openapi: 3.1.0
info: {title: t, version: "1"}
paths: {}
components:
  schemas:
    A: {$ref: '#/components/schemas/B'}
    B: {$ref: '#/components/schemas/A'}
`)
	if err == nil || !strings.Contains(err.Error(), "openapi.yaml:6:5 (#/components/schemas/A): cannot compile schema: infinite loop: #/components/schemas/A → #/components/schemas/B → #/components/schemas/A") {
		t.Errorf("got %v", err)
	}
}

// TestDuplicateIDLocated: two schemas declaring one $id are an error at
// the second, naming the first, every time.
func TestDuplicateIDLocated(t *testing.T) {
	for range 5 {
		_, err := loadText(t, `openapi: 3.1.0
info: {title: t, version: "1"}
paths: {}
components:
  schemas:
    Zeta:
      $id: /schemas/dup
      type: string
    Alpha:
      $id: /schemas/dup
      type: integer
`)
		// The compiler names the pair in its map's order.
		if err == nil || !strings.Contains(err.Error(), "openapi.yaml:9:5 (#/components/schemas/Alpha)") ||
			!strings.Contains(err.Error(), `"/components/schemas/Zeta"`) || !strings.Contains(err.Error(), "same canonical-uri") {
			t.Fatalf("got %v", err)
		}
	}
}
