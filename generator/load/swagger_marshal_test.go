package load

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/getkin/kin-openapi/openapi2"
	"github.com/getkin/kin-openapi/openapi2conv"
	"github.com/getkin/kin-openapi/openapi3"
)

// TestMarshalConvertedSameBytes: encoding the converted document with its
// members encoded at once gives json.Marshal's bytes, for Coder's whole
// API and for a document whose text needs HTML escaping and has
// extensions, no components and no paths.
func TestMarshalConvertedSameBytes(t *testing.T) {
	docs := map[string][]byte{
		"coder": coderSwagger(t),
		"escaping": []byte(`{"swagger": "2.0", "info": {"title": "<a & b>", "version": "1"},
			"x-top": {"k": "<&>"}, "paths": {"/x": {"get": {"description": "a<b",
			"responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/T"}}}}}},
			"definitions": {"T": {"type": "object", "description": "<T>", "x-go": "&"}}}`),
		"bare": []byte(`{"swagger": "2.0", "info": {"title": "t", "version": "1"}}`),
	}
	for name, data := range docs {
		var doc2 openapi2.T
		if err := json.Unmarshal(data, &doc2); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		doc3, err := openapi2conv.ToV3(&doc2)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, d := range []*openapi3.T{doc3, {OpenAPI: "3.0.0"}} {
			want, err := json.Marshal(d)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			got, err := marshalConverted(d)
			if err != nil {
				t.Fatalf("%s: marshalConverted: %v", name, err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s: marshalConverted differs from json.Marshal:\n got %.300s\nwant %.300s", name, got, want)
			}
		}
	}
}
