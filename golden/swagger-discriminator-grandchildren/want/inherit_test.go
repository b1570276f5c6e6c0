package want

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// This file is hand-written: Swagger 2.0 inheritance on several levels.
// A fish decodes as whichever descendant its fishtype names, grandchildren
// too (AutoRest's polymorphism_putValid payload, trimmed), and encodes
// back to the same JSON; a child with a discriminator of its own (Whale)
// is its own struct among Fish's variants and a union of its own.

func TestFishFamilyRoundTrip(t *testing.T) {
	const doc = `{"fishtype":"salmon","length":1,"siblings":[` +
		`{"fishtype":"shark","length":20,"age":6},` +
		`{"fishtype":"goblin","length":30,"age":1,"jawsize":5},` +
		`{"fishtype":"cookiecuttershark","length":2,"age":3},` +
		`{"fishtype":"smart_salmon","length":4,"college_degree":"MSc"},` +
		`{"fishtype":"Whale","length":900,"blows":true},` +
		`{"fishtype":"Orca","length":700,"pod":"J"},` +
		`{"fishtype":"Fish","length":0}],"location":"alaska"}`
	var fish Fish
	if err := json.Unmarshal([]byte(doc), &fish); err != nil {
		t.Fatal(err)
	}
	alaska, jaw, msc, yes, j := "alaska", int32(5), "MSc", true, "J"
	want := &Salmon{Fishtype: "salmon", Length: 1, Location: &alaska, Siblings: []Fish{
		{Value: &Shark{Fishtype: "shark", Length: 20, Age: 6}},
		{Value: &Goblinshark{Fishtype: "goblin", Length: 30, Age: 1, Jawsize: &jaw}},
		{Value: &Cookiecuttershark{Fishtype: "cookiecuttershark", Length: 2, Age: 3}},
		{Value: &SmartSalmon{Fishtype: "smart_salmon", Length: 4, CollegeDegree: &msc}},
		{Value: &WhaleBase{Fishtype: "Whale", Length: 900, Blows: &yes}},
		{Value: &Orca{Fishtype: "Orca", Length: 700, Pod: &j}},
		{Value: &FishBase{Fishtype: "Fish"}},
	}}
	if d := cmp.Diff(want, fish.Value); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
	out, err := json.Marshal(fish)
	if err != nil || string(out) != doc {
		t.Errorf("round trip: got %s, %v, want %s", out, err, doc)
	}
	// Whale alone is the union of Orca and itself.
	var w Whale
	if err := json.Unmarshal([]byte(`{"fishtype":"Orca","length":1,"pod":"J"}`), &w); err != nil {
		t.Fatal(err)
	}
	if _, ok := w.Value.(*Orca); !ok {
		t.Errorf("Whale holds %T", w.Value)
	}
	// A fishtype that names no fish is refused, as is none.
	for _, doc := range []string{`{"fishtype":"trout","length":1}`, `{"length":1}`} {
		if err := json.Unmarshal([]byte(doc), &fish); err == nil {
			t.Errorf("%s decoded as %T", doc, fish.Value)
		}
	}
}
