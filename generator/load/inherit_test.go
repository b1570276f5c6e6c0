package load

import (
	"strings"
	"testing"
)

// TestInheritLoop: a discriminated base whose oneOf lists a child that is
// allOf [base, …] loads, the child's $ref reaching the base without its
// oneOf; without the discriminator the same loop is still an error.
func TestInheritLoop(t *testing.T) {
	const spec = `openapi: 3.0.3
info: {title: t, version: "1"}
paths: {}
components:
  schemas:
    Pet:
      properties:
        petType: {type: string}
      oneOf:
        - $ref: '#/components/schemas/Cat'
      discriminator: {propertyName: petType}
    Cat:
      allOf:
        - $ref: '#/components/schemas/Pet'
        - properties:
            meows: {type: boolean}
`
	doc, err := loadText(t, spec)
	if err != nil {
		t.Fatal(err)
	}
	var pet, cat = doc.Named[0].Schema, doc.Named[1].Schema
	if doc.Named[0].Name != "Pet" || doc.Named[1].Name != "Cat" {
		t.Fatalf("named %s, %s", doc.Named[0].Name, doc.Named[1].Name)
	}
	base := cat.AllOf[0].Ref
	if pet.Base == nil || base != pet.Base || base.BaseOf != pet {
		t.Fatalf("Cat's allOf reaches %p, Pet's base is %p", base, pet.Base)
	}
	if len(base.OneOf) != 0 || base.Discriminator != nil || len(base.Properties) != 1 || len(pet.OneOf) != 1 {
		t.Errorf("base %+v", base)
	}

	_, err = loadText(t, strings.Replace(spec, "      discriminator: {propertyName: petType}\n", "", 1))
	if err == nil || !strings.Contains(err.Error(), "infinite loop") {
		t.Errorf("without discriminator: %v", err)
	}
}
