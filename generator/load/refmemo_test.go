package load

import (
	"fmt"
	"math/rand"
	"testing"
)

// TestRefMemoAsResolveRef holds the memo to resolveRef: for every pair of
// bases and refs (plain and percent-encoded fragments, relative files,
// absolute URLs, URNs, malformed ones), the first answer and the
// remembered one are resolveRef's, errors included, asked in random order.
func TestRefMemoAsResolveRef(t *testing.T) {
	bases := []string{
		"file:///work/schema.json", "file:///work/sub/other.yaml", "https://example.com/schemas/root.json",
		"https://example.com/a/b/", "urn:example:root", "file:///work/has%20space.json", "", "%zz",
	}
	refs := []string{
		"", "#", "#/definitions/string", "#/definitions/Foo<Bar>", "#/definitions/a~1b", "#/definitions/a%25b",
		"#anchor", "other.json", "other.json#/$defs/X", "../up.json#/x", "/abs.json", "https://elsewhere.org/x.json#/y",
		"urn:other#/z", "%zz", ":bad", "#/definitions/with space", "sub/../flat.json#", "?q=1#/a",
	}
	var pairs []refPair
	for _, b := range bases {
		for _, r := range refs {
			pairs = append(pairs, refPair{b, r})
		}
	}
	var m refMemo
	rng := rand.New(rand.NewSource(1))
	for round := 0; round < 3; round++ {
		rng.Shuffle(len(pairs), func(i, j int) { pairs[i], pairs[j] = pairs[j], pairs[i] })
		for _, p := range pairs {
			wt, wf, werr := resolveRef(p.base, p.ref)
			gt, gf, gerr := m.resolve(p.base, p.ref)
			if gt != wt || gf != wf || fmt.Sprint(gerr) != fmt.Sprint(werr) {
				t.Fatalf("round %d: resolve(%q, %q) = %q, %q, %v; resolveRef gives %q, %q, %v", round, p.base, p.ref, gt, gf, gerr, wt, wf, werr)
			}
		}
	}
	if len(m.m) != len(pairs) {
		t.Fatalf("memo holds %d pairs, want %d (one per pair asked)", len(m.m), len(pairs))
	}
}
