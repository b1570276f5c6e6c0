package load

import (
	"strings"
	"testing"

	"github.com/specgen/specgen/generator/document"
)

// TestInheritMapped: a base with a discriminator and no oneOf gets its
// children as oneOf (mapped by a $ref, by a bare name, by
// x-ms-discriminator-value, only inheriting it through a named alias, or
// inheriting a child of it: Kitten), then itself without them; every
// allOf member that reached the base reaches its Base. A schema that merely refers to the base (Zoo.star)
// still reaches the whole union, and a discriminated schema without
// children stays as it was.
func TestInheritMapped(t *testing.T) {
	const spec = `openapi: 3.0.3
info: {title: t, version: "1"}
paths: {}
components:
  schemas:
    Pet:
      properties:
        petType: {type: string}
      discriminator:
        propertyName: petType
        mapping: {cat: '#/components/schemas/Cat', dog: Dog}
    Animal:
      $ref: '#/components/schemas/Pet'
    Cat:
      allOf: [{$ref: '#/components/schemas/Pet'}]
    Dog:
      allOf: [{$ref: '#/components/schemas/Pet'}, {properties: {barks: {type: boolean}}}]
    Bird:
      x-ms-discriminator-value: bird
      allOf: [{$ref: '#/components/schemas/Animal'}]
    Kitten:
      allOf: [{$ref: '#/components/schemas/Cat'}]
    Zoo:
      properties:
        star: {$ref: '#/components/schemas/Pet'}
    Lonely:
      properties:
        kind: {type: string}
      discriminator: {propertyName: kind}
`
	doc, err := loadText(t, spec)
	if err != nil {
		t.Fatal(err)
	}
	s := map[string]*document.Schema{}
	for _, n := range doc.Named {
		s[n.Name] = n.Schema
	}
	pet := s["Pet"]
	if pet.Base == nil {
		t.Fatal("Pet has no base")
	}
	want := []*document.Schema{s["Cat"], s["Dog"], s["Bird"], s["Kitten"], pet.Base}
	if len(pet.OneOf) != len(want) {
		t.Fatalf("Pet's oneOf has %d schemas, want %d", len(pet.OneOf), len(want))
	}
	for i := range want {
		if pet.OneOf[i] != want[i] {
			t.Errorf("Pet's oneOf[%d] is %s", i, pet.OneOf[i].Key)
		}
	}
	for _, c := range []string{"Cat", "Dog", "Bird"} {
		if got := s[c].AllOf[0].Ref; got != pet.Base {
			t.Errorf("%s's allOf reaches %v, not Pet's base", c, got)
		}
	}
	if s["Kitten"].AllOf[0].Ref != s["Cat"] || !s["Kitten"].Variant {
		t.Error("Kitten no longer inherits Cat, or is not marked a variant")
	}
	if s["Zoo"].Properties[0].Schema.Ref != pet || s["Animal"].Ref != pet {
		t.Error("a reference to Pet outside allOf no longer reaches the union")
	}
	nameOf := func(x *document.Schema) string {
		for n, v := range s {
			if v == x {
				return n
			}
		}
		if x == pet.Base {
			return "Pet's base"
		}
		return "?"
	}
	var tags []string
	for _, m := range pet.Discriminator.Mapping {
		tags = append(tags, m.Name+"="+nameOf(m.Schema))
	}
	if got := strings.Join(tags, ", "); got != "cat=Cat, dog=Dog, bird=Bird, Pet=Pet's base" {
		t.Errorf("mapping %s", got)
	}
	if l := s["Lonely"]; len(l.OneOf) != 0 || l.Base != nil {
		t.Error("a discriminated schema without children changed")
	}
}
