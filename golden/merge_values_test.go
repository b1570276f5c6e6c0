package golden_test

import (
	"testing"

	refpatterns "github.com/specgen/specgen/golden/schema-allof-ref-patterns/want"
	untyped "github.com/specgen/specgen/golden/schema-allof-untyped/want"
	wholevalue "github.com/specgen/specgen/golden/schema-const-whole-value/want"
	enumtypes "github.com/specgen/specgen/golden/schema-enum-other-types/want"
)

// TestConstWholeValue holds an enum or const of arrays and objects beside
// a type to the oracle (uxp-manifest's theme took ["dark"] as ["all"] and
// so rejected a list two variants matched; an enum of objects was not
// checked at all).
func TestConstWholeValue(t *testing.T) {
	checkVerdicts(t, "schema-const-whole-value/icon.schema.json", "#", wholevalue.DecodeIcon, nil, []verdictCase{
		{doc: `{"theme": ["light", "dark"]}`}, {doc: `{"theme": ["all"]}`}, {doc: `{"theme": ["dark"]}`},
		{doc: `{"theme": ["all", "dark"]}`}, {doc: `{"theme": []}`}, {doc: `{"theme": ["light", "light"]}`},
		{doc: `{"size": [16, 16]}`}, {doc: `{"size": [16.0, 16]}`}, {doc: `{"size": [16, 32]}`}, {doc: `{"size": [16]}`},
		{doc: `{"origin": {"x": 0, "y": 0}}`}, {doc: `{"origin": {"y": 0, "x": 0}}`}, {doc: `{"origin": {"x": 1, "y": 0}}`},
		{doc: `{"origin": null}`}, {doc: `{"origin": {}}`},
		{doc: `{"anchor": {"at": "center"}}`}, {doc: `{"anchor": {"at": "top"}}`}, {doc: `{"anchor": "center"}`}, {doc: `{"anchor": null}`},
	})
}

// TestAllOfRefPatterns holds an allOf member reached by $ref, whose
// patternProperties stand beside properties, to the oracle (web-types'
// html took any other member: the merge dropped the member's patterns).
func TestAllOfRefPatterns(t *testing.T) {
	checkVerdicts(t, "schema-allof-ref-patterns/html.schema.json", "#", refpatterns.DecodeHTML, nil, []verdictCase{
		{doc: `{"x-vue": ["a"]}`}, {doc: `{"x-vue": null}`}, {doc: `{"x-vue": [1]}`}, {doc: `{"x-vue": {"name": 1}}`},
		{doc: `{"elements": [{"name": "a", "x-b": ["c"]}]}`}, {doc: `{"elements": [{"name": "a", "x-b": [null]}]}`},
		{doc: `{"elements": [{"x-b": []}]}`}, {doc: `{"tags": [{"name": "t", "elements": [{"name": 1}]}]}`},
		{doc: `{"tags": [{"name": "t", "x-y": "z"}]}`}, {doc: `{"other": 1, "tags": []}`}, {doc: `{}`},
	})
}

// TestAllOfUntyped holds an allOf of members with properties and no type
// to the oracle (tslint's rules, given a string, were rejected: the merge
// was typed object).
func TestAllOfUntyped(t *testing.T) {
	checkVerdicts(t, "schema-allof-untyped/lint.schema.json", "#", untyped.DecodeLint, nil, []verdictCase{
		{doc: `{"rules": "all"}`}, {doc: `{"rules": 5}`}, {doc: `{"rules": [true]}`}, {doc: `{"rules": null}`},
		{doc: `{"rules": {"typedef": true, "indent": 2}}`}, {doc: `{"rules": {"typedef": 1}}`}, {doc: `{"rules": {"indent": []}}`},
		{doc: `{"extra": "x"}`}, {doc: `{"extra": false}`}, {doc: `{"extra": {}}`}, {doc: `{"extra": {"level": -1}}`},
		{doc: `{"extra": {"level": 1, "name": ""}}`}, {doc: `{"extra": {"level": 1, "name": "n"}}`}, {doc: `{"extra": null}`},
	})
}

// TestEnumOtherTypes holds enums with values their type rules out to the
// oracle (stylelint's {type: string, enum: ["always", "never", {}]} took
// any string).
func TestEnumOtherTypes(t *testing.T) {
	checkVerdicts(t, "schema-enum-other-types/rule.schema.json", "#", enumtypes.DecodeRule, nil, []verdictCase{
		{doc: `{"mode": "always"}`}, {doc: `{"mode": "sometimes"}`}, {doc: `{"mode": {}}`}, {doc: `{"mode": null}`},
		{doc: `{"level": 1}`}, {doc: `{"level": 3}`}, {doc: `{"level": "off"}`},
		{doc: `{"option": "never"}`}, {doc: `{"option": "x"}`}, {doc: `{"option": []}`}, {doc: `{"option": {"severity": "error"}}`},
		{doc: `{"option": {"severity": 1}}`},
	})
}
