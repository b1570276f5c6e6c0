package golden_test

import (
	"testing"

	rootnull "github.com/specgen/specgen/golden/schema-root-null/want"
)

// TestRootNull holds the Decode functions of roots that allow null to the
// oracle: a null document is valid as it stands, though the Go value
// decoding leaves (0, "", an empty list) is one the bound, enum or
// minItems beside refuses (randschemas seed 1000: oneOf [number, null]
// with a bound rejected null as "not allowed").
func TestRootNull(t *testing.T) {
	checkVerdicts(t, "schema-root-null/speed.schema.json", "#", rootnull.DecodeSpeed, nil, []verdictCase{
		{doc: `null`}, {doc: `7`}, {doc: `3`}, {doc: `0`}, {doc: `"x"`}, {doc: ` null `},
	})
	checkVerdicts(t, "schema-root-null/tags.schema.json", "#", rootnull.DecodeTags, nil, []verdictCase{
		{doc: `null`}, {doc: `[]`}, {doc: `["a"]`}, {doc: `[null]`},
	})
	checkVerdicts(t, "schema-root-null/level.schema.json", "#", rootnull.DecodeLevel, nil, []verdictCase{
		{doc: `null`}, {doc: `""`}, {doc: `"low"`}, {doc: `"mid"`},
	})
	checkVerdicts(t, "schema-root-null/label.schema.json", "#", rootnull.DecodeLabel, nil, []verdictCase{
		{doc: `null`}, {doc: `""`}, {doc: `"ab"`}, {doc: `"a"`}, {doc: `5`},
	})
	checkVerdicts(t, "schema-root-null/entry.schema.json", "#", rootnull.DecodeEntry, nil, []verdictCase{
		{doc: `null`}, {doc: `"x"`}, {doc: `{}`}, {doc: `{"id": "a"}`}, {doc: `{"id": null}`},
	})
}
