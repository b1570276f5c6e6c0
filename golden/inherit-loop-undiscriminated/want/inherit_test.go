package want

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// This file is hand-written: a base whose variants inherit it through
// allOf but that names no discriminator is the union of its variants,
// each holding the base's properties, decoded by trying each in turn.

func TestInheritUndiscriminatedRoundTrip(t *testing.T) {
	tom := "Tom"
	for _, c := range []struct {
		doc  string
		want PetValue
	}{
		{`{"petType":"x","name":"Tom","meows":true}`, &Cat{PetType: "x", Name: &tom, Meows: true}},
		{`{"petType":"y","barks":false}`, &Dog{PetType: "y"}},
	} {
		pet, err := DecodePet([]byte(c.doc))
		if err != nil {
			t.Fatalf("%s: %v", c.doc, err)
		}
		if d := cmp.Diff(c.want, pet.Value); d != "" {
			t.Errorf("%s (-want +got):\n%s", c.doc, d)
		}
		out, err := json.Marshal(pet)
		if err != nil || string(out) != c.doc {
			t.Errorf("round trip: got %s, %v, want %s", out, err, c.doc)
		}
	}
	// Neither variant: no meows, no barks; both: oneOf refuses it.
	for _, doc := range []string{`{"petType":"x"}`, `{"petType":"x","meows":true,"barks":true}`} {
		if pet, err := DecodePet([]byte(doc)); err == nil {
			t.Errorf("%s decoded as %T", doc, pet.Value)
		}
	}
}
