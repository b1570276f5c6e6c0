package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// inputs are the files the generation rows read, all prepared under
// .bench/inputs except the originals.
type inputs struct {
	// spec/ as written, and the flags gen/coder's go:generate gives specgen.
	spec, schema string
	genFlags     []string
	// spec/ bundled into one OpenAPI 3.0 file for the peers.
	bundled     string
	bundleNotes []string
	// The bundle, minimally patched so that every peer generates.
	bundledPatched string
	bundledPatches []appliedPatch
	// Coder's full API: the published Swagger 2.0, its 3.0 conversion, and
	// the minimally patched copy of that.
	swagger, coder3, coderPatched string
	patches                       []appliedPatch
	// Synthetic inputs for specgen alone.
	synth                string
	synthResources       int
	synthBytes, deepSize int
	deep                 string
	deepDepth            int
	// A large JSON Schema: synthetic, or a real one named by schemaEnv.
	bigSchema     string
	bigSchemaSize int
}

// synthetic sizes: at least 10 MB, and 50 levels of nested objects.
const (
	synthMinBytes = 10 << 20
	deepDepth     = 50
)

// prepare writes every derived input. All of it is cheap and deterministic,
// so it is rewritten on every run.
func (b *bench) prepare() error {
	in := &b.inputs
	in.spec = filepath.Join(b.root, "spec", "openapi.yaml")
	in.schema = filepath.Join(b.root, "spec", "workspace.schema.json")
	flags, err := goGenerateFlags(filepath.Join(b.root, "gen", "coder", "generate.go"))
	if err != nil {
		return err
	}
	in.genFlags = flags

	bundle, err := bundleSpec(in.spec)
	if err != nil {
		return fmt.Errorf("bundling spec/: %w", err)
	}
	in.bundled, in.bundleNotes = b.path("inputs", "workspaces.openapi3.json"), bundle.Notes
	if err := writeJSON(in.bundled, bundle.Doc); err != nil {
		return err
	}
	if in.bundledPatches, err = applyPatches(bundle.Doc, workspacesPatches); err != nil {
		return err
	}
	in.bundledPatched = b.path("inputs", "workspaces.openapi3.patched.json")
	if err := writeJSON(in.bundledPatched, bundle.Doc); err != nil {
		return err
	}

	in.swagger = filepath.Join(b.shared, "corpus", "coder", "swagger.json")
	converted, err := convertSwagger(in.swagger)
	if err != nil {
		return err
	}
	in.coder3 = b.path("inputs", "coder.openapi3.json")
	if err := os.WriteFile(in.coder3, converted, 0o644); err != nil {
		return err
	}
	var doc map[string]any
	if err := json.Unmarshal(converted, &doc); err != nil {
		return err
	}
	if in.patches, err = applyPatches(doc, coderPatches); err != nil {
		return err
	}
	in.coderPatched = b.path("inputs", "coder.openapi3.patched.json")
	if err := writeJSON(in.coderPatched, doc); err != nil {
		return err
	}

	synth, n, err := synthSpec(synthMinBytes)
	if err != nil {
		return err
	}
	in.synth, in.synthResources, in.synthBytes = b.path("inputs", "synthetic-10mb.openapi3.json"), n, len(synth)
	if err := os.WriteFile(in.synth, synth, 0o644); err != nil {
		return err
	}
	deep, err := deepSpec(deepDepth)
	if err != nil {
		return err
	}
	in.deep, in.deepDepth, in.deepSize = b.path("inputs", "deep-50.openapi3.json"), deepDepth, len(deep)
	if err := os.WriteFile(in.deep, deep, 0o644); err != nil {
		return err
	}
	if in.bigSchema, err = b.prepareSchema(); err != nil {
		return err
	}
	st, err := os.Stat(in.bigSchema)
	if err != nil {
		return err
	}
	in.bigSchemaSize = int(st.Size())
	return nil
}

// goGenerateFlags reads specgen's flags from a go:generate directive, the one
// place they are written down (make check reads them the same way).
func goGenerateFlags(file string) ([]string, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	const prefix = "//go:generate go run github.com/specgen/specgen/cmd/specgen generate "
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, prefix); ok {
			return strings.Fields(rest), nil
		}
	}
	return nil, fmt.Errorf("%s: no specgen go:generate directive", file)
}

func writeJSON(path string, v any) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}
