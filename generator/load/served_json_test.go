package load

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/specgen/specgen/generator/randspec"
)

// TestServedRootSameAsCopy serves every split root of the golden cases'
// OpenAPI documents, spec/ and random ones, and of a document made of odd
// values, both ways: written by rootWriter, and copied with its $refs
// rewritten (absoluteRefs, what was served before) then marshalled. The
// compiler must decode the same value from both, and the meta-schema gate
// must give the same answer (for a draft-4 and a 2020-12 compiler).
func TestServedRootSameAsCopy(t *testing.T) {
	specs, _ := filepath.Glob("../../golden/*/*.yaml")
	for _, pattern := range []string{"../../golden/*/*.json", "../../golden/*/*/openapi.*", "../../spec/openapi.yaml"} {
		more, _ := filepath.Glob(pattern)
		specs = append(specs, more...)
	}
	dir := t.TempDir()
	for seed := uint64(1); seed <= 60; seed++ {
		d := randspec.Generate(seed, randspec.Options{})
		p := filepath.Join(dir, fmt.Sprintf("random%03d.json", seed))
		if err := os.WriteFile(p, d.Text, 0o644); err != nil {
			t.Fatal(err)
		}
		specs = append(specs, p)
	}
	odd := filepath.Join(dir, "odd.json")
	if err := os.WriteFile(odd, []byte(oddRootsSpec), 0o644); err != nil {
		t.Fatal(err)
	}
	specs = append(specs, odd)
	roots := 0
	for _, p := range specs {
		for _, draft := range []*jsonschema.Draft{jsonschema.Draft4, jsonschema.Draft2020} {
			roots += compareServedRoots(t, p, draft)
		}
	}
	if roots < 500 {
		t.Errorf("only %d roots served: the corpus is not what this test is meant to cover", roots)
	}
}

// compareServedRoots serves every component schema of the document at p
// (and every root their $refs lead to) both ways; it returns how many.
func compareServedRoots(t *testing.T, p string, draft *jsonschema.Draft) int {
	t.Helper()
	fs := newFileSet()
	f, err := fs.readPath(p)
	if err != nil || !isOpenAPIDoc(f) {
		return 0
	}
	fs.root = f
	if err := fs.checkRefs(f, map[string]bool{}); err != nil {
		return 0
	}
	c := jsonschema.NewCompiler()
	c.Draft = draft
	fs.metaGate = gateMetaSchema(c)
	if fs.metaGate == nil {
		t.Fatal("no meta-schema gate")
	}
	names := f.Keys("#/components/schemas")
	sort.Strings(names)
	for _, name := range names {
		fs.splitFor(f, child("#", "components", "schemas", name))
	}
	for _, ptr := range []string{"#/paths", "#/components/parameters", "#/components/responses"} {
		fs.splitFor(f, ptr)
	}
	n := 0
	// absoluteRef adds the roots a $ref leads into as it goes.
	for ; n < len(fs.splits); n++ {
		r := fs.splits[n]
		v := rawAt(r.file, r.ptr)
		written, refsPlain, werr := fs.servedRootJSON(r.file, v)
		copied := fs.absoluteRefs(r.file, v)
		marshalled, merr := json.Marshal(copied)
		where := fmt.Sprintf("%s %s (%s)", p, r.ptr, draft.URL())
		if errText(werr) != errText(merr) {
			t.Errorf("%s: written with error %q, marshalled with %q", where, errText(werr), errText(merr))
			continue
		}
		if werr != nil {
			continue
		}
		if a, b := decodeServed(t, written), decodeServed(t, marshalled); !reflect.DeepEqual(a, b) {
			t.Errorf("%s: the compiler decodes\n%s\nwhere it decoded\n%s", where, written, marshalled)
		}
		_, gotErr := fs.metaGate.serveAs(v, written, refsPlain)
		_, wantErr := fs.metaGate.serve(copied, marshalled)
		if !sameGateError(gotErr, wantErr) {
			t.Errorf("%s: the gate says %q, was %q", where, errText(gotErr), errText(wantErr))
		}
	}
	return n
}

