package load

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestHasRootMemberSameAsDecode: HasRootMember answers as decoding the
// whole object into a struct with "openapi" and "swagger" fields did
// (specgen diff's isOpenAPI, before it used HasRootMember), on odd objects
// and every JSON file of the golden cases and spec/.
func TestHasRootMemberSameAsDecode(t *testing.T) {
	docs := []string{
		`{"openapi":"3.1.0"}`,
		`{"info":{"openapi":"x"},"paths":{"/a":{"get":{}}}}`,
		`{"a":"}\"{","b":[1,{"c":"]"}],"swagger":"2.0"}`,
		`{"a":1,"b":-2.5e3,"c":true,"d":null,"OpenAPI":"3.0.0"}`,
		`{"x":[[],{}],"ſwagger":"2.0"}`,
		`{"open\u0061pi":"3.1.0"}`,
		`{"openapi":null}`,
		`{ "title" : "S" , "type" : "object" , "properties" : { "openapi" : { "type" : "string" } } }`,
		`{"a":"\\","swagger":1}`,
		`{}`,
		`{"$schema":"https://json-schema.org/draft/2020-12/schema","$defs":{"swagger":{}}}`,
	}
	files, _ := filepath.Glob("../../golden/*/*.json")
	more, _ := filepath.Glob("../../golden/*/*/*.json")
	files = append(append(files, more...), "../../spec/workspace.schema.json")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if json.Valid(b) && len(b) > 0 && b[0] == '{' {
			docs = append(docs, string(b))
		}
	}
	if len(docs) < 50 {
		t.Fatalf("only %d documents", len(docs))
	}
	for _, d := range docs {
		var top struct {
			OpenAPI json.RawMessage `json:"openapi"`
			Swagger json.RawMessage `json:"swagger"`
		}
		if err := json.Unmarshal([]byte(d), &top); err != nil {
			t.Fatalf("%.80s: %v", d, err)
		}
		want := top.OpenAPI != nil || top.Swagger != nil
		if got := HasRootMember([]byte(d), "openapi", "swagger"); got != want {
			t.Errorf("%.200s: HasRootMember %v, decoding says %v", d, got, want)
		}
	}
}
