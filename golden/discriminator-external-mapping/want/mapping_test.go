package want

import (
	"encoding/json"
	"testing"
)

// This file is hand-written: the mapping's references into animals.yaml
// select the variants.

func TestExternalMappingSelectsTheVariant(t *testing.T) {
	var a Animal
	if err := json.Unmarshal([]byte(`{"kind":"dog","barks":true}`), &a); err != nil {
		t.Fatal(err)
	}
	if d, ok := a.Value.(*Dog); !ok || d.Barks == nil || !*d.Barks {
		t.Errorf("got %#v", a.Value)
	}
	out, err := json.Marshal(Animal{Value: &Cat{Lives: Ptr(int64(9))}})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(out), `{"kind":"cat","lives":9}`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
