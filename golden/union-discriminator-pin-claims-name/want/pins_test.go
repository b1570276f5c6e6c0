package want

import (
	"encoding/json"
	"testing"
)

// This file is hand-written: a variant's pin outranks another variant's
// schema name, so "Cat" (Dog's only value) selects Dog and "c" Cat.

func TestPinClaimsName(t *testing.T) {
	for doc, want := range map[string]string{
		`{"kind":"c"}`:               "*want.Cat",
		`{"kind":"Cat","bark":true}`: "*want.Dog",
	} {
		pet, err := DecodePet([]byte(doc))
		if err != nil {
			t.Fatalf("%s: %v", doc, err)
		}
		if got := typeName(pet.Value); got != want {
			t.Errorf("%s: %s, want %s", doc, got, want)
		}
		out, err := json.Marshal(pet)
		if err != nil || string(out) != doc {
			t.Errorf("round trip: got %s, %v, want %s", out, err, doc)
		}
	}
}

func typeName(v PetValue) string {
	switch v.(type) {
	case *Cat:
		return "*want.Cat"
	case *Dog:
		return "*want.Dog"
	}
	return "nil"
}
