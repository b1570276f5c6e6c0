package want

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// This file is hand-written: a type list decodes each value as the first
// of its types the value is, encodes it back as it came, and validates
// each type's keywords.

func TestTypeListDecodesByJSONType(t *testing.T) {
	for doc, want := range map[string]SettingValueValue{
		`"on"`: Ptr(SettingValueString("on")),
		`2.5`:  Ptr(SettingValueNumber(2.5)),
		`true`: Ptr(SettingValueBoolean(true)),
	} {
		var s Setting
		if err := json.Unmarshal([]byte(`{"name":"x","value":`+doc+`}`), &s); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, s.Value.Value); diff != "" {
			t.Errorf("%s (-want +got):\n%s", doc, diff)
		}
		out, err := json.Marshal(s.Value)
		if err != nil || string(out) != doc {
			t.Errorf("%s encoded as %s (%v)", doc, out, err)
		}
	}
	var s Setting
	if err := json.Unmarshal([]byte(`{"name":"x","value":1,"code":2,"tags":["a","b"]}`), &s); err != nil {
		t.Fatal(err)
	}
	if got, ok := s.Code.Value.(*SettingCodeInteger); !ok || *got != SettingCodeInteger2 {
		t.Errorf("code: %#v", s.Code.Value)
	}
	if got, ok := s.Tags.Value.(*SettingTagsList); !ok || len(*got) != 2 {
		t.Errorf("tags: %#v", s.Tags.Value)
	}
}

func TestTypeListValidatesEachType(t *testing.T) {
	for doc, want := range map[string]string{
		`{"name":"x","value":""}`:                         "value: must be at least 1 character long",
		`{"name":"x","value":11}`:                         "value: must be at most 10",
		`{"name":"x","value":true,"code":"mid"}`:          `code: "mid" is not one of "low", "high"`,
		`{"name":"x","value":true,"code":3}`:              "code: 3 is not one of 1, 2",
		`{"name":"x","value":1,"tags":["a","b","c","d"]}`: "tags: must have at most 3 items",
	} {
		var s Setting
		if err := json.Unmarshal([]byte(doc), &s); err != nil {
			t.Fatal(err)
		}
		if err := s.Validate(); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: got %v, want %q", doc, err, want)
		}
	}
	var s Setting
	if err := json.Unmarshal([]byte(`{"name":"x","value":"ok","code":null,"tags":"one"}`), &s); err != nil {
		t.Fatal(err)
	}
	if err := s.Validate(); err != nil {
		t.Errorf("a valid setting: %v", err)
	}
}
