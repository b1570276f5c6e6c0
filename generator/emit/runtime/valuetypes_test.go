package runtime

import (
	"encoding/json"
	"testing"
)

// TestValueTypeChecks: each fixed check passes the values of its type and
// reports any other at the path, in the words and with the cause code a
// generated type check uses.
func TestValueTypeChecks(t *testing.T) {
	values := map[string]any{
		"null": nil, "boolean": true, "string": "x", "number": json.Number("1.5"),
		"integer": json.Number("2"), "array": []any{}, "object": map[string]any{},
	}
	for _, c := range []struct {
		typ   string
		check valueCheck
		pass  []string
	}{
		{"null", jvTypeNull, []string{"null"}},
		{"boolean", jvTypeBoolean, []string{"boolean"}},
		{"string", jvTypeString, []string{"string"}},
		{"number", jvTypeNumber, []string{"number", "integer"}},
		{"integer", jvTypeInteger, []string{"integer"}},
		{"array", jvTypeArray, []string{"array"}},
		{"object", jvTypeObject, []string{"object"}},
	} {
		for name, v := range values {
			var errs ValueErrors
			c.check(v, &validationPath{key: "a"}, &errs)
			pass := false
			for _, p := range c.pass {
				pass = pass || p == name
			}
			switch {
			case pass && len(errs) != 0:
				t.Errorf("check of type %s on %s: %v, want no error", c.typ, name, errs)
			case !pass && (len(errs) != 1 || errs[0].Pointer != "/a" || errs[0].Message != "must be of type "+c.typ || errs[0].code != causeType):
				t.Errorf("check of type %s on %s: %v, want /a: must be of type %s with causeType (a union report asks it)", c.typ, name, errs, c.typ)
			}
		}
	}
}

// TestCheckNoValue: the schema false reports every value, null included.
func TestCheckNoValue(t *testing.T) {
	for _, v := range []any{nil, false, "", json.Number("0"), []any{}, map[string]any{}} {
		var errs ValueErrors
		jvFalse(v, nil, &errs)
		if len(errs) != 1 || errs[0].Message != "no value is allowed here" || errs[0].Pointer != "" {
			t.Errorf("jvFalse(%#v) = %v, want one error at the root", v, errs)
		}
	}
	if !valueValid(jvTypeString, "x") || valueValid(jvFalse, "x") {
		t.Error("valueValid does not take the fixed checks as generated ones")
	}
}
