package diff_test

import (
	"strings"
	"testing"

	"github.com/specgen/specgen/generator/diff"
)

// unionDoc is an API that takes Query as a request body (ByName's level is
// a Level) and answers Pet; schemas holds the components (YAML, two
// spaces in).
func unionDoc(schemas string) string {
	return `openapi: 3.1.0
info: {title: U, version: "1"}
paths:
  /pets:
    post:
      operationId: findPets
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Query'}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Pet'}
components:
  schemas:
` + schemas
}

const (
	levelLowHigh = `    Level:
      oneOf:
        - {const: 1, title: Low}
        - {const: 2, title: High}
`
	levelLow = `    Level:
      oneOf:
        - {const: 1, title: Low}
`
	catDog = `    Cat:
      type: object
      required: [kind]
      properties: {kind: {type: string}, meow: {type: string}}
    Dog:
      type: object
      required: [kind]
      properties: {kind: {type: string}, bark: {type: string}}
    Bird:
      type: object
      required: [kind]
      properties: {kind: {type: string}, wings: {type: integer}}
    Query:
      oneOf:
        - {$ref: '#/components/schemas/ByName'}
        - {$ref: '#/components/schemas/ByTag'}
    ByName:
      type: object
      required: [name]
      properties: {name: {type: string}, level: {$ref: '#/components/schemas/Level'}}
    ByTag:
      type: object
      required: [tag]
      properties: {tag: {type: string}}
`
	petCatDog = `    Pet:
      oneOf:
        - {$ref: '#/components/schemas/Cat'}
        - {$ref: '#/components/schemas/Dog'}
      discriminator: {propertyName: kind}
`
	petCatDogBird = `    Pet:
      oneOf:
        - {$ref: '#/components/schemas/Cat'}
        - {$ref: '#/components/schemas/Dog'}
        - {$ref: '#/components/schemas/Bird'}
      discriminator: {propertyName: kind}
`
)

// TestConstUnionEnum: an integer enum written as oneOf of consts that
// loses a value a request may send breaks clients, and the Go type that
// stood for the value disappears.
func TestConstUnionEnum(t *testing.T) {
	r := compareDocs(t, unionDoc(levelLowHigh+catDog+petCatDog), unionDoc(levelLow+catDog+petCatDog))
	expect(t, r, "Level", "", "enum-value-removed", diff.Breaking)
	if got := find(r, "Level", "", "enum-value-removed"); len(got) == 1 && got[0].Go != "type LevelHigh removed" {
		t.Errorf("Go note %q, want %q", got[0].Go, "type LevelHigh removed")
	}
	back := compareDocs(t, unionDoc(levelLow+catDog+petCatDog), unionDoc(levelLowHigh+catDog+petCatDog))
	expect(t, back, "Level", "", "enum-value-added", diff.NonBreaking)
}

// TestStringConstUnionEnum: a string enum written as oneOf of consts is an
// enum with constants; a value removed removes its constant.
func TestStringConstUnionEnum(t *testing.T) {
	level := func(vals ...string) string {
		s := "    Level:\n      oneOf:\n"
		for _, v := range vals {
			s += "        - {const: " + v + "}\n"
		}
		return s
	}
	r := compareDocs(t, unionDoc(level("low", "high")+catDog+petCatDog), unionDoc(level("low")+catDog+petCatDog))
	expect(t, r, "Level", "", "enum-value-removed", diff.Breaking)
	if got := find(r, "Level", "", "enum-value-removed"); len(got) == 1 && got[0].Go != "constant LevelHigh removed" {
		t.Errorf("Go note %q, want %q", got[0].Go, "constant LevelHigh removed")
	}
}

