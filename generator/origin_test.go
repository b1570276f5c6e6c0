package generator_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/specgen/specgen/generator"
	"github.com/specgen/specgen/generator/ir"
)

// TestDeclOrigins: every declaration says what it was made for, and its
// SchemaName holds what that origin promises (a spec name, a JSON pointer,
// or specgen's own name).
func TestDeclOrigins(t *testing.T) {
	spec := `openapi: 3.1.0
info: {title: origins, version: "1"}
paths:
  /things:
    get:
      operationId: listThings
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
components:
  schemas:
    Thing:
      type: object
      properties:
        owner: {type: object, properties: {name: {type: string}}}
        id: {oneOf: [{type: string}, {type: integer}]}
`
	path := filepath.Join(t.TempDir(), "openapi.yaml")
	if err := os.WriteFile(path, []byte(spec), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := generator.Run(generator.Config{Spec: path, Package: "api"})
	if err != nil {
		t.Fatal(err)
	}
	got := map[ir.Origin][]string{}
	for _, d := range r.API.Decls {
		got[d.Origin] = append(got[d.Origin], d.Name)
		ok := false
		switch d.Origin {
		case ir.OriginNamed:
			ok = d.Named() && d.SchemaName == d.Name
		case ir.OriginInline, ir.OriginVariant:
			ok = strings.HasPrefix(d.SchemaName, "#/components/schemas/Thing/")
		case ir.OriginSpecgen:
			ok = d.SchemaName == "specgen:"+d.Name
		}
		if !ok {
			t.Errorf("%s: origin %s with SchemaName %q", d.Name, d.Origin, d.SchemaName)
		}
	}
	for origin, want := range map[ir.Origin]int{ir.OriginNamed: 1, ir.OriginInline: 2, ir.OriginVariant: 2, ir.OriginSpecgen: 2} {
		if len(got[origin]) != want {
			t.Errorf("%d %s declarations %v, want %d", len(got[origin]), origin, got[origin], want)
		}
	}
}
