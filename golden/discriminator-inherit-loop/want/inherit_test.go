package want

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// This file is hand-written: a base whose variants inherit from it through
// allOf decodes each variant by its discriminator value, the base's
// properties and the variant's own in one struct, and encodes it back.

func TestInheritDecodeRoundTrip(t *testing.T) {
	name := "Tom"
	yes := true
	for _, c := range []struct {
		doc  string
		want PetValue
	}{
		{`{"petType":"cat","name":"Tom","meows":true}`, &Cat{PetType: "cat", Name: &name, Meows: &yes}},
		{`{"petType":"dog","barks":true}`, &Dog{PetType: "dog", Barks: &yes}},
	} {
		pet, err := DecodePet([]byte(c.doc))
		if err != nil {
			t.Fatalf("%s: %v", c.doc, err)
		}
		if d := cmp.Diff(c.want, pet.Value); d != "" {
			t.Errorf("%s (-want +got):\n%s", c.doc, d)
		}
		out, err := json.Marshal(pet)
		if err != nil {
			t.Fatalf("%s: %v", c.doc, err)
		}
		if string(out) != c.doc {
			t.Errorf("round trip: got %s, want %s", out, c.doc)
		}
	}
	// Encoding fills in the discriminator of a variant that left it empty.
	out, err := json.Marshal(Pet{Value: &Dog{}})
	if err != nil || string(out) != `{"petType":"dog"}` {
		t.Errorf("encode Dog{}: %s, %v", out, err)
	}
	// A value its discriminator does not name is refused.
	if _, err := DecodePet([]byte(`{"petType":"bird"}`)); err == nil {
		t.Error("petType bird decoded")
	}
}
