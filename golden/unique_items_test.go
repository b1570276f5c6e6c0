package golden_test

import (
	"testing"

	uniqueitems "github.com/specgen/specgen/golden/unique-items-json-equality/want"
)

// TestUniqueItemsJSONEquality holds uniqueItems, compared without
// reflection (firstDuplicate, firstDuplicateFunc with jvEqual,
// firstDuplicateJSON with the generated encoders), to the oracle's verdicts:
// JSON equality, at any depth, whatever the order of an object's members.
func TestUniqueItemsJSONEquality(t *testing.T) {
	checkVerdicts(t, "unique-items-json-equality/sets.schema.json", "#", uniqueitems.DecodeSets, nil, []verdictCase{
		{doc: `{"numbers": [1, 1.0]}`},
		{doc: `{"numbers": [1, 1.5, 2, 1e0]}`},
		{doc: `{"numbers": [1, 1.5, 2]}`},
		{doc: `{"points": [{"x": 1, "y": 2}, {"y": 2, "x": 1.0}]}`},
		{doc: `{"points": [{"x": 1, "tags": ["a", "b"]}, {"tags": ["a", "b"], "x": 1}]}`},
		{doc: `{"points": [{"x": 1, "tags": ["a"]}, {"x": 1, "tags": ["b"]}, {"x": 1}]}`},
		{doc: `{"points": [{"x": 1, "tags": []}, {"x": 1}]}`},
		{doc: `{"counts": [{"a": 1, "b": 2}, {"b": 2, "a": 1}]}`},
		{doc: `{"counts": [{"a": 1}, {"a": 1, "b": 2}, {}]}`},
		{doc: `{"counts": [{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8, "i": 9}, {"i": 9, "h": 8, "g": 7, "f": 6, "e": 5, "d": 4, "c": 3, "b": 2, "a": 1}]}`},
		{doc: `{"rows": [[1, 2], [1.0, 2.0]]}`},
		{doc: `{"rows": [[1, 2], [2, 1]]}`},
		{doc: `{"rows": [[], [0]]}`},
		{doc: `{"anything": [false, 0, "0", null, [], {}, [false], [0], {"a": false}, {"a": 0}]}`},
		{doc: `{"anything": [{"a": [1, {"b": 1}]}, {"a": [1.0, {"b": 1e0}]}]}`},
		{doc: `{"anything": [{"a": 1, "b": 2}, {"b": 2, "a": 1}]}`},
		{doc: `{"anything": [true, 1]}`},
		{doc: `{"anything": [null, null]}`},
		{doc: `{"maybe": [null, 0, null]}`},
		{doc: `{"maybe": [null, 0, 1]}`},
		{doc: `{"maybe": [0, 1, 0.0]}`},
	})
}
