package load

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSwaggerFollowMessagesRef: in a Swagger 2.0 document the messages of
// x-websocket-follow refer to #/definitions/…, which conversion moves to
// #/components/schemas/ but leaves extensions alone; the reference must
// still resolve to the definition.
func TestSwaggerFollowMessagesRef(t *testing.T) {
	spec := filepath.Join(t.TempDir(), "swagger.yaml")
	doc := `swagger: "2.0"
info: {title: t, version: "1"}
paths:
  /logs:
    get:
      operationId: getLogs
      parameters:
        - {name: follow, in: query, type: boolean}
      responses:
        "200": {description: OK, schema: {$ref: '#/definitions/Line'}}
      x-websocket-follow:
        parameter: follow
        messages: {$ref: '#/definitions/Line'}
definitions:
  Line: {type: object, properties: {id: {type: integer}}}
`
	if err := os.WriteFile(spec, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := Load(Config{Spec: spec})
	if err != nil {
		t.Fatal(err)
	}
	f := d.Operations[0].Follow
	if f == nil || f.Parameter != "follow" || f.Messages == nil || f.Messages.Ref == nil {
		t.Fatalf("follow: %+v", f)
	}
	if key := f.Messages.Ref.Key; !strings.HasSuffix(key, "/components/schemas/Line") {
		t.Errorf("messages refer to %s, want the definition Line", key)
	}
}