// TestUnionVariants: a variant added to a response union breaks old
// decoders; one added to a request union does not; one removed from a
// request union does.
func TestUnionVariants(t *testing.T) {
	r := compareDocs(t, unionDoc(levelLowHigh+catDog+petCatDog), unionDoc(levelLowHigh+catDog+petCatDogBird))
	expect(t, r, "Pet", "oneOf[Bird]", "variant-added", diff.Breaking)

	byID := `    Query:
      oneOf:
        - {$ref: '#/components/schemas/ByName'}
        - {$ref: '#/components/schemas/ByTag'}
        - {type: object, required: [id], properties: {id: {type: integer}}}
`
	withID := strings.Replace(catDog, `    Query:
      oneOf:
        - {$ref: '#/components/schemas/ByName'}
        - {$ref: '#/components/schemas/ByTag'}
`, byID, 1)
	r = compareDocs(t, unionDoc(levelLowHigh+catDog+petCatDog), unionDoc(levelLowHigh+withID+petCatDog))
	expect(t, r, "Query", "oneOf[object]", "variant-added", diff.NonBreaking)
	r = compareDocs(t, unionDoc(levelLowHigh+withID+petCatDog), unionDoc(levelLowHigh+catDog+petCatDog))
	expect(t, r, "Query", "oneOf[object]", "variant-removed", diff.Breaking)
}

// TestDirectionThroughUnions: a required property added to a schema that
// only a response union reaches breaks no one; added to one a request
// union reaches, it breaks clients.
func TestDirectionThroughUnions(t *testing.T) {
	withWhiskers := strings.Replace(catDog, "properties: {kind: {type: string}, meow: {type: string}}",
		"required: [kind, whiskers]\n      properties: {kind: {type: string}, meow: {type: string}, whiskers: {type: integer}}", 1)
	withWhiskers = strings.Replace(withWhiskers, "      required: [kind]\n      required: [kind, whiskers]", "      required: [kind, whiskers]", 1)
	r := compareDocs(t, unionDoc(levelLowHigh+catDog+petCatDog), unionDoc(levelLowHigh+withWhiskers+petCatDog))
	expect(t, r, "Cat", "whiskers", "field-added", diff.NonBreaking)
	for _, c := range find(r, "Cat", "whiskers", "field-added") {
		if len(c.UsedBy) != 1 || c.UsedBy[0].String() != "POST /pets (response 200)" {
			t.Errorf("Cat used by %v, want POST /pets (response 200)", c.UsedBy)
		}
	}
	withScope := strings.Replace(catDog, "required: [tag]\n      properties: {tag: {type: string}}",
		"required: [tag, scope]\n      properties: {tag: {type: string}, scope: {type: string}}", 1)
	r = compareDocs(t, unionDoc(levelLowHigh+catDog+petCatDog), unionDoc(levelLowHigh+withScope+petCatDog))
	expect(t, r, "ByTag", "scope", "field-added", diff.Breaking)
}

// TestDirectionThroughAllOf: a schema that only serves as an allOf member
// of a response schema travels in responses.
func TestDirectionThroughAllOf(t *testing.T) {
	doc := func(baseRequired string) string {
		return oneSchemaDoc(`    Base:
      type: object
      required: [` + baseRequired + `]
      properties: {id: {type: string}, created: {type: string}}
    Thing:
      allOf:
        - {$ref: '#/components/schemas/Base'}
        - type: object
          properties: {name: {type: string}}
`)
	}
	r := compareDocs(t, doc("id"), doc("id, created"))
	expect(t, r, "Base", "created", "field-required", diff.NonBreaking)
	expect(t, r, "Thing", "created", "field-required", diff.NonBreaking)
}

// TestUnionBecameObject: a union that becomes an object is one change of
// type, breaking at the schema, and its uses say nothing else.
func TestUnionBecameObject(t *testing.T) {
	object := `    Pet:
      type: object
      required: [kind]
      properties: {kind: {type: string}}
`
	for _, c := range []struct{ name, old, new string }{
		{"union to object", petCatDog, object},
		{"object to union", object, petCatDog},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := compareDocs(t, unionDoc(levelLowHigh+catDog+c.old), unionDoc(levelLowHigh+catDog+c.new))
			expect(t, r, "Pet", "", "type-changed", diff.Breaking)
			for _, ch := range r.Changes {
				if ch.Subject == "POST /pets" && strings.Contains(ch.Where(), "response") {
					t.Errorf("use reported besides the schema: %+v", ch)
				}
			}
		})
	}
}

