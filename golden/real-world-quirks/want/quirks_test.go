package want

import (
	"encoding/json"
	"testing"
)

// This file is hand-written: it checks the behaviour behind the
// regressions of this case, beyond compiling.

// TestUnionWithEnumVariant: GitHub's "public" is a boolean or one of the
// strings "true"/"false"; both decode, and Validate checks the string
// variant against its enum.
func TestUnionWithEnumVariant(t *testing.T) {
	for _, in := range []string{`{"public": true}`, `{"public": "false"}`} {
		var g Gist
		if err := json.Unmarshal([]byte(in), &g); err != nil {
			t.Fatalf("%s: %v", in, err)
		}
		if err := g.Validate(); err != nil {
			t.Errorf("%s: %v", in, err)
		}
	}
	var g Gist
	if err := json.Unmarshal([]byte(`{"public": "maybe"}`), &g); err != nil {
		t.Fatal(err)
	}
	if err := g.Validate(); err == nil {
		t.Error(`"maybe" is not one of the enum's values, yet Validate passed`)
	}
}

// TestDraft4TupleItems: items written as a list is read as a tuple, whose
// positions (no minItems) may be left out: a short array leaves them nil
// and encodes as short as it came.
func TestDraft4TupleItems(t *testing.T) {
	var g Gist
	if err := json.Unmarshal([]byte(`{"point": [1.5, 2]}`), &g); err != nil {
		t.Fatal(err)
	}
	if g.Point == nil || g.Point.Item0 == nil || *g.Point.Item0 != 1.5 || g.Point.Item1 == nil || *g.Point.Item1 != 2 {
		t.Errorf("point = %+v", g.Point)
	}
	var short GistPoint
	if err := json.Unmarshal([]byte(`[1.5]`), &short); err != nil {
		t.Fatal(err)
	}
	if short.Item0 == nil || short.Item1 != nil {
		t.Errorf("[1.5] decoded as %+v", short)
	}
	if out, err := json.Marshal(short); err != nil || string(out) != "[1.5]" {
		t.Errorf("encoded as %s, %v", out, err)
	}
}
