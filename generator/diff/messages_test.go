package diff_test

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/specgen/specgen/generator"
	"github.com/specgen/specgen/generator/diff"
)

// internalText matches what must never reach a reader of a report: a Go
// type of specgen's own packages (as %T or %v print it), a fmt error verb,
// or a Go map or struct printed as Go prints it.
var internalText = regexp.MustCompile(`\*?\bir\.[A-Z]|%!|\bmap\[[^\]]*:|&\{|<nil>`)

// tabComment matches a YAML comment line indented with tabs, which
// yaml.v3 refuses and specgen reads past (golden/tolerate-yaml-tab-comments).
var tabComment = regexp.MustCompile(`(?m)^[ \t]*\t[ \t]*#.*$`)

// slashEscape is YAML 1.2's "\/" in a double-quoted scalar, which yaml.v3
// refuses and specgen's loader reads as "/" (golden/tolerate-yaml-slash-escapes).
var slashEscape = regexp.MustCompile(`([^\\])\\/`)

// flowKeyColon finds a plain key followed by its value with no space in a
// flow mapping (golden/tolerate-yaml-flow-key-colon), which specgen's
// reader reads past and yaml.v3 refuses.
var flowKeyColon = regexp.MustCompile(`(?m)^(\s+[A-Za-z_][A-Za-z0-9_.-]*):([\[{])`)

// checkTexts fails on any change whose words show specgen's internals.
func checkTexts(t *testing.T, name string, r *diff.Report) {
	t.Helper()
	for _, c := range r.Changes {
		for _, s := range []string{c.Message, c.Go, c.Location, c.Path, c.Subject} {
			if internalText.MatchString(s) {
				t.Errorf("%s: %s %s %q: internal text in %q", name, c.Subject, c.Rule, c.Where(), s)
			}
		}
	}
}

// TestMessagesForPeople compares every golden case's spec (and specgen's
// own) with random mutations of itself, both ways, and checks that no
// finding's text names a Go type of specgen's internals or prints a value
// as Go does. The mutations are the changes reviewers meet: properties
// added, removed or made required, types and formats changed, enums
// grown and shrunk, schemas wrapped in a oneOf and unwrapped, integer
// enums written as oneOf of consts.
func TestMessagesForPeople(t *testing.T) {
	docs, _ := filepath.Glob("../../golden/*/openapi.yaml")
	docs = append(docs, "../../spec/openapi.yaml")
	sort.Strings(docs)
	compared := 0
	for i, path := range docs {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var doc any
		if err := yaml.Unmarshal(flowKeyColon.ReplaceAll(slashEscape.ReplaceAll(tabComment.ReplaceAll(b, nil), []byte("${1}/")), []byte("${1}: ${2}")), &doc); err != nil {
			if _, statErr := os.Stat(filepath.Join(filepath.Dir(path), "error.txt")); statErr == nil {
				continue // a golden case of a broken document (error-malformed-yaml)
			}
			t.Fatal(err)
		}
		base := lowerDoc(t, doc)
		if base == nil {
			continue // an error case: nothing to compare
		}
		rng := rand.New(rand.NewPCG(uint64(i), 17))
		for round := 0; round < 6; round++ {
			mutated := deepCopy(doc)
			nodes := schemaNodes(mutated)
			if len(nodes) == 0 {
				break
			}
			for k := 0; k < 1+rng.IntN(3); k++ {
				mutate(rng, nodes[rng.IntN(len(nodes))])
			}
			other := lowerDoc(t, mutated)
			if other == nil {
				continue // the mutation made a spec lowering refuses
			}
			compared++
			checkTexts(t, path, diff.Compare(base.API, other.API))
			checkTexts(t, path+" (reversed)", diff.Compare(other.API, base.API))
		}
	}
	if compared < 50 {
		t.Errorf("only %d mutated documents compared", compared)
	}
	t.Logf("%d mutated documents compared both ways", compared)
}

