package golden_test

import (
	"testing"

	alloftype "github.com/specgen/specgen/golden/schema-allof-union-type/want"
	nestednull "github.com/specgen/specgen/golden/schema-union-nested-null/want"
	untypednull "github.com/specgen/specgen/golden/schema-untyped-null/want"
)

// TestAllOfUnionType holds an allOf of a union and a type to the oracle
// (randschemas seed 5006 took an object the type refuses).
func TestAllOfUnionType(t *testing.T) {
	checkVerdicts(t, "schema-allof-union-type/shape.schema.json", "#", alloftype.DecodeShape, nil, []verdictCase{
		{doc: `{"points": {}}`}, {doc: `{"points": "abc"}`}, {doc: `{"points": []}`}, {doc: `{"points": [1, 2]}`},
		{doc: `{"points": [1, 2, 3]}`}, {doc: `{"points": [1, "a"]}`}, {doc: `{"points": null}`}, {doc: `{}`},
	})
}

// TestUnionNestedNull holds a union that admits null through a nested
// union, or a variant reached by $ref, to the oracle (randschemas seed
// 5000 and intlayer's content rejected null as "must not be null").
func TestUnionNestedNull(t *testing.T) {
	checkVerdicts(t, "schema-union-nested-null/link.schema.json", "#", nestednull.DecodeLink, nil, []verdictCase{
		{doc: `{"target": null, "other": 1, "value": 1}`}, {doc: `{"target": "x", "other": 1, "value": 1}`}, {doc: `{"target": "", "other": 1, "value": 1}`},
		{doc: `{"target": {"href": "x"}, "other": "a", "value": 1}`}, {doc: `{"target": {}, "other": 1, "value": 1}`}, {doc: `{"other": 1, "value": 1}`},
		{doc: `{"target": null, "other": null, "value": 1}`}, {doc: `{"target": 5, "other": 1, "value": 1}`},
		{doc: `{"target": "x", "other": 1, "value": null}`}, {doc: `{"target": "x", "other": 1, "value": "a"}`},
		{doc: `{"target": "x", "other": 1, "value": true}`}, {doc: `{"target": "x", "other": 1}`},
	})
}

// TestUntypedNull holds structs without type to the oracle where they are
// given null (vsix-manifestinjection's null items were rejected for the
// empty struct's minLength).
func TestUntypedNull(t *testing.T) {
	checkVerdicts(t, "schema-untyped-null/manifest.schema.json", "#", untypednull.DecodeManifest, nil, []verdictCase{
		{doc: `{"main": null}`}, {doc: `{"main": {"id": "a"}, "progIds": [null, {"id": "b"}]}`},
		{doc: `{"main": {"id": ""}}`}, {doc: `{"main": {}, "progIds": []}`}, {doc: `{"main": 5, "progIds": ["x", null]}`},
		{doc: `{"main": {"id": "a"}, "progIds": [{"id": ""}]}`}, {doc: `{}`}, {doc: `null`},
	})
}
