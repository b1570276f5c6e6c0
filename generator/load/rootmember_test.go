package load

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// TestWithoutRootMember checks that the root member is cut wherever it
// stands (first, middle, last, alone), that what is left is the same JSON
// without it, and that members of nested objects and look-alikes inside
// strings are left alone.
func TestWithoutRootMember(t *testing.T) {
	cases := map[string]struct {
		in    string
		found bool
	}{
		"first":            {`{"$schema": "x", "a": 1}`, true},
		"middle":           {`{"a": [1, {"$schema": 2}], "$schema":"x" , "b": "}\"{"}`, true},
		"last":             {"{\n  \"a\": {\"b\": null},\n  \"$schema\": \"x\"\n}", true},
		"alone":            {`{ "$schema" : "x" }`, true},
		"nested only":      {`{"a": {"$schema": "x"}, "b": "\"$schema\": 1"}`, false},
		"escaped key":      {`{"\u0024schema": "x"}`, false},
		"not an object":    {`["$schema"]`, false},
		"numbers and more": {`{"n": -1.5e3, "t": true, "$schema": "x", "z": false}`, true},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			out, found := withoutRootMember([]byte(c.in), "$schema")
			if found != c.found {
				t.Fatalf("found %v, want %v", found, c.found)
			}
			if has := hasRootMember([]byte(c.in), "$schema"); has != c.found {
				t.Fatalf("hasRootMember says %v, want %v", has, c.found)
			}
			if !found {
				return
			}
			var want, got any
			if err := json.Unmarshal([]byte(c.in), &want); err != nil {
				t.Fatal(err)
			}
			delete(want.(map[string]any), "$schema")
			if err := json.Unmarshal(out, &got); err != nil {
				t.Fatalf("%s: not JSON: %v", out, err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("got %s, want %v", out, want)
			}
		})
	}
}

// TestMetaGateServesWithoutSchema checks what the gate hands the compiler
// for a document naming the compiler's own draft: without its $schema
// when plain (the compiler then reads it as its draft, without checking it
// again), as it is when not, or when it names another draft.
func TestMetaGateServesWithoutSchema(t *testing.T) {
	const plain = `{"$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://example.com/s.json", "type": "object", "properties": {"a": {"type": "string"}}}`
	cases := []struct {
		draft    *jsonschema.Draft
		doc      string
		stripped bool
	}{
		{jsonschema.Draft7, plain, true},
		{jsonschema.Draft2019, `{"$schema": "https://json-schema.org/draft/2019-09/schema", "items": [{"type": "string"}], "additionalItems": false}`, true},
		{jsonschema.Draft7, `{"$schema": "http://json-schema.org/draft-07/schema#", "type": "strin"}`, false},
		{jsonschema.Draft7, `{"$schema": "http://json-schema.org/draft-07/schema#", "$anchor": "a"}`, false},
		{jsonschema.Draft2019, plain, false},
	}
	for i, c := range cases {
		comp := jsonschema.NewCompiler()
		comp.Draft = c.draft
		g := gateMetaSchema(comp)
		dec := json.NewDecoder(bytes.NewReader([]byte(c.doc)))
		dec.UseNumber()
		var v any
		if err := dec.Decode(&v); err != nil {
			t.Fatal(err)
		}
		out, err := g.serve(v, []byte(c.doc))
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		if stripped := !bytes.Contains(out, []byte(`"$schema"`)); stripped != c.stripped {
			t.Errorf("case %d: served %s", i, out)
		}
	}
}
