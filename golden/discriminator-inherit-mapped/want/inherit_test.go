package want

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// This file is hand-written: a base with a discriminator and no oneOf is
// the union of the schemas its mapping names (by $ref and by bare name)
// and of those that inherit it (Bird, told by its name), and of itself
// (PetBase, told by "Pet"): a child's own properties survive the round
// trip, where the base's struct dropped them.

func TestInheritMappedRoundTrip(t *testing.T) {
	yes, tom := true, "Tom"
	for _, c := range []struct {
		doc  string
		want PetValue
	}{
		{`{"petType":"cat","name":"Tom","meows":true}`, &Cat{PetType: "cat", Name: &tom, Meows: &yes}},
		{`{"petType":"dog","barks":true}`, &Dog{PetType: "dog", Barks: true}},
		{`{"petType":"Bird","sings":true}`, &Bird{PetType: "Bird", Sings: &yes}},
		{`{"petType":"Pet","name":"Tom"}`, &PetBase{PetType: "Pet", Name: &tom}},
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
	// Dog requires barks beside its allOf.
	if _, err := DecodePet([]byte(`{"petType":"dog"}`)); err == nil {
		t.Error("a dog without barks decoded")
	}
	if out, err := json.Marshal(Pet{Value: &Bird{}}); err != nil || string(out) != `{"petType":"Bird"}` {
		t.Errorf("encode Bird{}: %s, %v", out, err)
	}

	// Shape does not require kind: a value without it is ShapeBase, one
	// with it the variant it names.
	label, r := "x", 1.5
	for _, c := range []struct {
		doc  string
		want ShapeValue
	}{
		{`{"label":"x"}`, &ShapeBase{Label: &label}},
		{`{"kind":"Circle","radius":1.5}`, &Circle{Kind: ptr("Circle"), Radius: &r}},
	} {
		s, err := DecodeShape([]byte(c.doc))
		if err != nil {
			t.Fatalf("%s: %v", c.doc, err)
		}
		if d := cmp.Diff(c.want, s.Value); d != "" {
			t.Errorf("%s (-want +got):\n%s", c.doc, d)
		}
		out, err := json.Marshal(s)
		if err != nil || string(out) != c.doc {
			t.Errorf("round trip: got %s, %v, want %s", out, err, c.doc)
		}
	}
}

func ptr[T any](v T) *T { return &v }
