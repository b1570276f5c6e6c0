package want

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// This file is hand-written: a base's mapping into other files (a whole
// file, a definition in a file of bare schemas) loads those children,
// which nothing else refers to, and decodes them by it.

func TestMappingFilesRoundTrip(t *testing.T) {
	yes := true
	for _, c := range []struct {
		doc  string
		want PetValue
	}{
		{`{"petType":"cat","meows":true}`, &Cat{PetType: "cat", Meows: &yes}},
		{`{"petType":"dog","barks":true}`, &Dog{PetType: "dog", Barks: &yes}},
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
}
