package want

import (
	"encoding/json"
	"testing"
)

// This file is hand-written: a property that describes a reference to a
// base through allOf (pet: {description, allOf: [$ref: Pet]}) is still
// any of its variants, not the base's own properties: a cat's meow
// survives the round trip through both properties.

func TestDescribedRefKeepsVariant(t *testing.T) {
	doc := `{"pet":{"kind":"cat","meow":true},"other":{"kind":"cat","meow":true}}`
	o, err := DecodeOwner([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	out, err := json.Marshal(o)
	if err != nil || string(out) != doc {
		t.Errorf("round trip: got %s, %v, want %s", out, err, doc)
	}
	for _, p := range []Pet{o.Pet, o.Other} {
		if _, ok := p.Value.(*Cat); !ok {
			t.Errorf("%T, want *Cat", p.Value)
		}
	}
}
