package load

import (
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// TestWholeRefs checks which $refs the compiler's copy writes whole: plain
// fragments of a file no schema of which declares an id (in its draft's
// keyword), not an anchor, an escape or a $ref in data; and that the copy
// compiles as the text does (TestServeValueSameAsText compares whole
// loads).
func TestWholeRefs(t *testing.T) {
	cases := []struct {
		src, ref string // ref: what the copy holds at properties/a/$ref
		draft    *jsonschema.Draft
	}{
		{`{"properties":{"a":{"$ref":"#/$defs/x"}},"$defs":{"x":{"type":"string"}}}`, "file:///d/s.json#/$defs/x", jsonschema.Draft2020},
		{`{"id":"x.json","properties":{"a":{"$ref":"#/definitions/x"}},"definitions":{"x":{}}}`, "file:///d/s.json#/definitions/x", jsonschema.Draft7},
		{`{"id":"x.json","properties":{"a":{"$ref":"#/definitions/x"}},"definitions":{"x":{}}}`, "#/definitions/x", jsonschema.Draft4},
		{`{"properties":{"a":{"$ref":"#/$defs/x"}},"$defs":{"x":{"$id":"other.json"}}}`, "#/$defs/x", jsonschema.Draft2020},
		{`{"properties":{"a":{"$ref":"#/$defs/a%20b"}},"$defs":{"a b":{}}}`, "#/$defs/a%20b", jsonschema.Draft2020},
		{`{"properties":{"a":{"$ref":"#anchor"}},"$defs":{"x":{"$anchor":"anchor"}}}`, "#anchor", jsonschema.Draft2020},
	}
	for _, c := range cases {
		root, v, err := parseJSON([]byte(c.src))
		if err != nil {
			t.Fatal(err)
		}
		f := &File{URL: "file:///d/s.json", root: root, Value: v}
		cp := wholeRefs(f, c.draft)
		cp.ok = true
		doc := cp.schema(f.Value)
		if cp.ids {
			cp = docCopier{ok: true} // as servedCopy copies again
			doc = cp.schema(f.Value)
		}
		got := doc.(map[string]any)["properties"].(map[string]any)["a"].(map[string]any)["$ref"]
		if got != c.ref {
			t.Errorf("%s: $ref %v, want %s", c.src, got, c.ref)
		}
	}
	f := &File{URL: "file:///my dir/s.json", Value: map[string]any{"$ref": "#/$defs/x"}}
	if cp := wholeRefs(f, jsonschema.Draft2020); cp.refBase != "" {
		t.Errorf("a URL net/url escapes is written into $refs: %q", cp.refBase)
	}
}
