package want

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// This file is hand-written: it checks that the generated sum types decode,
// encode, compare and validate as README promises.

func TestTaggedUnionDecodes(t *testing.T) {
	var p Pet
	if err := json.Unmarshal([]byte(`{"pet_type":"dog","bark":"woof"}`), &p); err != nil {
		t.Fatal(err)
	}
	want := Pet{Value: &Dog{PetType: "dog", Bark: DogBarkWoof}}
	if diff := cmp.Diff(want, p); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if err := json.Unmarshal([]byte(`{"pet_type":"parrot"}`), &p); err == nil || !strings.Contains(err.Error(), `unknown pet_type "parrot"`) {
		t.Errorf("unknown tag: %v", err)
	}
	if err := json.Unmarshal([]byte(`{"lives":9}`), &p); err == nil {
		t.Error("a value without the discriminator decoded")
	}
	if err := json.Unmarshal([]byte(`null`), &p); err != nil || p.Value != nil {
		t.Errorf("null: %v, %v", err, p.Value)
	}
}

func TestImplicitMappingUsesSchemaNames(t *testing.T) {
	var p ImplicitPet
	if err := json.Unmarshal([]byte(`{"pet_type":"Cat","lives":7}`), &p); err != nil {
		t.Fatal(err)
	}
	if c, ok := p.Value.(*Cat); !ok || c.Lives != 7 {
		t.Errorf("got %#v", p.Value)
	}
}

func TestTaggedUnionEncodesTheTag(t *testing.T) {
	// The variant leaves pet_type empty: encoding fills in the mapped value.
	b, err := json.Marshal(Owner{Pet: Pet{Value: &Cat{Lives: 9}}})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), `{"pet":{"pet_type":"cat","lives":9}}`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	var back Owner
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(Owner{Pet: Pet{Value: &Cat{PetType: "cat", Lives: 9}}}, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	// An absent union field is left out (omitzero): Value is nil.
	if b, _ := json.Marshal(Owner{}); string(b) != `{}` {
		t.Errorf("empty owner encodes as %s", b)
	}
}

func TestShapeUnionPicksByRequiredProperties(t *testing.T) {
	var s Shape
	if err := json.Unmarshal([]byte(`{"pet_type":"x","bark":"yap"}`), &s); err != nil {
		t.Fatal(err)
	}
	if _, ok := s.Value.(*Dog); !ok {
		t.Errorf("bark without lives should be a Dog, got %T", s.Value)
	}
	if err := json.Unmarshal([]byte(`{"pet_type":"x","lives":1}`), &s); err != nil {
		t.Fatal(err)
	}
	if _, ok := s.Value.(*Cat); !ok {
		t.Errorf("lives should be a Cat, got %T", s.Value)
	}
	if err := json.Unmarshal([]byte(`{"pet_type":"x"}`), &s); err == nil {
		t.Error("a value with neither variant's required properties decoded")
	}
}

func TestScalarUnionPicksByJSONType(t *testing.T) {
	for in, want := range map[string]IDOrNameValue{
		`42`:        Ptr(IDOrNameInteger(42)),
		`"dev"`:     Ptr(IDOrNameString("dev")),
		`["a","b"]`: &IDOrNameList{"a", "b"},
	} {
		var v IDOrName
		if err := json.Unmarshal([]byte(in), &v); err != nil {
			t.Errorf("%s: %v", in, err)
			continue
		}
		if diff := cmp.Diff(IDOrName{Value: want}, v); diff != "" {
			t.Errorf("%s (-want +got):\n%s", in, diff)
		}
		out, _ := json.Marshal(v)
		if string(out) != in {
			t.Errorf("%s re-encoded as %s", in, out)
		}
	}
	var v IDOrName
	if err := json.Unmarshal([]byte(`1.5`), &v); err == nil {
		t.Errorf("1.5 decoded as %T", v.Value)
	}
}

func TestUnionValidateReachesTheVariant(t *testing.T) {
	o := Owner{Pets: []Pet{{Value: &Cat{}}, {Value: &Dog{Bark: "meow"}}}}
	err := o.Validate()
	if err == nil || err.Error() != `pets[1].bark: "meow" is not one of "woof", "yap"` {
		t.Errorf("Validate() = %v", err)
	}
}

func TestConstOneOfIsAnEnum(t *testing.T) {
	if ModeFast != "fast" || !ModeSafe.IsKnown() || Mode("slow").IsKnown() {
		t.Error("oneOf of consts should be the enum Mode")
	}
}
