package want

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// This file is hand-written: inheritance whose discriminator property is
// an enum (Pet), is declared on the variants alone (Shape, picked by the
// implicit values Circle and Square), or sits on a nullable base (Maybe).

func TestInheritVariantsRoundTrip(t *testing.T) {
	yes, r, label := true, 1.5, "a"
	doc := `{"pet":{"petType":"dog","barks":true},"shape":{"label":"a","shapeType":"Circle","radius":1.5}}`
	want := Zoo{
		Pet:   Pet{Value: &Dog{PetType: PetTypeDog, Barks: &yes}},
		Shape: Shape{Value: &Circle{Label: &label, ShapeType: "Circle", Radius: &r}},
	}
	zoo, err := DecodeZoo([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(want, zoo); d != "" {
		t.Errorf("%s (-want +got):\n%s", doc, d)
	}
	if out, err := json.Marshal(zoo); err != nil || string(out) != doc {
		t.Errorf("round trip: got %s, %v, want %s", out, err, doc)
	}
	if s, err := DecodeShape([]byte(`{"shapeType":"Square","side":2}`)); err != nil {
		t.Error(err)
	} else if _, ok := s.Value.(*Square); !ok {
		t.Errorf("Square decoded as %T", s.Value)
	}

	var seven int64 = 7
	for _, c := range []struct {
		doc  string
		want MaybeValue
	}{
		{`null`, nil},
		{`{"kind":"none"}`, &None{Kind: "none"}},
		{`{"kind":"some","value":7}`, &Some{Kind: "some", Value: &seven}},
	} {
		m, err := DecodeMaybe([]byte(c.doc))
		if err != nil {
			t.Fatalf("%s: %v", c.doc, err)
		}
		if d := cmp.Diff(c.want, m.Value); d != "" {
			t.Errorf("%s (-want +got):\n%s", c.doc, d)
		}
		if out, err := json.Marshal(m); err != nil || string(out) != c.doc {
			t.Errorf("round trip: got %s, %v, want %s", out, err, c.doc)
		}
	}
}
