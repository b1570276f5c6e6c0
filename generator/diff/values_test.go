package diff_test

import (
	"testing"

	"github.com/specgen/specgen/generator/diff"
)

// TestValueSchemasComparedInside checks that a schema without a Go shape
// (a JSON value checked at run time) has its keywords compared: the Go
// type stays, what it accepts changes, judged by direction like any rule.
func TestValueSchemasComparedInside(t *testing.T) {
	// Each property is a JSON value in Go: `not` has no Go shape.
	value := func(extra obj) obj {
		s := obj{"not": obj{"type": "null"}}
		for k, v := range extra {
			s[k] = v
		}
		return s
	}
	cases := []struct {
		name                  string
		old, new              obj
		path, rule            string
		inRequest, inResponse diff.Level
	}{
		{"minimum raised", value(obj{"minimum": 1}), value(obj{"minimum": 5}), "a", "minimum-changed", diff.Breaking, diff.NonBreaking},
		{"maxLength added", value(nil), value(obj{"maxLength": 3}), "a", "maxLength-added", diff.Breaking, diff.NonBreaking},
		{"pattern removed", value(obj{"pattern": "^a"}), value(nil), "a", "pattern-removed", diff.NonBreaking, diff.Warning},
		{"type added to the list", value(obj{"type": []any{"string"}}), value(obj{"type": []any{"string", "integer"}}), "a", "types-changed", diff.NonBreaking, diff.Warning},
		{"enum value added", value(obj{"enum": []any{"x", 1}}), value(obj{"enum": []any{"x", 1, true}}), "a", "enum-value-added", diff.NonBreaking, diff.Warning},
		{"enum value removed", value(obj{"enum": []any{"x", 1}}), value(obj{"enum": []any{"x"}}), "a", "enum-value-removed", diff.Breaking, diff.NonBreaking},
		{"inside not", value(nil), obj{"not": obj{"type": "string"}}, "a.not", "types-changed", diff.Breaking, diff.Breaking},
		{"required member added", value(obj{"type": "object"}), value(obj{"type": "object", "required": []any{"id"}}), "a", "required-added", diff.Breaking, diff.NonBreaking},
		{"property of the value tightened", value(obj{"properties": obj{"n": obj{"type": "integer"}}}), value(obj{"properties": obj{"n": obj{"type": "integer", "maximum": 9}}}), "a.n", "maximum-added", diff.Breaking, diff.NonBreaking},
		{"anyOf member added", value(obj{"anyOf": []any{obj{"type": "string"}}}), value(obj{"anyOf": []any{obj{"type": "string"}, obj{"type": "integer"}}}), "a.anyOf[1]", "anyOf-member-added", diff.NonBreaking, diff.Warning},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := compareDocs(t, directionDoc(t, schema(obj{"a": c.old})), directionDoc(t, schema(obj{"a": c.new})))
			expect(t, r, "Req", c.path, c.rule, c.inRequest)
			expect(t, r, "Resp", c.path, c.rule, c.inResponse)
		})
	}
	// The same value schema on both sides: nothing to report.
	same := directionDoc(t, schema(obj{"a": value(obj{"minimum": 1, "enum": []any{1, "x"}})}))
	if r := compareDocs(t, same, same); len(r.Changes) != 0 {
		t.Errorf("identical value schemas: %d changes:\n%s", len(r.Changes), text(r))
	}
}
