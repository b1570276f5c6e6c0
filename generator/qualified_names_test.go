package generator_test

import (
	"strings"
	"testing"
)

// TestQualifiedNamesShortest: schemas whose short names collide keep only
// as much of their dotted qualifier as tells them apart (Argo Workflows'
// io.k8s.api.core.v1.Container became IoK8sAPICoreV1Container).
func TestQualifiedNamesShortest(t *testing.T) {
	spec := `swagger: "2.0"
info: {title: names, version: "1"}
paths: {}
definitions:
  io.argoproj.workflow.v1alpha1.Container: {type: object, properties: {image: {type: string}}}
  io.argoproj.workflow.v1alpha1.Workflow: {type: object, properties: {name: {type: string}}}
  io.k8s.api.core.v1.Container: {type: object, properties: {name: {type: string}}}
  other.v1.Container: {type: object, properties: {id: {type: integer}}}
  wsproxysdk.Workflow: {type: object, properties: {id: {type: integer}}}
`
	types := generatedFile(t, "swagger.yaml", spec, "types.gen.go")
	for _, want := range []string{
		"type Container struct",        // the qualifier with the most schemas keeps the short name
		"type V1Container struct",      // io.k8s.api.core.v1.Container
		"type OtherV1Container struct", // V1Container is taken
		"type Workflow struct",
		"type WsproxysdkWorkflow struct", // one segment of qualifier: the whole name
	} {
		if !strings.Contains(types, want) {
			t.Errorf("no %q in:\n%s", want, types)
		}
	}
}
