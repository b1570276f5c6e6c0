package golden_test

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/specgen/specgen/generator"
	"github.com/specgen/specgen/generator/ir"
)

// The tests in this file keep generated diffs small: a spec change that
// adds one thing changes only the Go for that thing, and moving unrelated
// parts of a document around changes nothing. They edit a copy of spec/
// and compare what gen/coder would become.

// TestAddPropertyTouchesOnlyItsLines adds one property (a reference to an
// enum) to Workspace: the struct gains one line and Workspace's validator
// its check; nothing else in the package moves.
func TestAddPropertyTouchesOnlyItsLines(t *testing.T) {
	s := loadSpecCopy(t)
	before := s.generate(t)
	addKey(t, at(t, s.schema, "properties"), "zone", `{"$ref": "#/$defs/codersdk.BuildReason"}`)
	after := s.generate(t)

	decls, removed, added := touched(t, before, after)
	want := map[string][]string{
		"decode.gen.go":   {"func (*Workspace) decodeJSON", "var jsonFieldsWorkspace"},
		"types.gen.go":    {"type Workspace"},
		"validate.gen.go": {"func (*Workspace) validate"},
		"encode.gen.go":   {"func (*Workspace) appendJSON"},
	}
	if diff := cmp.Diff(want, decls); diff != "" {
		t.Errorf("declarations touched (-want +got):\n%s", diff)
	}
	// "Zone *BuildReason" fits the alignment of its neighbours, so no line
	// is rewritten: the diff only adds.
	if removed != 0 || added == 0 {
		t.Errorf("removed %d lines and added %d, want only additions", removed, added)
	}
}

// TestAddInlineSiblingKeepsNames adds an inline object property to
// WorkspaceAgent: a new type appears, and no existing name changes.
func TestAddInlineSiblingKeepsNames(t *testing.T) {
	s := loadSpecCopy(t)
	before := s.generate(t)
	addKey(t, at(t, s.schema, "$defs", "codersdk.WorkspaceAgent", "properties"), "limits",
		`{"type": "object", "properties": {"cpu": {"type": "integer"}, "state": {"type": "string", "enum": ["ok", "throttled"]}}}`)
	after := s.generate(t)

	names := declaredNames(t, before)
	for _, n := range []string{"WorkspaceAgentLimits", "WorkspaceAgentLimitsState", "WorkspaceAgentLimitsStateOk", "WorkspaceAgentLimitsStateThrottled", "jsonFieldsWorkspaceAgentLimits"} {
		names[n] = true
	}
	if diff := cmp.Diff(names, declaredNames(t, after)); diff != "" {
		t.Errorf("declared names (-want +got):\n%s", diff)
	}
	decls, _, _ := touched(t, before, after)
	want := map[string][]string{
		"decode.gen.go": {"func (*WorkspaceAgent) decodeJSON", "func (*WorkspaceAgentLimits) UnmarshalJSON", "func (*WorkspaceAgentLimits) decodeJSON",
			"var jsonFieldsWorkspaceAgent", "var jsonFieldsWorkspaceAgentLimits"},
		"types.gen.go":    {"type WorkspaceAgent", "type WorkspaceAgentLimits"},
		"encode.gen.go":   {"func (*WorkspaceAgent) appendJSON", "func (*WorkspaceAgentLimits) appendJSON", "func (WorkspaceAgentLimits) MarshalJSON"},
		"enums.gen.go":    {"const WorkspaceAgentLimitsStateOk", "func (WorkspaceAgentLimitsState) IsKnown", "func (WorkspaceAgentLimitsState) Validate", "func (WorkspaceAgentLimitsState) Values", "type WorkspaceAgentLimitsState"},
		"validate.gen.go": {"func (*WorkspaceAgent) validate", "func (*WorkspaceAgentLimits) Validate", "func (*WorkspaceAgentLimits) validate"},
	}
	if diff := cmp.Diff(want, decls); diff != "" {
		t.Errorf("declarations touched (-want +got):\n%s", diff)
	}
}

// TestReorderChangesNothing reverses the order of the schemas and paths of
// both documents: the output is byte-identical, since declarations are
// sorted by name and operations by path.
func TestReorderChangesNothing(t *testing.T) {
	s := loadSpecCopy(t)
	before := s.generate(t)
	reverseKeys(at(t, s.schema, "$defs"))
	reverseKeys(at(t, s.openapi, "paths"))
	reverseKeys(at(t, s.openapi, "components", "schemas"))
	reverseKeys(at(t, s.openapi, "components", "parameters"))
	after := s.generate(t)
	if !reflect.DeepEqual(before, after) {
		decls, _, _ := touched(t, before, after)
		t.Errorf("reordering the documents changed the output: %v", decls)
	}
}

// TestInlineTypeNameSurvivesEnumSibling is the regression test for enum
// constants taking type names: App has an inline object property
// state_running (type AppStateRunning); adding an inline enum property
// state with the value "running" before it wants the constant
// AppStateRunning. Types are named before constants, so the existing type
// keeps its name and the new constant yields.
func TestInlineTypeNameSurvivesEnumSibling(t *testing.T) {
	doc := func(extra string) string {
		return `openapi: 3.1.0
info: {title: T, version: "1"}
paths: {}
components:
  schemas:
    App:
      type: object
      properties:` + extra + `
        state_running: {type: object, properties: {pid: {type: integer}}}
`
	}
	kinds := func(src string) map[string]string {
		path := filepath.Join(t.TempDir(), "openapi.yaml")
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		r, err := generator.Run(generator.Config{Spec: path, Package: "api"})
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]string{}
		for _, d := range r.API.Decls {
			out[d.Name] = fmt.Sprintf("%T", d.Type)
			if e, ok := d.Type.(*ir.Enum); ok {
				for _, v := range e.Values {
					out[v.Name] = "const " + d.Name
				}
			}
		}
		return out
	}
	before := kinds(doc(""))
	after := kinds(doc("\n        state: {type: string, enum: [running]}"))
	if before["AppStateRunning"] != "*ir.Struct" || after["AppStateRunning"] != "*ir.Struct" {
		t.Errorf("AppStateRunning: %q before, %q after; want the inline object both times", before["AppStateRunning"], after["AppStateRunning"])
	}
	if after["AppStateRunning2"] != "const AppState" {
		t.Errorf("the new enum's constant: %v", after)
	}
}
