package lower

import (
	"strings"
	"testing"

	"github.com/specgen/specgen/generator/ir"
)

// field is a property for the shape tests: name, its type and whether it
// is required.
func field(name string, t ir.Type, required bool) *ir.Field {
	return &ir.Field{Name: strings.ToUpper(name[:1]) + name[1:], JSONName: name, Type: t, Required: required}
}

func text() ir.Type    { return &ir.Primitive{Kind: ir.KindString} }
func integer() ir.Type { return &ir.Primitive{Kind: ir.KindInt64} }
func object(name string, fields ...*ir.Field) *ir.Decl {
	return &ir.Decl{Name: name, Type: &ir.Struct{Fields: fields}}
}
func ref(d *ir.Decl) ir.Type      { return &ir.Ref{Decl: d} }
func listOf(elem ir.Type) ir.Type { return &ir.Slice{Elem: elem} }

func describePath(p ir.FieldPath) string {
	var parts []string
	for _, f := range p {
		parts = append(parts, f.JSONName)
	}
	return strings.Join(parts, ".")
}

// TestShapeModel pins the rules that place the server's message, detail,
// status and problems in error schemas of different shapes
// (docs/errors.md).
func TestShapeModel(t *testing.T) {
	validation := object("V", field("field", text(), true), field("detail", text(), true))
	invalidParam := object("P", field("name", text(), true), field("reason", text(), false))
	envelope := object("E", field("code", integer(), true), field("message", text(), true), field("details", listOf(text()), false))
	for _, tc := range []struct {
		name                      string
		decl                      *ir.Decl
		message, detail, status   string
		problems, location, issue string
	}{
		{"coder", object("Response", field("message", text(), false), field("detail", text(), false), field("validations", listOf(ref(validation)), false)),
			"message", "detail", "", "validations", "field", "detail"},
		{"rfc 7807", object("Problem", field("type", text(), false), field("title", text(), false), field("status", integer(), false), field("detail", text(), false), field("invalid_params", listOf(ref(invalidParam)), false)),
			"title", "detail", "status", "invalid_params", "name", "reason"},
		{"nested envelope", object("Error", field("error", ref(envelope), true)),
			"error.message", "", "error.code", "error.details", "", ""},
		{"error string", object("Fail", field("error", text(), true), field("error_description", text(), false)),
			"error", "error_description", "", "", "", ""},
		{"required wins over name order", object("R", field("message", text(), false), field("description", text(), true)),
			"description", "", "", "", "", ""},
		{"strings listed only by name", object("S", field("msg", text(), true), field("tags", listOf(text()), false), field("errors", listOf(text()), false)),
			"msg", "", "", "errors", "", ""},
		{"an integer message is no message", object("N", field("message", integer(), true), field("status_code", integer(), false)),
			"", "", "status_code", "", "", ""},
		{"not an object", &ir.Decl{Name: "Text", Type: text()}, "", "", "", "", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := shapeModel(tc.decl)
			got := []string{describePath(m.Message), describePath(m.Detail), describePath(m.Status), "", "", ""}
			if m.Problems != nil {
				got[3] = describePath(m.Problems.List)
				if m.Problems.Item != nil {
					got[4], got[5] = m.Problems.Location.JSONName, m.Problems.Detail.JSONName
				}
			}
			want := []string{tc.message, tc.detail, tc.status, tc.problems, tc.location, tc.issue}
			for i, what := range []string{"message", "detail", "status", "problems", "location", "issue"} {
				if got[i] != want[i] {
					t.Errorf("%s at %q, want %q", what, got[i], want[i])
				}
			}
		})
	}
}
