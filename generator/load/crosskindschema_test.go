package load

import "testing"

// TestRebaseRef: a $ref copied out of the file that file names, into the
// file that names it so, names from there what it named where it was
// written.
func TestRebaseRef(t *testing.T) {
	for _, c := range []struct{ ref, file, want string }{
		{"#/components/schemas/Owner", "", "#/components/schemas/Owner"},
		{"#/components/schemas/Owner", "./users.yaml", "./users.yaml#/components/schemas/Owner"},
		{"tag.yaml#/Tag", "./responses/pets.yaml", "responses/tag.yaml#/Tag"},
		{"./tag.yaml#/Tag", "responses/pets.yaml", "responses/tag.yaml#/Tag"},
		{"../models/pet.yaml#/Pet", "./responses/pets.yaml", "models/pet.yaml#/Pet"},
		{"../models/pet.yaml", "responses/v1/pets.yaml", "responses/models/pet.yaml"},
		{"../../common.yaml#/X", "./a.yaml", "../../common.yaml#/X"},
		{"common.yaml#/X", "../shared/b.yaml", "../shared/common.yaml#/X"},
		{"https://example.com/s.json#/X", "./b.yaml", "https://example.com/s.json#/X"},
		{"urn:example:x", "./b.yaml", "urn:example:x"},
		{"/abs/c.yaml#/X", "./b.yaml", "/abs/c.yaml#/X"},
		{"c.yaml#/X", "https://example.com/api/b.yaml", "https://example.com/api/c.yaml#/X"},
	} {
		if got := rebaseRef(c.ref, c.file); got != c.want {
			t.Errorf("rebaseRef(%q, %q) = %q, want %q", c.ref, c.file, got, c.want)
		}
	}
}
