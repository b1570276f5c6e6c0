package want

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// This file is hand-written: the base's enum refuses its own name, so the
// union is still decoded by its mapping (a dog is a *Dog, not the first
// shape that fits); Pet, which requires kind, is never its own variant,
// and Shape, which does not, is its own when kind is absent.

func TestInheritEnumTag(t *testing.T) {
	yes, tom := true, "Tom"
	for _, c := range []struct {
		doc  string
		want PetValue
	}{
		{`{"kind":"cat","name":"Tom","meow":true}`, &Cat{Kind: PetKindCat, Name: &tom, Meow: &yes}},
		{`{"kind":"dog","bark":true}`, &Dog{Kind: PetKindDog, Bark: &yes}},
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
	for _, doc := range []string{`{"kind":"Pet"}`, `{"name":"Tom"}`} {
		if _, err := DecodePet([]byte(doc)); err == nil {
			t.Errorf("%s decoded", doc)
		}
	}

	label, r := "x", 1.5
	for _, c := range []struct {
		doc  string
		want ShapeValue
	}{
		{`{"label":"x"}`, &ShapeBase{Label: &label}},
		{`{"kind":"circle","radius":1.5}`, &Circle{Kind: ptr(ShapeKindCircle), Radius: &r}},
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
