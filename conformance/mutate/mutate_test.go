package mutate

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

const doc = `{"name":"App","on":{"push":{"branches":["main","dev"]}},"n":7,"x":1.5,"ok":true,"z":null}`

func TestVariantsDeterministic(t *testing.T) {
	a := Variants([]byte(doc), 1, "d", 60)
	b := Variants([]byte(doc), 1, "d", 60)
	if len(a) != 60 || !slices.EqualFunc(a, b, func(x, y Variant) bool { return x.Name == y.Name && string(x.Data) == string(y.Data) }) {
		t.Fatalf("two draws of one seed differ, or too few: %d", len(a))
	}
	c := Variants([]byte(doc), 2, "d", 60)
	if slices.EqualFunc(a, c, func(x, y Variant) bool { return x.Name == y.Name }) {
		t.Fatal("another seed drew the same variants")
	}
}

// Every kind that applies to the document is dealt before any repeats,
// every variant differs from the document and from each other, and each is
// one line of JSON (the verdict program reads one document a line).
func TestVariantsCoverKinds(t *testing.T) {
	vs := Variants([]byte(doc), 7, "d", 1000)
	seen := map[string]bool{}
	byKind := map[string]bool{}
	for _, v := range vs {
		if seen[string(v.Data)] || string(v.Data) == doc {
			t.Errorf("%s repeats a document", v.Name)
		}
		seen[string(v.Data)] = true
		if strings.ContainsRune(string(v.Data), '\n') {
			t.Errorf("%s: more than one line", v.Name)
		}
		k, _, _ := strings.Cut(v.Name, "@")
		byKind[k] = true
		if !json.Valid(v.Data) {
			t.Errorf("%s: not JSON: %s", v.Name, v.Data)
		}
	}
	for _, k := range kinds {
		if !byKind[k.name] {
			t.Errorf("kind %s never drawn", k.name)
		}
	}
	first := Variants([]byte(doc), 7, "d", len(kinds))
	names := map[string]bool{}
	for _, v := range first {
		k, _, _ := strings.Cut(v.Name, "@")
		names[k] = true
	}
	if len(names) != len(kinds) {
		t.Errorf("the first %d variants hold %d kinds", len(kinds), len(names))
	}
}

// The mutations reach nested values and write what they say, text as
// written.
func TestVariantsText(t *testing.T) {
	want := map[string]string{
		"drop@/on/push":                      `{"name":"App","on":{"push":{}},"n":7,"x":1.5,"ok":true,"z":null}`,
		"dupkey-first@/on/push":              `{"name":"App","on":{"push":{"branches":null,"branches":["main","dev"]}},"n":7,"x":1.5,"ok":true,"z":null}`,
		"lone-surrogate@/on/push/branches/1": `{"name":"App","on":{"push":{"branches":["main","dev\ud800"]}},"n":7,"x":1.5,"ok":true,"z":null}`,
		"overflow@/n":                        `{"name":"App","on":{"push":{"branches":["main","dev"]}},"n":1e309,"x":1.5,"ok":true,"z":null}`,
		"trailing-space@/name":               `{"name":"App ","on":{"push":{"branches":["main","dev"]}},"n":7,"x":1.5,"ok":true,"z":null}`,
	}
	for _, v := range Variants([]byte(doc), 3, "d", 1000) {
		if w, ok := want[v.Name]; ok {
			if string(v.Data) != w {
				t.Errorf("%s:\n got %s\nwant %s", v.Name, v.Data, w)
			}
			delete(want, v.Name)
		}
	}
	for n := range want {
		t.Errorf("%s not drawn", n)
	}
	if Variants([]byte(`{"a":`), 1, "d", 10) != nil {
		t.Error("a document that is not JSON has variants")
	}
}
