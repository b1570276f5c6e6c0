package load

import (
	"encoding/json"
	"os"
	"reflect"
	"testing"

	"github.com/getkin/kin-openapi/openapi2"

	"github.com/specgen/specgen/generator/sharedtest"
)

// TestUnmarshalSwaggerSame: decoding definitions and paths apart gives
// what json.Unmarshal gives — the same document, or the same error — for
// Coder's whole API, top-level extensions, null and absent members, a
// member whose name differs only in case, and members of the wrong type.
func TestUnmarshalSwaggerSame(t *testing.T) {
	docs := map[string]string{
		"coder": string(coderSwagger(t)),
		"extensions": `{"swagger": "2.0", "info": {"title": "t", "version": "1"}, "x-a": {"b": [1, "<c>"]}, "x-z": null,
			"paths": {"/x": {"x-p": 1, "get": {"responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/T"}}}}}},
			"definitions": {"T": {"type": "object", "x-go": "&", "properties": {"a": {"type": "string"}}}}}`,
		"null members": `{"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": null, "definitions": null}`,
		"no members":   `{"swagger": "2.0", "info": {"title": "t", "version": "1"}}`,
		"case":         `{"swagger": "2.0", "info": {"title": "t", "version": "1"}, "Paths": {"/y": {}}, "definitions": {"T": {}}}`,
		"bad paths":    `{"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": "no"}`,
		"bad schema":   `{"swagger": "2.0", "info": {"title": "t", "version": "1"}, "definitions": {"T": {"type": 3}}}`,
		"bad info":     `{"swagger": "2.0", "info": [], "definitions": {"T": {}}}`,
		"not object":   `[1]`,
		"ref sibling":  `{"swagger": "2.0", "info": {"title": "t", "version": "1"}, "definitions": {"T": {"properties": {"a": {"$ref": "#/definitions/U", "enum": ["x"]}}}, "U": {"type": "string"}}}`,
		"bad minimum":  `{"swagger": "2.0", "info": {"title": "t", "version": "1"}, "definitions": {"T": {"minLength": 1.5}}}`,
		"case member":  `{"swagger": "2.0", "info": {"title": "t", "version": "1"}, "definitions": {"T": {"Type": "string"}}}`,
	}
	for name, data := range docs {
		var want, got openapi2.T
		wantErr := json.Unmarshal([]byte(data), &want)
		gotErr := unmarshalSwagger([]byte(data), &got)
		if (gotErr == nil) != (wantErr == nil) || gotErr != nil && gotErr.Error() != wantErr.Error() {
			t.Errorf("%s: error %v, want %v", name, gotErr, wantErr)
			continue
		}
		if wantErr == nil && !reflect.DeepEqual(got, want) {
			g, _ := json.Marshal(got)
			w, _ := json.Marshal(want)
			t.Errorf("%s: decoded differently:\n got %.400s\nwant %.400s", name, g, w)
		}
		// The conversion's decode: definitions from the parsed file, the
		// rest decoded ahead, or not.
		for _, ahead := range []*swaggerAhead{nil, decodeSwaggerAhead([]byte(data))} {
			var fromTree openapi2.T
			err := ahead.decode([]byte(data), parsedValue(t, []byte(data)), &fromTree)
			if errText(err) != errText(wantErr) {
				t.Errorf("%s: decode's error %v, want %v", name, err, wantErr)
			} else if wantErr == nil && !reflect.DeepEqual(fromTree, want) {
				t.Errorf("%s: decode read it differently", name)
			}
		}
	}
}

// coderSwagger is Coder's whole API as published, the largest Swagger 2.0
// document at hand.
func coderSwagger(t *testing.T) []byte {
	t.Helper()
	data, err := os.ReadFile(sharedtest.Path(t, "corpus/coder/swagger.json"))
	if err != nil {
		t.Fatal(err)
	}
	return data
}
