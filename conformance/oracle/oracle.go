// Package oracle answers whether a JSON document satisfies a JSON Schema
// file, by santhosh-tekuri/jsonschema, the reference the conformance harness
// holds specgen's generated code to outside the official suite (real
// schemas, random schemas): it labels each document.
//
// It reads schemas as a user of specgen gives them: the draft from
// `$schema` (2020-12 when there is none, as specgen assumes), remote
// documents from the same URL=PATH maps as specgen's -ref and -ref-dir,
// nothing from the network. Formats are asserted as each draft says: always
// up to draft-07, only as annotations in 2019-09 and 2020-12 unless asked.
//
// It is jsonschema v6 with dlclark/regexp2 in ECMAScript mode, not the v5
// that specgen's loader uses: real schemas are written for JavaScript
// validators, and their patterns use ECMA-262 (lookahead, \cX) that Go's
// regexp, and so v5, cannot compile — v5 could not label the documents of
// 5 of the first 60 real schemas tried.
package oracle

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/dlclark/regexp2"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/specgen/specgen/generator/difftest"
)

// Oracle is one compiled schema.
type Oracle struct{ schema *jsonschema.Schema }

// Compile reads the schema file with the remote documents of refMaps
// ("URL=FILE", or "URL/=DIR" for every document below a prefix).
func Compile(file string, refMaps []string, assertFormat bool) (*Oracle, error) {
	abs, err := filepath.Abs(file)
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	if assertFormat {
		c.AssertFormat()
	}
	c.UseRegexpEngine(ecmaRegexp)
	c.UseLoader(loader(refMaps))
	s, err := c.Compile("file://" + filepath.ToSlash(abs))
	if err != nil {
		return nil, err
	}
	return &Oracle{schema: s}, nil
}

// CompileAt compiles the schema at pointer ("#/components/schemas/Pet")
// of file, a JSON Schema or an OpenAPI 3.1 document (JSON or YAML), or,
// when list is set, a JSON array of what it describes; formats are not
// asserted.
func CompileAt(file, pointer string, list bool) (*Oracle, error) {
	abs, err := filepath.Abs(file)
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.UseRegexpEngine(ecmaRegexp)
	c.UseLoader(loader(nil))
	target := "file://" + filepath.ToSlash(abs) + pointer
	if list {
		wrapper := map[string]any{"type": "array", "items": map[string]any{"$ref": target}}
		if err := c.AddResource("specgen:list.json", wrapper); err != nil {
			return nil, err
		}
		target = "specgen:list.json"
	}
	s, err := c.Compile(target)
	if err != nil {
		return nil, err
	}
	return &Oracle{schema: s}, nil
}

// loader reads file URLs from disk and remote ones from their maps.
type loader []string

func (refMaps loader) Load(u string) (any, error) {
	path, ok := strings.CutPrefix(u, "file://")
	if !ok {
		if path, ok = mapped(refMaps, u); !ok {
			return nil, fmt.Errorf("%s: not fetched (no local copy)", u)
		}
	}
	path = filepath.FromSlash(path)
	if ext := filepath.Ext(path); ext == ".yaml" || ext == ".yml" {
		// An OpenAPI 3.1 document in YAML, whose schemas are JSON Schema.
		src, err := difftest.YAMLAsJSON(path)
		if err != nil {
			return nil, err
		}
		return jsonschema.UnmarshalJSON(bytes.NewReader(src))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return jsonschema.UnmarshalJSON(f)
}

// mapped returns the local file of remote URL u by the longest matching
// map, as specgen's loader reads them.
func mapped(refMaps []string, u string) (string, bool) {
	u, _, _ = strings.Cut(u, "#")
	best, path := -1, ""
	for _, m := range refMaps {
		prefix, p, _ := strings.Cut(m, "=")
		switch {
		case prefix == u:
			return p, true
		case strings.HasSuffix(prefix, "/") && strings.HasPrefix(u, prefix) && len(prefix) > best:
			best = len(prefix)
			path = filepath.Join(p, filepath.FromSlash(strings.TrimPrefix(u, prefix)))
		}
	}
	return path, best >= 0
}

// Valid reports whether data, a JSON document, satisfies the schema; err
// is set when data is not JSON.
func (o *Oracle) Valid(data []byte) (bool, error) {
	// UnmarshalJSON keeps numbers as json.Number: big and decimal ones
	// compare exactly.
	v, err := jsonschema.UnmarshalJSON(strings.NewReader(string(data)))
	if err != nil {
		return false, err
	}
	return o.schema.Validate(v) == nil, nil
}

// Explain is Valid with the validator's reason: "" when data satisfies
// the schema.
func (o *Oracle) Explain(data []byte) (string, error) {
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return "", err
	}
	if err := o.schema.Validate(v); err != nil {
		return strings.Join(strings.Fields(err.Error()), " "), nil
	}
	return "", nil
}

// ecmaRegexp compiles patterns as ECMA-262 says, which the JSON Schema
// drafts name.
func ecmaRegexp(s string) (jsonschema.Regexp, error) {
	re, err := regexp2.Compile(s, regexp2.ECMAScript)
	if err != nil {
		return nil, err
	}
	return (*ecma)(re), nil
}

type ecma regexp2.Regexp

func (re *ecma) MatchString(s string) bool {
	ok, err := (*regexp2.Regexp)(re).MatchString(s)
	return err == nil && ok
}

func (re *ecma) String() string { return (*regexp2.Regexp)(re).String() }