// TestInlineUnionBecameObject: an inline union property that becomes one
// of its variants narrowed, a scalar that becomes a union holding it
// widened, and a union that becomes something else changed type.
func TestInlineUnionBecameObject(t *testing.T) {
	doc := func(prop string) string {
		return oneSchemaDoc("    Thing:\n      type: object\n      properties:\n        owner: " + prop + "\n")
	}
	union := "{oneOf: [{type: string}, {type: object, properties: {name: {type: string}}}]}"
	object := "{type: object, properties: {name: {type: string}}}"
	// The object is the union's object variant: the answer narrowed.
	r := compareDocs(t, doc(union), doc(object))
	expect(t, r, "Thing", "owner", "type-narrowed", diff.NonBreaking)
	r = compareDocs(t, doc(union), doc("{type: integer}"))
	expect(t, r, "Thing", "owner", "type-changed", diff.Breaking)
	r = compareDocs(t, doc("{type: string}"), doc(union))
	expect(t, r, "Thing", "owner", "type-widened", diff.Breaking)
	r = compareDocs(t, doc(union), doc("{type: string}"))
	expect(t, r, "Thing", "owner", "type-narrowed", diff.NonBreaking)
}

// TestDiscriminatorValues: a variant selected by another discriminator
// value is a change both ways.
func TestDiscriminatorValues(t *testing.T) {
	mapped := func(catTag string) string {
		return `    Pet:
      oneOf:
        - {$ref: '#/components/schemas/Cat'}
        - {$ref: '#/components/schemas/Dog'}
      discriminator:
        propertyName: kind
        mapping: {` + catTag + `: '#/components/schemas/Cat', dog: '#/components/schemas/Dog'}
`
	}
	r := compareDocs(t, unionDoc(levelLowHigh+catDog+mapped("cat")), unionDoc(levelLowHigh+catDog+mapped("feline")))
	expect(t, r, "Pet", "oneOf[feline]", "discriminator-value-added", diff.Breaking)
	expect(t, r, "Pet", "oneOf[feline]", "discriminator-value-removed", diff.NonBreaking)
}

// TestUsedByEveryFinding: every change to a named schema lists the
// operations that reach it, in the text report too.
func TestUsedByEveryFinding(t *testing.T) {
	r := compareDocs(t, unionDoc(levelLowHigh+catDog+petCatDog), unionDoc(levelLow+catDog+petCatDogBird))
	n := 0
	for _, c := range r.Changes {
		if c.Kind != diff.SubjectSchema {
			continue
		}
		n++
		if len(c.UsedBy) == 0 || c.UsedByCount != len(c.UsedBy) {
			t.Errorf("%s %s: used by %v (count %d)", c.Subject, c.Rule, c.UsedBy, c.UsedByCount)
		}
	}
	if n == 0 {
		t.Fatal("no schema changes")
	}
	if out := text(r); !strings.Contains(out, "(used by 1: POST /pets (request body))") {
		t.Errorf("text report lacks Level's uses:\n%s", out)
	}
}

// TestUntaggedBase: a base with a discriminator and no oneOf that stops
// requiring its discriminator property decodes a value without it as
// itself: an old decoder of the response refuses what the new API may
// send. Requiring it again refuses such a value, which no response
// reader minds.
func TestUntaggedBase(t *testing.T) {
	pet := func(required string) string {
		return `    Pet:
      type: object
      discriminator: {propertyName: kind}
      required: [` + required + `]
      properties: {kind: {type: string}, name: {type: string}}
    Cat:
      allOf:
        - {$ref: '#/components/schemas/Pet'}
        - {type: object, properties: {meow: {type: string}}}
`
	}
	query := levelLowHigh + catDog[strings.Index(catDog, "    Query:"):] // Query and what it names, without Cat, Dog and Bird
	r := compareDocs(t, unionDoc(query+pet("kind, name")), unionDoc(query+pet("name")))
	expect(t, r, "Pet", "", "untagged-accepted", diff.Breaking)
	back := compareDocs(t, unionDoc(query+pet("name")), unionDoc(query+pet("kind, name")))
	expect(t, back, "Pet", "", "untagged-refused", diff.NonBreaking)
}
