package load

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/getkin/kin-openapi/openapi2"
	"github.com/getkin/kin-openapi/openapi2conv"
	"github.com/getkin/kin-openapi/openapi3"

	"github.com/specgen/specgen/generator/sharedtest"
)

// everySchemaKeyword sets each member Schema.MarshalYAML writes (OpenAPI
// 3.0 and 3.1 keywords, extensions, boolean schemas, a $ref with a sibling
// and one with an extension, text that needs HTML escaping, an extension
// named like a keyword), nested.
const everySchemaKeyword = `{
	"x-b": 1, "x-a": {"k": "<&>"}, "x-go-type": "T",
	"oneOf": [{"type": "string"}, {"$ref": "#/components/schemas/A"}],
	"anyOf": [{"type": "integer", "minimum": 1.5, "maximum": 1e300, "multipleOf": 0.1}],
	"allOf": [{"$ref": "#/components/schemas/B", "description": "sibling"}],
	"not": {"type": ["string", "null"]},
	"type": "object", "title": "<t>", "format": "f&", "description": "d\u2028",
	"enum": ["a", 1, null, {"z": [true]}], "default": {"a": 1}, "example": [1, "2"],
	"externalDocs": {"url": "https://x", "description": "e", "x-e": 1},
	"uniqueItems": true, "exclusiveMinimum": true, "exclusiveMaximum": true,
	"nullable": true, "readOnly": true, "writeOnly": true, "allowEmptyValue": true, "deprecated": true,
	"xml": {"name": "n", "namespace": "ns", "prefix": "p", "attribute": true, "wrapped": true},
	"minLength": 2, "maxLength": 9, "pattern": "^a<b$",
	"minItems": 1, "maxItems": 3, "items": {"type": "string", "x-i": true},
	"required": ["a", "b"],
	"properties": {"b": {"type": "string"}, "a": {"$ref": "#/components/schemas/A", "x-ext": 1}, "<&>": {}},
	"minProperties": 1, "maxProperties": 4,
	"additionalProperties": {"type": "integer"},
	"discriminator": {"propertyName": "kind", "mapping": {"a": "#/components/schemas/A"}},
	"const": "c", "examples": [1, 2], "prefixItems": [{"type": "string"}, true],
	"contains": {"type": "integer"}, "minContains": 1, "maxContains": 2,
	"patternProperties": {"^x": {"type": "string"}}, "dependentSchemas": {"a": {"required": ["b"]}},
	"propertyNames": {"pattern": "^[a-z]+$"}, "unevaluatedItems": false, "unevaluatedProperties": {"type": "string"},
	"if": {"required": ["a"]}, "then": {"required": ["b"]}, "else": false,
	"dependentRequired": {"a": ["b"]}, "$defs": {"D": {"type": "number", "exclusiveMinimum": 3}},
	"$schema": "https://json-schema.org/draft/2020-12/schema", "$comment": "c", "$id": "https://x/s",
	"$anchor": "a", "$dynamicRef": "#n", "$dynamicAnchor": "n",
	"contentMediaType": "text/plain", "contentEncoding": "base64", "contentSchema": {"type": "string"}
}`

// TestSchemaJSONSameBytes: encodeSchemaRef gives json.Marshal's bytes (kin-
// openapi's encoding) for a schema with every keyword, and for every
// component schema (and the components whole, marshalComponents) of Coder's
// API and of the golden cases' Swagger 2.0 documents, converted.
func TestSchemaJSONSameBytes(t *testing.T) {
	var every openapi3.SchemaRef
	if err := json.Unmarshal([]byte(everySchemaKeyword), &every); err != nil {
		t.Fatal(err)
	}
	alwaysFalse := false
	schemas := openapi3.Schemas{
		"every":  &every,
		"bool":   {Value: &openapi3.Schema{Always: &alwaysFalse}},
		"ref":    {Ref: "#/components/schemas/every"},
		"nil":    nil,
		"empty":  {Value: &openapi3.Schema{}},
		"hasnot": {Value: &openapi3.Schema{AdditionalProperties: openapi3.AdditionalProperties{Has: &alwaysFalse}}},
	}
	sameSchemas(t, "every keyword", schemas)

	docs := map[string][]byte{"coder": coderSwagger(t)}
	paths, _ := filepath.Glob("../../golden/*/swagger.json")
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		docs[p] = data
	}
	if len(docs) < 4 {
		t.Fatalf("found %d Swagger 2.0 documents, want Coder's and the golden cases'", len(docs))
	}
	for name, data := range docs {
		var doc2 openapi2.T
		if err := json.Unmarshal(data, &doc2); err != nil {
			continue // a case of a document kin-openapi cannot read
		}
		doc3, err := openapi2conv.ToV3(&doc2)
		if err != nil || doc3.Components == nil {
			continue
		}
		sameSchemas(t, name, doc3.Components.Schemas)
		want, err := json.Marshal(doc3.Components)
		if err != nil {
			t.Fatal(err)
		}
		got, err := marshalComponents(doc3.Components, doc3.Components)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s: marshalComponents differs from json.Marshal (%v):\n got %.300s\nwant %.300s", name, err, got, want)
		}
	}
}

// sameSchemas compares encodeSchemas and each encodeSchemaRef with
// json.Marshal.
func sameSchemas(t *testing.T, name string, schemas openapi3.Schemas) {
	t.Helper()
	want, err := json.Marshal(schemas)
	if err != nil {
		t.Fatal(err)
	}
	got, err := encodeSchemas(schemas)
	if err != nil || !bytes.Equal(got, want) {
		t.Errorf("%s: encodeSchemas differs from json.Marshal (%v):\n got %s\nwant %s", name, err, got, want)
	}
	for k, s := range schemas {
		want, _ := json.Marshal(s)
		if got, err := encodeSchemaRef(s); err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s: schema %s: encodeSchemaRef differs from json.Marshal (%v):\n got %s\nwant %s", name, k, err, got, want)
		}
	}
}

// BenchmarkMarshalComponents: the converted components of Coder's API
// encoded by kin-openapi (json.Marshal) and by marshalComponents.
func BenchmarkMarshalComponents(b *testing.B) {
	data, err := os.ReadFile(sharedtest.Path(b, "corpus/coder/swagger.json"))
	if err != nil {
		b.Fatal(err)
	}
	var doc2 openapi2.T
	if err := json.Unmarshal(data, &doc2); err != nil {
		b.Fatal(err)
	}
	doc3, err := openapi2conv.ToV3(&doc2)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("kin-openapi", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := json.Marshal(doc3.Components); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("marshalComponents", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := marshalComponents(doc3.Components, doc3.Components); err != nil {
				b.Fatal(err)
			}
		}
	})
}
