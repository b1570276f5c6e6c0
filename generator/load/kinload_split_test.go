package load

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/getkin/kin-openapi/openapi2"
	"github.com/getkin/kin-openapi/openapi2conv"
	"github.com/getkin/kin-openapi/openapi3"

	"github.com/specgen/specgen/generator/randspec"
)

// TestKinLoadSplitSame: loading an OpenAPI 3 document with components and
// paths decoded apart gives what kin-openapi's LoadFromDataWithPath gives
// — the same document, $refs resolved alike, or the same error — for every
// OpenAPI 3 document of the golden cases (split ones read their other
// files through kin-openapi), spec/, Coder's whole API converted to 3.0,
// random documents, and members (of the document and of its components)
// that are null, absent, of the wrong type, or named in another case.
func TestKinLoadSplitSame(t *testing.T) {
	dir := t.TempDir()
	specs, _ := filepath.Glob("../../golden/*/*.yaml")
	for _, pattern := range []string{"../../golden/*/*.json", "../../golden/*/*/openapi.*", "../../spec/openapi.yaml"} {
		more, _ := filepath.Glob(pattern)
		specs = append(specs, more...)
	}
	for seed := uint64(1); seed <= 60; seed++ {
		d := randspec.Generate(seed, randspec.Options{})
		if d.Format != randspec.OpenAPI31 && d.Format != randspec.OpenAPI30 {
			continue
		}
		specs = append(specs, writeTemp(t, dir, fmt.Sprintf("random%03d.json", seed), d.Text))
	}
	var doc2 openapi2.T
	if err := json.Unmarshal(coderSwagger(t), &doc2); err != nil {
		t.Fatal(err)
	}
	doc3, err := openapi2conv.ToV3(&doc2)
	if err != nil {
		t.Fatal(err)
	}
	coder, err := json.Marshal(doc3)
	if err != nil {
		t.Fatal(err)
	}
	specs = append(specs, writeTemp(t, dir, "coder.openapi3.json", coder))
	info := `"openapi":"3.0.3","info":{"title":"t","version":"1"}`
	for name, text := range map[string]string{
		"extensions.json":  `{` + info + `,"x-a":{"b":[1,"<c>"]},"x-z":null,"paths":{"/a":{"get":{"responses":{"200":{"$ref":"#/components/responses/R"}}}}},"components":{"responses":{"R":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/S"}}}}},"schemas":{"S":{"type":"object","x-go":"&","properties":{"s":{"$ref":"#/components/schemas/S"}}}}}}`,
		"null.json":        `{` + info + `,"paths":null,"components":null}`,
		"absent.json":      `{` + info + `}`,
		"case.json":        `{` + info + `,"Paths":{"/a":{}},"components":{}}`,
		"casecomps.json":   `{` + info + `,"paths":{},"COMPONENTS":{"schemas":{"S":{}}}}`,
		"badpaths.json":    `{` + info + `,"paths":"no"}`,
		"badcomps.json":    `{` + info + `,"paths":{},"components":{"schemas":{"S":{"type":3}}}}`,
		"badinfo.json":     `{"openapi":"3.0.3","info":[],"paths":{}}`,
		"schemascase.json": `{` + info + `,"paths":{},"components":{"Schemas":{"S":{}},"x-c":[1]}}`,
		"compsext.json":    `{` + info + `,"paths":{},"components":{"x-c":{"d":2},"schemas":{"S":{"type":"string"},"T":{"$ref":"#/components/schemas/S"}},"parameters":{"P":{"name":"p","in":"query","schema":{"$ref":"#/components/schemas/S"}}}}}`,
		"compsbad.json":    `{` + info + `,"paths":{},"components":[]}`,
		"schemasnull.json": `{` + info + `,"paths":{},"components":{"schemas":null}}`,
		"dangling.json":    `{` + info + `,"paths":{"/a":{"get":{"responses":{"200":{"$ref":"#/components/responses/Nope"}}}}}}`,
		"array.json":       `[1]`,
	} {
		specs = append(specs, writeTemp(t, dir, name, []byte(text)))
	}
	compared := 0
	for _, p := range specs {
		raw, err := os.ReadFile(p)
		if err != nil || !isOpenAPI3(raw) && filepath.Dir(p) != dir {
			continue
		}
		abs, _ := filepath.Abs(p)
		f, err := parseFile(p, "file://"+abs, raw)
		if err != nil {
			continue // not the loader's to read
		}
		u := &url.URL{Scheme: "file", Path: abs}
		newLoader := func() *openapi3.Loader {
			kl := openapi3.NewLoader()
			kl.IsExternalRefsAllowed = true
			return kl
		}
		want, wantErr := newLoader().LoadFromDataWithPath(f.JSON, u)
		got, gotErr := kinLoadSplit(newLoader, f.JSON, u)
		compared++
		if errText(gotErr) != errText(wantErr) {
			t.Errorf("%s: error %q, want %q", p, errText(gotErr), errText(wantErr))
			continue
		}
		if wantErr == nil && !reflect.DeepEqual(got, want) {
			g, _ := json.Marshal(got)
			w, _ := json.Marshal(want)
			t.Errorf("%s: loaded differently:\n got %.400s\nwant %.400s", p, g, w)
		}
	}
	if compared < 100 {
		t.Errorf("compared %d documents; the golden cases should give more", compared)
	}
	t.Logf("compared %d documents", compared)
}

func writeTemp(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}
