package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/specgen/specgen/generator/sharedtest"
)

// TestCoderPatchesApplyOnce converts Coder's swagger.json as the harness
// does and applies the peers' patches: each must change something (else the
// problem it fixes is gone and the patch must go), and none twice.
func TestCoderPatchesApplyOnce(t *testing.T) {
	data, err := convertSwagger(sharedtest.Path(t, "corpus/coder/swagger.json"))
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	applied, err := applyPatches(doc, coderPatches)
	if err != nil {
		t.Fatal(err)
	}
	if len(applied) != len(coderPatches) {
		t.Errorf("%d patches applied, want %d", len(applied), len(coderPatches))
	}
	for _, p := range coderPatches {
		if n := p.Apply(doc); n != 0 {
			t.Errorf("patch %q changed %d places on the patched copy", p.Name, n)
		}
	}
	operations(doc, func(path string, _, op map[string]any) {
		for _, p := range asSlice(op["parameters"]) {
			if pm := asMap(p); pm["in"] == "path" && !strings.Contains(path, "{"+pm["name"].(string)+"}") {
				t.Errorf("%s: path parameter %v left", path, pm["name"])
			}
		}
		if asMap(asMap(op["requestBody"])["content"])["*/*"] != nil {
			t.Errorf("%s: */* body left", path)
		}
	})
}

func TestWorkspacesPatchesApplyOnce(t *testing.T) {
	res, err := bundleSpec("../../spec/openapi.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := applyPatches(res.Doc, workspacesPatches); err != nil {
		t.Fatal(err)
	}
	if _, err := applyPatches(res.Doc, workspacesPatches); err == nil {
		t.Error("the patches applied twice: they must fix what they name once")
	}
	if asMap(asMap(res.Doc["components"])["parameters"])["Workspace"] != nil {
		t.Error("parameter Workspace still clashes with the schema")
	}
}
