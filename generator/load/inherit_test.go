package load

import (
	"strings"
	"testing"

	"github.com/specgen/specgen/generator/document"
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

	// Without the discriminator the loop is mended the same way
	// (lowering notes that the variants are told apart by shape).
	doc, err = loadText(t, strings.Replace(spec, "      discriminator: {propertyName: petType}\n", "", 1))
	if err != nil {
		t.Fatalf("without discriminator: %v", err)
	}
	pet, cat = doc.Named[0].Schema, doc.Named[1].Schema
	if pet.Base == nil || cat.AllOf[0].Ref != pet.Base {
		t.Errorf("without discriminator: Cat's allOf reaches %p, Pet's base is %p", cat.AllOf[0].Ref, pet.Base)
	}
}

// TestInheritLoopRefSiblings is OpenAPI 3.1's child {$ref: Pet,
// properties: …}, which load reads as allOf [Pet, {…}] with Pet itself
// the first member: the mend replaces that member with Pet's base.
func TestInheritLoopRefSiblings(t *testing.T) {
	const spec = `openapi: 3.1.0
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
      $ref: '#/components/schemas/Pet'
      properties:
        meows: {type: boolean}
`
	doc, err := loadText(t, spec)
	if err != nil {
		t.Fatal(err)
	}
	pet, cat := doc.Named[0].Schema, doc.Named[1].Schema
	if pet.Base == nil || len(cat.AllOf) != 1 || cat.AllOf[0] != pet.Base || !cat.RefInAllOf {
		t.Fatalf("Cat's allOf %v, Pet's base %p", cat.AllOf, pet.Base)
	}
}

// TestInheritLoopSharedRef is a child whose allOf reaches the base through
// a named schema that is only a $ref to it (Animal), used elsewhere too
// (Zoo.star): the mend points Cat's allOf member at the base's Base and
// leaves Animal the whole union.
func TestInheritLoopSharedRef(t *testing.T) {
	const spec = `openapi: 3.0.3
info: {title: t, version: "1"}
paths: {}
components:
  schemas:
    Zoo:
      properties:
        star: {$ref: '#/components/schemas/Animal'}
    Animal:
      $ref: '#/components/schemas/Pet'
    Pet:
      properties:
        petType: {type: string}
      oneOf:
        - $ref: '#/components/schemas/Cat'
        - $ref: '#/components/schemas/Dog'
      discriminator: {propertyName: petType}
    Cat:
      allOf:
        - $ref: '#/components/schemas/Animal'
        - properties:
            meows: {type: boolean}
    Dog:
      allOf:
        - $ref: '#/components/schemas/Pet'
        - properties:
            barks: {type: boolean}
`
	doc, err := loadText(t, spec)
	if err != nil {
		t.Fatal(err)
	}
	named := map[string]*document.Schema{}
	for _, n := range doc.Named {
		named[n.Name] = n.Schema
	}
	pet, animal := named["Pet"], named["Animal"]
	if pet == nil || animal == nil || pet.Base == nil {
		t.Fatalf("Pet %v, Animal %v", pet, animal)
	}
	if animal.Ref != pet {
		t.Errorf("Animal reaches %p, want Pet %p (its base is %p)", animal.Ref, pet, pet.Base)
	}
	if star := named["Zoo"].Properties[0].Schema; star.Ref != animal {
		t.Errorf("Zoo.star reaches %p, want Animal %p", star.Ref, animal)
	}
	for _, child := range []string{"Cat", "Dog"} {
		if got := named[child].AllOf[0].Ref; got != pet.Base {
			t.Errorf("%s's allOf reaches %p, want Pet's base %p", child, got, pet.Base)
		}
	}

	// Beside the $ref Animal asserts something of its own (OpenAPI 3.1
	// keeps keywords beside $ref): pointing Cat past it would drop that,
	// so the loop stays an error.
	spec31 := strings.Replace(spec, "openapi: 3.0.3", "openapi: 3.1.0", 1)
	if _, err := loadText(t, spec31); err != nil {
		t.Errorf("3.1: %v", err)
	}
	_, err = loadText(t, strings.Replace(spec31, "    Animal:\n", "    Animal:\n      minProperties: 1\n", 1))
	if err == nil || !strings.Contains(err.Error(), "infinite loop") {
		t.Errorf("Animal with minProperties: %v", err)
	}
}
