package load

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/specgen/specgen/generator/document"
	"github.com/specgen/specgen/generator/randspec"
)

// TestFileStructureSameAsKin loads every OpenAPI 3.x document of the golden
// cases and spec/, and random ones, without validation twice: the
// structure read from the files (fileStructure) and by kin-openapi. The
// documents (operations, parameters, bodies, responses, security, schemas)
// and the errors must be the same, and every document kin-openapi loads
// must be read from the files, not fall back.
func TestFileStructureSameAsKin(t *testing.T) {
	specs, _ := filepath.Glob("../../golden/*/*.yaml")
	for _, pattern := range []string{"../../golden/*/*.json", "../../golden/*/*/openapi.*", "../../spec/openapi.yaml"} {
		more, _ := filepath.Glob(pattern)
		specs = append(specs, more...)
	}
	dir := t.TempDir()
	for seed := uint64(1); seed <= 120; seed++ {
		d := randspec.Generate(seed, randspec.Options{})
		if d.Format != randspec.OpenAPI31 && d.Format != randspec.OpenAPI30 {
			continue
		}
		p := filepath.Join(dir, fmt.Sprintf("random%03d.json", seed))
		if err := os.WriteFile(p, d.Text, 0o644); err != nil {
			t.Fatal(err)
		}
		specs = append(specs, p)
	}
	// Documents fileStructure must leave to kin-openapi, and what it must
	// read as kin-openapi does.
	odd := map[string]string{
		"case.json":      `{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{"/a":{"get":{"operationID":"x","responses":{"200":{"description":"ok"}}}}}}`,
		"type.json":      `{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{"/a":{"get":{"parameters":[{"name":"q","in":"query","required":"yes","schema":{"type":"string"}}],"responses":{"200":{"description":"ok"}}}}}}`,
		"sibling.json":   `{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{"/a":{"$ref":"#/components/pathItems/A","summary":"s"}},"components":{"pathItems":{"A":{"get":{"responses":{"200":{"description":"ok"}}}}}}}`,
		"refs.json":      `{"openapi":"3.0.3","info":{"title":"t","version":"1"},"security":[{"k":[]}],"paths":{"/a/{id}":{"parameters":[{"$ref":"#/components/parameters/Id"}],"get":{"security":[],"tags":[],"x-go-name":"GetA","parameters":[{"$ref":"#/components/parameters/Q"}],"requestBody":{"$ref":"#/components/requestBodies/B"},"responses":{"200":{"$ref":"#/components/responses/R"},"x-note":1}}},"x-ext":{}},"components":{"securitySchemes":{"k":{"type":"apiKey","in":"header","name":"K"}},"parameters":{"Id":{"name":"id","in":"path","required":true,"schema":{"type":"string"}},"Q":{"$ref":"#/components/parameters/Q2"},"Q2":{"name":"q","in":"query","style":"form","explode":false,"schema":{"type":"array","items":{"type":"string"}}}},"requestBodies":{"B":{"required":true,"content":{"application/json":{"schema":{"type":"object"}},"multipart/form-data":{"schema":{"type":"object","properties":{"f":{"type":"array","items":{"type":"string"}}}},"encoding":{"f":{"style":"form"}}}}}},"responses":{"R":{"description":"ok","headers":{"X-N":{"$ref":"#/components/headers/N"}},"content":{"application/json":{"schema":{"type":"string"}}}}},"headers":{"N":{"required":true,"schema":{"type":"integer"}}}}}`,
		"missing.json":   `{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{"/a":{"get":{"responses":{"200":{"$ref":"#/components/responses/Nope"}}}}}}`,
		"nullpaths.json": `{"openapi":"3.1.0","info":{"title":"t","version":"1"},"servers":[{"url":"https://x/{v}/api","variables":{"v":{"default":"v2"}}}],"paths":{"/a":null}}`,
	}
	for name, text := range odd {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		specs = append(specs, p)
	}
	mustFallBack := map[string]bool{"case.json": true, "sibling.json": true}
	compared, fromFiles := 0, 0
	for _, p := range specs {
		data, err := os.ReadFile(p)
		if err != nil || !isOpenAPI3(data) {
			continue
		}
		compared++
		var readFiles bool
		fast, fastErr := Load(Config{Spec: p, NoValidation: true, readFiles: &readFiles})
		kin, kinErr := Load(Config{Spec: p, NoValidation: true, kinStructure: true})
		if errText(fastErr) != errText(kinErr) {
			t.Errorf("%s: error from the files %q, from kin-openapi %q", p, errText(fastErr), errText(kinErr))
			continue
		}
		if kinErr != nil {
			continue
		}
		switch {
		case mustFallBack[filepath.Base(p)] && readFiles:
			t.Errorf("%s: read from the files, though kin-openapi reads it otherwise", p)
		case mustFallBack[filepath.Base(p)]:
		case readFiles:
			fromFiles++
		default:
			t.Errorf("%s: kin-openapi loads it, but the structure was not read from the files", p)
		}
		sameDocument(t, p, fast, kin)
	}
	if compared < 50 {
		t.Fatalf("compared only %d documents; the globs lost the golden cases", compared)
	}
	t.Logf("%d documents compared, %d read from the files", compared, fromFiles)
}

// sameDocument reports where two loads of p differ.
func sameDocument(t *testing.T, p string, got, want *document.Document) {
	t.Helper()
	if len(got.Operations) != len(want.Operations) {
		t.Errorf("%s: %d operations from the files, %d from kin-openapi", p, len(got.Operations), len(want.Operations))
		return
	}
	for i := range got.Operations {
		if !reflect.DeepEqual(got.Operations[i], want.Operations[i]) {
			t.Errorf("%s: operation %s %s differs:\nfiles: %+v\nkin:   %+v", p, want.Operations[i].Method, want.Operations[i].Path, *got.Operations[i], *want.Operations[i])
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s: documents differ outside operations:\nfiles: %+v\nkin:   %+v", p, *got, *want)
	}
}

func isOpenAPI3(data []byte) bool {
	s := string(data)
	return strings.Contains(s, `"openapi"`) || strings.HasPrefix(s, "openapi:") || strings.Contains(s, "\nopenapi:")
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
