package lower

import (
	"testing"

	"github.com/specgen/specgen/generator/ir"
)

// TestPatternNames pins how lowering names the variables of compiled
// patterns: after the first place that matches each, walking the
// declarations by name, then request bodies, then value checks — whatever
// order emit writes its files in.
func TestPatternNames(t *testing.T) {
	str := func(pattern string) ir.Type {
		return &ir.Primitive{Kind: ir.KindString, Check: ir.Rules{Pattern: pattern}}
	}
	slug := &ir.Decl{Name: "Slug", Type: str("^[a-z]+$")}
	id := &ir.Decl{Name: "ID", Type: &ir.Primitive{Kind: ir.KindUUID, Check: ir.Rules{Pattern: "^[0-9a-f-]+$"}}}
	alpha := object("Alpha", field("code", str("^[A-Z]{3}$"), true), field("slugs", listOf(ref(slug)), false))
	beta := object("Beta", field("code", str("^[A-Z]{3}$"), true), field("tag", str("^t"), false))
	gamma := &ir.Decl{Name: "Gamma", Type: &ir.Map{Elem: str("^x")}}
	body := &ir.Operation{Name: "PutThing", Body: &ir.Body{Chosen: &ir.Content{Encoding: ir.EncodingJSON, Type: str("^b$")}}}
	l := &lowerer{api: &ir.API{
		Decls:        []*ir.Decl{alpha, beta, gamma, id, slug},
		Operations:   []*ir.Operation{body},
		ValueSchemas: []*ir.ValueSchema{{Name: "checkRoot", Pattern: "^[A-Z]{3}$", PatternProperties: []ir.ValueProperty{{Name: "^v", Schema: &ir.ValueSchema{Name: "checkRootV"}}}}},
	}}
	for _, src := range []string{"^[A-Z]{3}$", "^[a-z]+$", "^[0-9a-f-]+$", "^t", "^x", "^b$", "^v", "^unused"} {
		l.patterns = mapSet(l.patterns, src)
	}
	l.namePatterns()
	want := map[string]string{
		"^[A-Z]{3}$":   "patternAlphaCode",      // Alpha's field before Beta's and the value check
		"^[a-z]+$":     "patternAlphaSlugsItem", // a declared string is checked where it is used
		"^x":           "patternGammaValue",
		"^t":           "patternBetaTag",
		"^b$":          "patternPutThingBody",
		"^v":           "patternRootV",
		"^[0-9a-f-]+$": "pattern", // a uuid's text is never matched: named by its text's order
		"^unused":      "pattern2",
	}
	for src, name := range want {
		if got := l.patterns[src].Name; got != name {
			t.Errorf("pattern %q is named %q, want %q", src, got, name)
		}
	}
	list := l.patternList()
	for i := 1; i < len(list); i++ {
		if list[i-1].Source >= list[i].Source {
			t.Errorf("Patterns not sorted by Source: %q before %q", list[i-1].Source, list[i].Source)
		}
	}
}

func mapSet(m map[string]*lowPattern, src string) map[string]*lowPattern {
	if m == nil {
		m = map[string]*lowPattern{}
	}
	m[src] = &lowPattern{Pattern: ir.Pattern{Source: src}}
	return m
}
