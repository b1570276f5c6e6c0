package want

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// This file is hand-written: Swagger 2.0 inheritance (a base naming its
// discriminator property, definitions that allOf it) decodes each child by
// its x-ms-discriminator-value (Cat: "cat") or its name (Dog), and the
// base itself by its name.

func TestSwaggerInheritRoundTrip(t *testing.T) {
	yes, tom := true, "Tom"
	for _, c := range []struct {
		doc  string
		want PetValue
	}{
		{`{"petType":"cat","name":"Tom","meows":true}`, &Cat{PetType: "cat", Name: &tom, Meows: &yes}},
		{`{"petType":"Dog","barks":true}`, &Dog{PetType: "Dog", Barks: &yes}},
		{`{"petType":"Pet"}`, &PetBase{PetType: "Pet"}},
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
	if _, err := DecodePet([]byte(`{"petType":"Cat"}`)); err == nil {
		t.Error(`petType "Cat" decoded: x-ms-discriminator-value makes it "cat"`)
	}
}
