package want

import (
	"testing"

	"github.com/specgen/specgen/conformance/oracle"
)

// This file is hand-written: each document is invalid, by DecodeConfig as
// by the oracle (santhosh-tekuri/jsonschema v6), and the test pins what
// DecodeConfig says, which is what a user fixing the document reads. A
// union that matched no variant said only that ("must match exactly one
// schema of oneOf"), or reported the first variant that decoded as if the
// value were meant for it (a dog's "kind: must be \"cat\"").

func TestUnionMessages(t *testing.T) {
	o, err := oracle.Compile("../config.schema.json", nil, true)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc, want string
	}{
		{`{"endpoint": "not a uri"}`, "endpoint: \"not a uri\" is not a valid uri"},
		{`{"endpoint": {"url": "x y"}}`, "endpoint.url: \"x y\" is not a valid uri"},
		{`{"endpoint": {"url": 5}}`, "endpoint.url: cannot be a JSON number"},
		{`{"endpoint": 5}`, "endpoint: ConfigEndpoint: must be a string (ConfigEndpointString) or an object with \"url\" (ConfigEndpointObject), not a number"},
		{`{"port": 0}`, "port: must be at least 1"},
		{`{"port": 1.5}`, "port: cannot be a JSON number 1.5 (not a whole number; an integer goes here)"},
		{`{"port": true}`, "port: ConfigPort: must be an integer (ConfigPortInteger) or a string (ConfigPortString), not a boolean"},
		{`{"pet": {"kind": "cat", "lives": 10}}`, "pet.lives: must be at most 9"},
		{`{"pet": {"kind": "dog", "bark": "x"}}`, "pet.bark: must be at least 3 characters long"},
		{`{"pet": {"kind": "cow"}}`, "pet: ConfigPet: must match exactly one schema of oneOf, but matches none:\n  - ConfigPetObject: kind: must be \"cat\"\n  - ConfigPetObject2: kind: must be \"dog\""},
		{`{"pet": {"kind": "cat", "bark": "x", "lives": 12}}`, "pet.lives: must be at most 9"},
		{`{"pets": [{"kind": "dog"}, {"kind": "bird"}]}`, "pets[1]: ConfigPet: must match exactly one schema of oneOf, but matches none:\n  - ConfigPetObject: kind: must be \"cat\"\n  - ConfigPetObject2: kind: must be \"dog\""},
		{`{"both": {}}`, "both: matches more than one schema of oneOf (ConfigBothObject and ConfigBothObject2); exactly one may match"},
		{`{"list": ["ok", "x", [1,2,3], 5]}`, "list[1]: must be at least 2 characters long\nlist[2]: must have at most 2 items\nlist[3]: ConfigListItem: must be a string (ConfigListItemString) or an array (ConfigListItemList), not a number"},
		{`{"nested": {"inner": "bad"}}`, "nested.inner: \"bad\" is not a valid email"},
		{`{"nested": {"inner": 3}}`, "nested.inner: must be at least 10"},
		{`{"nested": {"inner": true}}`, "nested.inner: ConfigNestedObjectInner: must be a string (ConfigNestedObjectInnerString) or an integer (ConfigNestedObjectInnerInteger), not a boolean"},
		{`{"shape": {"kind": "square", "side": -1}}`, "shape.side: must be at least 0"},
		{`{"shape": {"kind": "hex"}}`, "shape: must match exactly one schema of oneOf, but matches none:\n  - oneOf/0: kind: must be \"circle\"\n  - oneOf/1: kind: must be \"square\""},
		{`{"shape": {"points": [1, "abc", true]}}`, "shape.points[1]: must be at most 2 characters long\nshape.points[2]: must match at least one schema of anyOf, but matches none:\n  - anyOf/0: must be of type integer\n  - anyOf/1: must be of type string"},
		{`{"shape": 5}`, "shape: must be of type object"},
		{`{"overlap": "abc"}`, "overlap: matches more than one schema of oneOf (oneOf/0, oneOf/1 and oneOf/2); exactly one may match"},
		{`{"overlap": "a"}`, "overlap: matches more than one schema of oneOf (oneOf/1 and oneOf/2); exactly one may match"},
	} {
		if ok, err := o.Valid([]byte(c.doc)); err != nil || ok {
			t.Fatalf("%s: the oracle says valid %v (%v)", c.doc, ok, err)
		}
		_, err := DecodeConfig([]byte(c.doc))
		if err == nil {
			t.Errorf("%s: DecodeConfig accepts it", c.doc)
			continue
		}
		if got := err.Error(); got != c.want {
			t.Errorf("%s: DecodeConfig says\n%s\nwant\n%s", c.doc, got, c.want)
		}
	}
}
