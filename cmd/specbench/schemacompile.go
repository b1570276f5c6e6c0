package main

import (
	"os"
	"path/filepath"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/specgen/specgen/internal/synthschema"
)

// schemaEnv names a JSON Schema to measure in place of the synthetic one
// (a real schema kept outside the repository), as for make bench-schema.
const schemaEnv = "SPECGEN_BENCH_SCHEMA"

// synthSchemaBytes is the size of the synthetic schema: issue #13's
// "a 1.5 MB schema".
const synthSchemaBytes = 1_500_000

// prepareSchema writes the synthetic schema, or takes the one schemaEnv
// names, and returns its path.
func (b *bench) prepareSchema() (string, error) {
	if p := os.Getenv(schemaEnv); p != "" {
		return filepath.Abs(p)
	}
	p := b.path("inputs", "synthetic-config.schema.json")
	return p, os.WriteFile(p, synthschema.Config(synthSchemaBytes), 0o644)
}

// schemaCompile compiles the JSON Schema at path with
// santhosh-tekuri/jsonschema v5, as a validator does before its first
// document: the reference for generating Go from the same file. The
// schema's $schema picks the draft; 2020-12 when it names none, as for
// specgen.
func schemaCompile(path string) error {
	data, err := os.Open(path)
	if err != nil {
		return err
	}
	defer data.Close()
	abs, err := filepath.Abs(path)
	if err != nil {
		return err
	}
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	url := "file://" + filepath.ToSlash(abs)
	if err := c.AddResource(url, data); err != nil {
		return err
	}
	_, err = c.Compile(url)
	return err
}

// jsonschemaProc compiles a schema with jsonschema in a process of its own
// (this binary's schemacompile command), like kinProc for OpenAPI.
func (b *bench) jsonschemaProc(path string) proc {
	self, err := os.Executable()
	if err != nil {
		self = os.Args[0]
	}
	return proc{Dir: b.root, Args: []string{self, "schemacompile", path}}
}

// schemaName says which schema the row measured.
func schemaName(path string) string {
	if os.Getenv(schemaEnv) != "" {
		return "`" + filepath.Base(path) + "` named by " + schemaEnv
	}
	return "synthetic draft-07 config schema, `internal/synthschema`"
}
