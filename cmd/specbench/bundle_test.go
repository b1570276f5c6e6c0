package main

import (
	"context"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
)

// TestBundleSpecIsSelfContained30 bundles spec/ and checks what the peers
// need: one file, every $ref internal and resolving, OpenAPI 3.0 that
// kin-openapi loads and validates.
func TestBundleSpecIsSelfContained30(t *testing.T) {
	res, err := bundleSpec("../../spec/openapi.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if v := res.Doc["openapi"]; v != "3.0.3" {
		t.Errorf("openapi = %v, want 3.0.3", v)
	}
	schemas := asMap(asMap(res.Doc["components"])["schemas"])
	for _, name := range []string{"Workspace", "WorkspaceBuild", "NullUUID", "WorkspacesResponse"} {
		if schemas[name] == nil {
			t.Errorf("components/schemas has no %s", name)
		}
	}
	eachObject(res.Doc, func(m map[string]any) {
		if ref, ok := m["$ref"].(string); ok && !strings.HasPrefix(ref, "#/") {
			t.Errorf("$ref %q is not internal", ref)
		}
		for _, k := range []string{"$defs", "$schema", "$id"} {
			if _, ok := m[k]; ok {
				t.Errorf("keyword %s left in the bundle", k)
			}
		}
	})
	data, err := json.Marshal(res.Doc)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := openapi3.NewLoader().LoadFromData(data)
	if err != nil {
		t.Fatalf("kin-openapi cannot load the bundle: %v", err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Errorf("the bundle does not validate: %v", err)
	}
	if len(res.Notes) == 0 {
		t.Error("no notes: the table would not say what was changed")
	}
}

func TestDowngradeSchemaKeywords(t *testing.T) {
	for _, c := range []struct {
		name    string
		in, out string
	}{
		{"nullable type list", `{"type": ["string", "null"]}`, `{"type": "string", "nullable": true}`},
		{"const", `{"const": "x"}`, `{"enum": ["x"]}`},
		{"examples", `{"type": "integer", "examples": [1, 2]}`, `{"type": "integer", "example": 1}`},
		{"numeric exclusive bound", `{"type": "number", "exclusiveMinimum": 0}`, `{"type": "number", "minimum": 0, "exclusiveMinimum": true}`},
		{"null branch", `{"anyOf": [{"$ref": "#/components/schemas/A"}, {"type": "null"}]}`, `{"anyOf": [{"$ref": "#/components/schemas/A"}], "nullable": true}`},
		{"nested", `{"type": "object", "properties": {"a": {"type": ["integer", "null"]}}}`, `{"type": "object", "properties": {"a": {"type": "integer", "nullable": true}}}`},
	} {
		t.Run(c.name, func(t *testing.T) {
			var in, want any
			json.Unmarshal([]byte(c.in), &in)
			json.Unmarshal([]byte(c.out), &want)
			d := &downgrader{counts: map[string]int{}}
			d.schema(in)
			if !reflect.DeepEqual(in, want) {
				got, _ := json.Marshal(in)
				t.Errorf("got %s, want %s", got, c.out)
			}
			if len(d.counts) == 0 {
				t.Error("the rewrite was not counted")
			}
		})
	}
}

func TestSynthSpecs(t *testing.T) {
	data, n, err := synthSpec(1 << 20)
	if err != nil {
		t.Fatal(err)
	}
	if len(data) < 1<<20 || len(data) > 1<<20+1<<20/50 {
		t.Errorf("%d bytes, want just over 1 MiB", len(data))
	}
	again, _, _ := synthSpec(1 << 20)
	if string(again) != string(data) {
		t.Error("two calls differ: the input must be the same on every run")
	}
	doc, err := openapi3.NewLoader().LoadFromData(data)
	if err != nil {
		t.Fatal(err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Errorf("synthetic spec does not validate: %v", err)
	}
	if got := doc.Paths.Len(); got != 2*n {
		t.Errorf("%d paths, want %d", got, 2*n)
	}

	deep, err := deepSpec(50)
	if err != nil {
		t.Fatal(err)
	}
	var tree any
	json.Unmarshal(deep, &tree)
	depth := 0
	for s := asMap(asMap(asMap(asMap(tree)["components"])["schemas"])["Deep"]); s != nil; s = asMap(asMap(s["properties"])["child"]) {
		depth++
	}
	if depth != 51 { // 50 objects and the leaf
		t.Errorf("nesting depth %d, want 50 objects and a leaf", depth-1)
	}
}
