package load

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi2"

	"github.com/specgen/specgen/generator/randspec"
)

// TestDefinitionsFromTreeSame: where definitionsFromTree reads a
// document's definitions from the parsed file, it gives what
// json.Unmarshal of their JSON gives (kin-openapi's decoders), for Coder's
// whole API (which it must read, all of it), every Swagger 2.0 document
// of the golden cases, random ones, and schemas with every member right,
// wrong, null, in another case, and $refs with siblings; and where it
// answers false, encoding/json fails too (the caller decodes the JSON for
// its error).
func TestDefinitionsFromTreeSame(t *testing.T) {
	type doc struct {
		name      string
		data      []byte
		mustRead  bool
		wantFalls bool
	}
	docs := []doc{{name: "coder", data: coderSwagger(t), mustRead: true}}
	specs, _ := filepath.Glob("../../golden/*/*.yaml")
	more, _ := filepath.Glob("../../golden/*/*.json")
	for _, p := range append(specs, more...) {
		data, err := os.ReadFile(p)
		if err == nil && strings.Contains(string(data), "swagger") {
			docs = append(docs, doc{name: p, data: data})
		}
	}
	for seed := uint64(1); seed <= 200; seed++ {
		d := randspec.Generate(seed, randspec.Options{})
		if d.Format == randspec.Swagger20 {
			docs = append(docs, doc{name: fmt.Sprintf("random %d", seed), data: d.Text})
		}
	}
	for i, s := range oddSchemas {
		docs = append(docs, doc{name: fmt.Sprintf("odd %d: %s", i, s), data: []byte(`{"swagger":"2.0","definitions":{"S":` + s + `}}`)})
	}
	read, fell := 0, 0
	for _, d := range docs {
		f, err := parseFile("x.json", "file:///x.json", d.data)
		if err != nil {
			continue
		}
		top, _ := f.Value.(map[string]any)
		tree, ok := top["definitions"]
		if !ok {
			continue
		}
		// The JSON the decoder would read: the file's as written, and as
		// specgen encodes a mended file.
		var raw map[string]json.RawMessage
		if err := json.Unmarshal(f.JSON, &raw); err != nil {
			t.Fatalf("%s: %v", d.name, err)
		}
		encoded, _ := json.Marshal(tree)
		got, ok := definitionsFromTree(tree)
		if !ok {
			fell++
			if d.mustRead {
				t.Errorf("%s: not read from the tree", d.name)
			}
			for _, text := range [][]byte{raw["definitions"], encoded} {
				var want map[string]*openapi2.SchemaRef
				if json.Unmarshal(text, &want) == nil {
					t.Errorf("%s: not read from the tree, though encoding/json reads it", d.name)
				}
			}
			continue
		}
		read++
		for _, text := range [][]byte{raw["definitions"], encoded} {
			var want map[string]*openapi2.SchemaRef
			if err := json.Unmarshal(text, &want); err != nil {
				t.Errorf("%s: read from the tree, but encoding/json refuses it: %v", d.name, err)
				continue
			}
			if !reflect.DeepEqual(got, want) {
				g, _ := json.Marshal(got)
				w, _ := json.Marshal(want)
				t.Errorf("%s: read differently:\n got %.600s\nwant %.600s", d.name, g, w)
			}
		}
	}
	t.Logf("%d documents read, %d refused as encoding/json refuses them", read, fell)
	if fell == 0 || read < 20 {
		t.Errorf("read %d, refused %d: the odd schemas should exercise both", read, fell)
	}
}

// oddSchemas are schemas with every member kin-openapi reads, each with
// values right, wrong and null, in other cases, and $ref forms.
var oddSchemas = []string{
	`{"type":"object","title":"t","format":"f","description":"<d> & \u2028","pattern":"^a$","discriminator":"k",
	  "enum":[1,"a",null,true,{"b":[2.5e3]}],"default":{"x":1},"example":[1,2],
	  "externalDocs":{"url":"https://x","description":"d"},"xml":{"name":"n","attribute":true},
	  "uniqueItems":true,"exclusiveMinimum":true,"exclusiveMaximum":false,"readOnly":true,"writeOnly":false,
	  "allowEmptyValue":true,"deprecated":true,"minimum":-1.5,"maximum":1e3,"multipleOf":0.5,
	  "minLength":1,"maxLength":10,"minItems":0,"maxItems":3,"minProperties":2,"maxProperties":9,
	  "required":["a","b"],"properties":{"a":{"type":"string"},"b":{"$ref":"#/definitions/S"},"c":null},
	  "additionalProperties":{"type":"integer"},"items":{"type":["string","null"]},"allOf":[{"$ref":"#/definitions/T"},{}],
	  "not":{"type":"null"},"x-a":{"b":[1,"c",null]},"x-n":12345678901234567890,"oneOf":[1],"anyOf":"x","nullable":true,"other":"kept"}`,
	`{"title":null,"enum":null,"default":null,"properties":null,"items":null,"allOf":null,"required":null,"minimum":null,"minLength":null,"maxLength":null,"uniqueItems":null,"type":null,"xml":null,"additionalProperties":null}`,
	`{"enum":[],"required":[],"properties":{},"allOf":[]}`,
	`{"additionalProperties":false}`,
	`{"additionalProperties":true,"type":"string"}`,
	`{"$ref":"#/definitions/T"}`,
	`{"$ref":"#/definitions/T","description":"sibling"}`,
	`{"$ref":"#/definitions/T","x-s":1}`,
	`{"$ref":""}`,
	`{"$ref":5,"type":"string"}`,
	`{"$REF":"#/definitions/T"}`,
	`{"Type":"string"}`,
	`{"MINIMUM":1}`,
	`{"minLength":1.0}`,
	`{"minLength":-1}`,
	`{"maxItems":1e2}`,
	`{"minimum":"1"}`,
	`{"title":3}`,
	`{"readOnly":"yes"}`,
	`{"required":["a",null]}`,
	`{"required":"a"}`,
	`{"enum":"a"}`,
	`{"items":[{"type":"string"}]}`,
	`{"properties":[]}`,
	`{"allOf":{}}`,
	`{"type":3}`,
	`{"type":["a",1]}`,
	`{"default":1e400}`,
	`{"x-big":1e400}`,
	`"a string"`,
	`[1]`,
	`null`,
	`{"properties":{"p":{"properties":{"q":{"$ref":"#/definitions/S","x-q":true}}}}}`,
	`{"properties":{"p":{"items":{"enum":[1.0,2.50,-0]}}}}`,
	`{"description":"bad \udc00 surrogate"}`,
}
