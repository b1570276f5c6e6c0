package want

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// This file is hand-written: Animal is only a $ref to the base Pet, and
// both Cat's allOf and Zoo.star use it. Zoo.star stays the whole union,
// its discriminator picking the variant, and Cat still has the base's
// properties beside its own.

func TestSharedRefStaysUnion(t *testing.T) {
	name := "Tom"
	yes := true
	zoo, err := DecodeZoo([]byte(`{"star":{"petType":"Cat","name":"Tom","meows":true}}`))
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(PetValue(&Cat{PetType: "Cat", Name: &name, Meows: &yes}), zoo.Star.Value); d != "" {
		t.Errorf("Zoo.star (-want +got):\n%s", d)
	}
	// Cat's meows is a boolean whichever way the value is reached.
	bad := `{"petType":"Cat","meows":"loud"}`
	if _, err := DecodePet([]byte(bad)); err == nil {
		t.Errorf("DecodePet accepted %s", bad)
	}
	if _, err := DecodeZoo([]byte(`{"star":` + bad + `}`)); err == nil {
		t.Errorf("DecodeZoo accepted star %s", bad)
	}
	if _, err := DecodeAnimal([]byte(bad)); err == nil {
		t.Errorf("DecodeAnimal accepted %s", bad)
	}
}
