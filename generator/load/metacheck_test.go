package load

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/specgen/specgen/generator/sharedtest"
)

// metaSchemas are the meta-schemas plainSchema stands in for, by draft,
// with the vocabularies 2020-12's is made of.
var metaSchemas = map[int][]string{
	4: {"https://json-schema.org/draft-04/schema"},
	6: {"https://json-schema.org/draft-06/schema"},
	7: {"https://json-schema.org/draft-07/schema"},
	2019: {
		"https://json-schema.org/draft/2019-09/schema",
		"https://json-schema.org/draft/2019-09/meta/core",
		"https://json-schema.org/draft/2019-09/meta/applicator",
		"https://json-schema.org/draft/2019-09/meta/validation",
		"https://json-schema.org/draft/2019-09/meta/meta-data",
		"https://json-schema.org/draft/2019-09/meta/format",
		"https://json-schema.org/draft/2019-09/meta/content",
	},
	2020: {
		"https://json-schema.org/draft/2020-12/schema",
		"https://json-schema.org/draft/2020-12/meta/core",
		"https://json-schema.org/draft/2020-12/meta/applicator",
		"https://json-schema.org/draft/2020-12/meta/unevaluated",
		"https://json-schema.org/draft/2020-12/meta/validation",
		"https://json-schema.org/draft/2020-12/meta/meta-data",
		"https://json-schema.org/draft/2020-12/meta/format-annotation",
		"https://json-schema.org/draft/2020-12/meta/content",
	},
}

