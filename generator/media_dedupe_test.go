package generator_test

import (
	"strings"
	"testing"
)

// TestSharedBodySchemaOneType: Swagger 2.0 writes a body's schema once and
// lists several media types in consumes; the conversion copies the schema
// to each. One type comes of it, not a SwarmInitRequest2 for a media type
// that is not even generated (found on Docker's Engine API).
func TestSharedBodySchemaOneType(t *testing.T) {
	spec := `swagger: "2.0"
info: {title: swarm, version: "1"}
consumes: [application/json, text/plain]
paths:
  /swarm/init:
    post:
      operationId: SwarmInit
      parameters:
        - name: body
          in: body
          required: true
          schema:
            type: object
            properties:
              ListenAddr: {type: string}
      responses:
        "200": {description: ok}
`
	types := generatedFile(t, "swagger.yaml", spec, "types.gen.go")
	if !strings.Contains(types, "type SwarmInitRequest struct") {
		t.Fatalf("no SwarmInitRequest:\n%s", types)
	}
	if strings.Contains(types, "SwarmInitRequest2") {
		t.Errorf("the text/plain copy of the body's schema got a type of its own:\n%s", types)
	}
}
