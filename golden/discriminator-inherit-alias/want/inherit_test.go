package want

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// This file is hand-written: a variant that inherits its base and adds
// nothing (Plain: allOf [{$ref: Pet}]) is a struct of the base's
// properties named for itself, picked by its discriminator value as the
// others are; Cat is mapped by a bare schema name.

func TestInheritAliasRoundTrip(t *testing.T) {
	rex, yes := "Rex", true
	for _, c := range []struct {
		doc  string
		want PetValue
	}{
		{`{"petType":"plain","name":"Rex"}`, &Plain{PetType: "plain", Name: &rex}},
		{`{"petType":"cat","meows":true}`, &Cat{PetType: "cat", Meows: &yes}},
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
	if out, err := json.Marshal(Pet{Value: &Plain{}}); err != nil || string(out) != `{"petType":"plain"}` {
		t.Errorf("encode Plain{}: %s, %v", out, err)
	}
	if _, err := DecodePet([]byte(`{"petType":"Plain"}`)); err == nil {
		t.Error("petType Plain decoded: the mapping names it plain")
	}
}