// metaFor returns the compiled meta-schema of a draft.
func metaFor(t *testing.T, draft int) *jsonschema.Schema {
	t.Helper()
	s, err := jsonschema.NewCompiler().Compile(metaSchemas[draft][0])
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestMetaRulesCoverMetaSchemas checks that every keyword a meta-schema
// constrains has a rule for its draft: a keyword plainSchema did not know
// would pass unchecked.
func TestMetaRulesCoverMetaSchemas(t *testing.T) {
	for draft, urls := range metaSchemas {
		for _, u := range urls {
			s, err := jsonschema.NewCompiler().Compile(u)
			if err != nil {
				t.Fatalf("%s: %v", u, err)
			}
			if len(s.Properties) == 0 && u != metaSchemas[2020][0] && u != metaSchemas[2019][0] {
				t.Errorf("%s: no properties read", u)
			}
			for k := range s.Properties {
				rule, ok := metaRules[k]
				switch {
				case !ok:
					t.Errorf("draft %d: %s constrains %q, which metaRules lacks", draft, u, k)
				case draft == 4 && rule.after4, draft != 4 && rule.only4:
					t.Errorf("draft %d: %s constrains %q, whose rule says it is not this draft's", draft, u, k)
				}
			}
		}
	}
}

// TestPlainSchemaSound checks that plainSchema never accepts a schema the
// draft's meta-schema rejects, over random schemas built from every
// keyword with values of every kind, and that it accepts enough of them to
// be worth having.
func TestPlainSchemaSound(t *testing.T) {
	var keywords []string
	for k := range metaRules {
		keywords = append(keywords, k)
	}
	slices.Sort(keywords)
	keywords = append(keywords, "nullable", "example", "x-go-name", "discriminator")
	for _, draft := range []int{4, 6, 7, 2019, 2020} {
		meta := metaFor(t, draft)
		r := rand.New(rand.NewPCG(uint64(draft), 1))
		plain, n := 0, 4000
		for i := range n {
			v := randomSchema(r, keywords, 3)
			if !plainSchema(v, draft) {
				continue
			}
			plain++
			if err := meta.Validate(v); err != nil {
				b, _ := json.Marshal(v)
				t.Fatalf("draft %d, schema %d: plainSchema accepts %s, which the meta-schema rejects: %v", draft, i, b, err)
			}
		}
		if plain < n/20 {
			t.Errorf("draft %d: only %d of %d random schemas plain: the test checks too little", draft, plain, n)
		}
		t.Logf("draft %d: %d of %d random schemas plain, all valid", draft, plain, n)
	}
}

// randomSchema builds a schema-like object: a few keywords, each with a
// value that fits it about half the time.
func randomSchema(r *rand.Rand, keywords []string, depth int) any {
	if r.IntN(10) == 0 {
		return r.IntN(2) == 0
	}
	m := map[string]any{}
	for range r.IntN(4) {
		k := keywords[r.IntN(len(keywords))]
		m[k] = randomValueFor(r, k, keywords, depth)
	}
	return m
}

func randomValueFor(r *rand.Rand, k string, keywords []string, depth int) any {
	if r.IntN(3) == 0 || depth == 0 {
		return randomValue(r, keywords, depth)
	}
	sub := func() any { return randomSchema(r, keywords, depth-1) }
	switch k {
	case "type":
		types := []any{"string", "integer", "object", "array", "null", "number", "boolean", "int"}
		if r.IntN(2) == 0 {
			return types[r.IntN(len(types))]
		}
		return []any{types[r.IntN(len(types))], types[r.IntN(len(types))]}
	case "required", "enum", "examples":
		names := []any{"a", "b", "a", json.Number("1"), json.Number("1.0"), nil, true}
		out := []any{}
		for range r.IntN(3) {
			out = append(out, names[r.IntN(len(names))])
		}
		return out
	case "pattern", "$ref", "format", "title":
		return []string{"^a+$", "(", "#/definitions/x", `a\b`, "http://[::1]/x", ""}[r.IntN(6)]
	case "properties", "definitions", "$defs", "patternProperties", "dependentSchemas", "dependencies", "dependentRequired":
		out := map[string]any{}
		for range r.IntN(3) {
			name := []string{"a", "[", "b*"}[r.IntN(3)]
			if r.IntN(3) == 0 {
				out[name] = []any{"a", "b"}[:r.IntN(3)]
			} else {
				out[name] = sub()
			}
		}
		return out
	case "allOf", "anyOf", "oneOf", "prefixItems", "items":
		if k == "items" && r.IntN(2) == 0 {
			return sub()
		}
		out := []any{}
		for range r.IntN(3) {
			out = append(out, sub())
		}
		return out
	}
	if rule, ok := metaRules[k]; ok && rule.ok(sub(), 2020) {
		return sub()
	}
	return randomValue(r, keywords, depth)
}

// randomValue is any JSON value, numbers as the decoder gives them.
func randomValue(r *rand.Rand, keywords []string, depth int) any {
	switch r.IntN(8) {
	case 0:
		return nil
	case 1:
		return r.IntN(2) == 0
	case 2:
		return json.Number([]string{"0", "1", "-1", "2.5", "1.0", "1e400", "-0", "1e-400", "7"}[r.IntN(9)])
	case 3:
		return []string{"", "a", "string", "^x$", "("}[r.IntN(5)]
	case 4:
		if depth > 0 {
			return []any{randomValue(r, keywords, depth-1)}
		}
		return []any{}
	case 5:
		if depth > 0 {
			return randomSchema(r, keywords, depth-1)
		}
		return map[string]any{}
	}
	return json.Number(strconv.Itoa(r.IntN(20)))
}

// TestPlainSchemaSoundOnSuite checks plainSchema against the meta-schema
// on every schema of the JSON-Schema-Test-Suite for its two drafts.
func TestPlainSchemaSoundOnSuite(t *testing.T) {
	for draft, dir := range map[int]string{4: "draft4", 6: "draft6", 7: "draft7", 2019: "draft2019-09", 2020: "draft2020-12"} {
		meta := metaFor(t, draft)
		files, err := filepath.Glob(filepath.Join(sharedtest.Path(t, "corpus/json-schema-test-suite/tests/"+dir), "*.json"))
		if err != nil || len(files) == 0 {
			t.Fatalf("draft %d: no suite files (%v)", draft, err)
		}
		plain, total := 0, 0
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			dec := json.NewDecoder(bytes.NewReader(data))
			dec.UseNumber()
			var groups []struct {
				Schema any `json:"schema"`
			}
			if err := dec.Decode(&groups); err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			for i, g := range groups {
				total++
				if m, ok := g.Schema.(map[string]any); ok {
					// The gate leaves a $schema naming a draft to the
					// compiler; the rest of the schema is what it asks
					// plainSchema about.
					delete(m, "$schema")
				}
				if !plainSchema(g.Schema, draft) {
					continue
				}
				plain++
				if err := meta.Validate(g.Schema); err != nil {
					t.Errorf("%s group %d: plainSchema accepts a schema the meta-schema rejects: %v", filepath.Base(file), i, err)
				}
			}
		}
		t.Logf("draft %d: %d of %d suite schemas plain, all valid", draft, plain, total)
		if plain < total/2 {
			t.Errorf("draft %d: only %d of %d suite schemas plain", draft, plain, total)
		}
	}
}