// sameGateError reports whether the gate refused both texts or neither.
// Which violation a refusal names first is not compared: where a schema
// breaks its meta-schema in two places, the validator meets them in map
// order, whichever text it read.
func sameGateError(a, b error) bool {
	var va, vb *jsonschema.ValidationError
	if errorsAs(a, &va) && errorsAs(b, &vb) {
		return true
	}
	return errText(a) == errText(b)
}

// decodeServed decodes as the schema compiler does.
func decodeServed(t *testing.T, data []byte) any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("served text does not decode: %v\n%s", err, data)
	}
	return v
}

// oddRootsSpec has $refs in every schema position and as data, strings
// that need escapes (quotes, controls, HTML, invalid UTF-8 from a \u escape
// pair cut in half is not JSON, so a lone surrogate), numbers of every
// form, and a ref that resolves nowhere.
const oddRootsSpec = `{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{},
"components":{"schemas":{
"A":{"type":"object","properties":{"a b":{"$ref":"#/components/schemas/B"},"q\"<&>\u2028":{"$ref":"#/components/schemas/C~1d"}},
  "additionalProperties":{"$ref":"#/components/schemas/B/properties/x"},
  "patternProperties":{"^x-":{"$ref":"./other.json#/X"}},
  "dependentSchemas":{"a":{"$ref":"#/components/schemas/B"}},"dependencies":{"b":["a"],"c":{"$ref":"#/components/schemas/B"}},
  "allOf":[{"$ref":"#/components/schemas/B"},true],"anyOf":[{"items":[{"$ref":"#/components/schemas/B"}]}],
  "oneOf":[{"prefixItems":[{"$ref":"#/components/schemas/B"}],"items":{"$ref":"#anchor"}}],
  "not":{"$ref":"#/components/schemas/Nowhere"},"if":{"$ref":"#/components/schemas/B"},"then":{"$ref":"#/components/schemas/B"},
  "$defs":{"d":{"$ref":"#/components/schemas/B"}},
  "enum":[{"$ref":"#/not/a/ref"},"\u0000\u001f\t\n\r\\/",1e400,-0.5E-3,12,0],"default":{"$ref":"x"},"examples":[{"$ref":"y"}],
  "x-ext":{"$ref":"#/components/schemas/B"},"const":"\ud800"},
"B":{"type":"object","properties":{"x":{"type":"integer","minimum":-1.5e3,"multipleOf":0.01}}},
"C/d":{"type":["string","null"],"pattern":"^[\\p{L}]+$","description":"tab\there"}
}}}`

// absoluteRefs copies the schema v of f with each $ref in a schema position

// rewritten to an absolute URL. Data (enum, const, default, examples) is

// shared as it is: a "$ref" member there is a value, not a reference.

func (fs *fileSet) absoluteRefs(f *File, v any) any {

	m, ok := v.(map[string]any)

	if !ok {

		return v

	}

	out := make(map[string]any, len(m))

	for k, e := range m {

		switch {

		case k == "$ref":

			if ref, ok := e.(string); ok {

				e = fs.absoluteRef(f, ref)

			}

		case schemaMembers[k] || k == "items":

			if list, ok := e.([]any); ok {

				e = fs.absoluteList(f, list)

			} else {

				e = fs.absoluteRefs(f, e)

			}

		case schemaMaps[k] || k == "dependencies":

			if mm, ok := e.(map[string]any); ok {

				copied := make(map[string]any, len(mm))

				for name, sub := range mm {

					copied[name] = fs.absoluteRefs(f, sub)

				}

				e = copied

			}

		case schemaLists[k]:

			if list, ok := e.([]any); ok {

				e = fs.absoluteList(f, list)

			}

		}

		out[k] = e

	}

	return out

}

func (fs *fileSet) absoluteList(f *File, list []any) []any {

	out := make([]any, len(list))

	for i, sub := range list {

		out[i] = fs.absoluteRefs(f, sub)

	}

	return out

}
