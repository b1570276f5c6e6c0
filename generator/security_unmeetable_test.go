package generator_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/specgen/specgen/generator"
)

// TestBasicWithBearerIsNoted: a requirement naming HTTP Basic with a scheme
// whose credential also travels in the Authorization header (a bearer
// token, OAuth2) can never be met, and generation says so at the
// requirement, once per place written however many operations inherit it;
// Basic with an API key in its own header draws no note.
func TestBasicWithBearerIsNoted(t *testing.T) {
	spec := filepath.Join(t.TempDir(), "openapi.yaml")
	err := os.WriteFile(spec, []byte(`openapi: 3.1.0
info: { title: t, version: "1" }
security:
  - basicAuth: []
    bearerAuth: []
paths:
  /a:
    get:
      operationId: getA
      responses: { "204": { description: Done. } }
  /b:
    get:
      operationId: getB
      responses: { "204": { description: Done. } }
  /c:
    get:
      operationId: getC
      security:
        - bearerAuth: []
        - { basicAuth: [], apiKey: [] }
        - { basicAuth: [], oauth: [] }
      responses: { "204": { description: Done. } }
components:
  securitySchemes:
    basicAuth: { type: http, scheme: basic }
    bearerAuth: { type: http, scheme: bearer }
    apiKey: { type: apiKey, in: header, name: X-API-Key }
    oauth: { type: oauth2, flows: { clientCredentials: { tokenUrl: "https://example.com/token", scopes: {} } } }
`), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	r, err := generator.Run(generator.Config{Spec: spec, Package: "api"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, n := range r.Notes {
		if strings.Contains(n, "can never be met") {
			got = append(got, n)
		}
	}
	want := []string{
		`openapi.yaml:4:5 (#/security/0): operation GetA: security requirement {basicAuth, bearerAuth} can never be met: "basicAuth" (HTTP Basic) and "bearerAuth" both send their credential in the one Authorization header, which carries one`,
		`openapi.yaml:21:11 (#/paths/~1c/get/security/2): operation GetC: security requirement {basicAuth, oauth} can never be met: "basicAuth" (HTTP Basic) and "oauth" both send their credential in the one Authorization header, which carries one`,
	}
	if len(got) != len(want) {
		t.Fatalf("%d such notes, want %d:\n%s", len(got), len(want), strings.Join(r.Notes, "\n"))
	}
	for i := range want {
		if !strings.HasSuffix(got[i], want[i]) {
			t.Errorf("note %d:\n%s\nwant it to end\n%s", i, got[i], want[i])
		}
	}
}