// lowerDoc lowers a document given as decoded YAML, or returns nil when
// lowering refuses it.
func lowerDoc(t *testing.T, doc any) *generator.Result {
	t.Helper()
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "openapi.json")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := generator.Run(generator.Config{Spec: path, Package: "api", SkipUnsupported: true})
	if err != nil {
		return nil
	}
	return r
}

func deepCopy(v any) any {
	switch x := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = deepCopy(e)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = deepCopy(e)
		}
		return out
	}
	return v
}

// schemaNodes collects the schemas of a document (components, properties,
// items, variants), in a stable order.
func schemaNodes(doc any) []map[string]any {
	var out []map[string]any
	var visit func(s any)
	visit = func(s any) {
		m, ok := s.(map[string]any)
		if !ok {
			return
		}
		out = append(out, m)
		if props, ok := m["properties"].(map[string]any); ok {
			for _, k := range sortedKeys(props) {
				visit(props[k])
			}
		}
		visit(m["items"])
		for _, kw := range []string{"oneOf", "anyOf", "allOf"} {
			if vs, ok := m[kw].([]any); ok {
				for _, v := range vs {
					visit(v)
				}
			}
		}
	}
	top, _ := doc.(map[string]any)
	comps, _ := top["components"].(map[string]any)
	schemas, _ := comps["schemas"].(map[string]any)
	for _, k := range sortedKeys(schemas) {
		visit(schemas[k])
	}
	return out
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// mutate changes one schema in place the way a spec edit would.
func mutate(rng *rand.Rand, s map[string]any) {
	props, _ := s["properties"].(map[string]any)
	switch rng.IntN(11) {
	case 0: // a property removed
		if keys := sortedKeys(props); len(keys) > 0 {
			delete(props, keys[rng.IntN(len(keys))])
		}
	case 1: // a property added, maybe required
		if props != nil {
			props["added_prop"] = map[string]any{"type": "integer", "format": "int32"}
			if rng.IntN(2) == 0 {
				req, _ := s["required"].([]any)
				s["required"] = append(req, "added_prop")
			}
		}
	case 2: // another JSON type
		s["type"] = []string{"string", "integer", "boolean", "number"}[rng.IntN(4)]
	case 3: // a format
		s["format"] = []string{"uuid", "date-time", "int32", "email", "int64"}[rng.IntN(5)]
	case 4: // an enum grows or appears
		if vs, ok := s["enum"].([]any); ok && len(vs) > 0 {
			s["enum"] = append(vs, "added_value")
		} else if s["type"] == "string" {
			s["enum"] = []any{"a", "b"}
		}
	case 5: // an enum shrinks
		if vs, ok := s["enum"].([]any); ok && len(vs) > 1 {
			s["enum"] = vs[1:]
		}
	case 6: // wrapped in a oneOf with a string
		inner := deepCopy(s)
		for k := range s {
			delete(s, k)
		}
		s["oneOf"] = []any{inner, map[string]any{"type": "string"}}
	case 7: // a oneOf unwrapped to its first variant
		if vs, ok := s["oneOf"].([]any); ok && len(vs) > 0 {
			if first, ok := vs[0].(map[string]any); ok {
				delete(s, "oneOf")
				delete(s, "discriminator")
				for k, v := range first {
					s[k] = v
				}
			}
		}
	case 8: // an integer enum written as oneOf of consts
		for k := range s {
			delete(s, k)
		}
		n := 1 + rng.IntN(3)
		var vs []any
		for i := 0; i < n; i++ {
			vs = append(vs, map[string]any{"const": i + 1, "title": "Value" + string(rune('A'+i))})
		}
		s["oneOf"] = vs
	case 9: // bounds and checks
		s["maxLength"] = 1 + rng.IntN(10)
		s["minimum"] = rng.IntN(5)
		s["dependentRequired"] = map[string]any{"a": []any{"b"}}
	case 10: // nullable, readOnly and a default
		s["nullable"] = true
		s["readOnly"] = rng.IntN(2) == 0
		s["default"] = map[string]any{"x": []any{1, 2}}
	}
}
