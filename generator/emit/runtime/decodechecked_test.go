package runtime

import (
	"errors"
	"strings"
	"testing"
)

// checkedItem is a generated type for decodeChecked: decoding records
// problems, Validate adds its own.
type checkedItem struct {
	tItem
	validate func() error
}

func (v *checkedItem) Validate() error { return v.validate() }

// TestDecodeChecked: decoding's problems and Validate's findings (several,
// one, a plain error, none) are reported together; a syntax error alone;
// a finding inside a value decoding found absent is left out.
func TestDecodeChecked(t *testing.T) {
	for _, c := range []struct {
		name, data string
		check      func() error
		want       string // "" for nil
	}{
		{"clean", `{"name":"a","tags":[],"any":1}`, nil, ""},
		{"validate finds none", `{"name":"a","tags":[],"any":1}`, func() error { return nil }, ""},
		{"decoding's and Validate's", `{"name":"a","tags":[],"small":"x"}`,
			func() error { return ValueErrors{{Pointer: "/name", Field: "name", Message: "is too short"}} },
			"name: is too short\nsmall: cannot be a JSON string"},
		{"one *ValueError", `{"name":"a","tags":[],"any":1}`,
			func() error { return &ValueError{Pointer: "/kind", Field: "kind", Message: "is not one of the values"} },
			"kind: is not one of the values"},
		{"a plain error", `{"name":"a","tags":[],"any":1}`, func() error { return errors.New("odd") }, "odd"},
		{"syntax", `{"name": x}`, func() error { t.Error("check called after a syntax error"); return nil }, "invalid character"},
		{"moot inside an absent value", `{"tags":[],"any":1}`,
			func() error { return ValueErrors{{Pointer: "/name", Field: "name", Message: "is too short"}} },
			"name"},
	} {
		v := &checkedItem{validate: c.check}
		var check func() error
		if c.check != nil {
			check = v.Validate
		}
		err := decodeChecked([]byte(c.data), v.decodeJSON, check)
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s: %v", c.name, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%s: %v, want it to say %q", c.name, err, c.want)
		}
		if c.name == "moot inside an absent value" && strings.Contains(err.Error(), "too short") {
			t.Errorf("%s: Validate's finding inside a value that was absent kept: %v", c.name, err)
		}
	}
	// decoding's problems keep their cause codes.
	var errs ValueErrors
	if err := decodeChecked([]byte(`{"tags":[],"any":1}`), new(checkedItem).decodeJSON, nil); !errors.As(err, &errs) || len(errs) != 1 || errs[0].code != causeRequired {
		t.Errorf("an absent required property: %v, want one error of code causeRequired", err)
	}
	v := &checkedItem{validate: func() error { return nil }}
	if err := decodeValue([]byte(`{"name":"b","tags":["x"],"any":null}`), v); err != nil || v.Name != "b" {
		t.Errorf("decodeValue: %v, %+v", err, v.tItem)
	}
}

// TestJSONKind: a value's JSON type from its first byte after whitespace.
func TestJSONKind(t *testing.T) {
	for data, want := range map[string]string{
		` {"a":1}`: "object", "\t[1]": "array", `"s"`: "string", "\r\n-1": "number",
		"true": "boolean", "false": "boolean", "null": "null", "": "", "  ": "",
	} {
		if got := jsonKind([]byte(data)); got != want {
			t.Errorf("jsonKind(%q) = %q, want %q", data, got, want)
		}
	}
}

// TestNullValid: a null document is not checked (the zero value decoding
// left is no value), any other is, with the check given.
func TestNullValid(t *testing.T) {
	check := func() error { return errors.New("checked") }
	if got := nullValid([]byte(" null "), check); got != nil {
		t.Error("null: check kept")
	}
	for _, doc := range []string{`0`, `""`, `[]`, `{}`, `false`} {
		if got := nullValid([]byte(doc), check); got == nil || got().Error() != "checked" {
			t.Errorf("%s: check dropped", doc)
		}
	}
}
