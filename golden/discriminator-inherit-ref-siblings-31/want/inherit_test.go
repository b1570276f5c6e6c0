package want

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// This file is hand-written: OpenAPI 3.1's {$ref: Pet, properties: …,
// required: …} inherits Pet as allOf [{$ref: Pet}, {…}] does, inside the
// base's own oneOf (Cat) and outside it (Lion, picked by Wild).

func TestRefSiblingsInheritRoundTrip(t *testing.T) {
	tom, yes := "Tom", true
	for _, c := range []struct {
		doc  string
		want PetValue
	}{
		{`{"petType":"cat","name":"Tom","meows":false}`, &Cat{PetType: "cat", Name: &tom}},
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
		if err != nil || string(out) != c.doc {
			t.Errorf("round trip: got %s, %v, want %s", out, err, c.doc)
		}
	}
	// Cat requires meows beside Pet's petType.
	if pet, err := DecodePet([]byte(`{"petType":"cat"}`)); err == nil {
		if err := pet.Validate(); err == nil {
			t.Error(`{"petType":"cat"} without meows is valid`)
		}
	}

	doc := `{"wild":{"kind":"lion","roars":true}}`
	zoo, err := DecodeZoo([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(Zoo{Wild: Wild{Value: &Lion{Kind: "lion", Roars: true}}}, zoo); d != "" {
		t.Errorf("%s (-want +got):\n%s", doc, d)
	}
	if out, err := json.Marshal(zoo); err != nil || string(out) != doc {
		t.Errorf("round trip: got %s, %v, want %s", out, err, doc)
	}
}
