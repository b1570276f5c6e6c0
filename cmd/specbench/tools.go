package main

import (
	"os"
	"path/filepath"
	"strings"
)

// The table's columns, in order: specgen, its two peers, and a reference
// that is not a generator (kin-openapi's load+validate for generation,
// santhosh-tekuri/jsonschema for validation).
const (
	specgen   = "specgen"
	oapi      = "oapi-codegen"
	ogen      = "ogen"
	reference = "reference"
)

var columns = []string{specgen, oapi, ogen, reference}

// specgenProc generates spec (plus flags) into out with the specgen binary
// built from the working tree. Relative paths in flags are read from dir.
func (b *bench) specgenProc(dir, out string, flags ...string) proc {
	args := append([]string{filepath.Join(b.bin, "specgen"), "generate", "-q", "-out", out}, flags...)
	return proc{Dir: dir, Args: args, Before: func() error { return os.MkdirAll(out, 0o755) }}
}

// oapiProc runs oapi-codegen with the options equivalent to specgen's
// output: types, client and the standard-library (net/http) server.
func (b *bench) oapiProc(spec, out string) proc {
	cfg := out + ".oapi-codegen.yaml"
	return proc{
		Dir:  b.root,
		Args: []string{filepath.Join(b.bin, "oapi-codegen"), "-config", cfg, spec},
		Before: func() error {
			if err := os.MkdirAll(out, 0o755); err != nil {
				return err
			}
			conf := strings.Join([]string{
				"package: coder",
				"generate:",
				"  models: true",
				"  client: true",
				"  std-http-server: true",
				"output: " + filepath.Join(out, "coder.gen.go"),
				"",
			}, "\n")
			return os.WriteFile(cfg, []byte(conf), 0o644)
		},
	}
}

// ogenProc runs ogen with its defaults (client and server, no config file).
func (b *bench) ogenProc(spec, out string) proc {
	return proc{
		Dir:  b.root,
		Args: []string{filepath.Join(b.bin, "ogen"), "-target", out, "-package", "coder", "-clean", spec},
	}
}

// kinProc loads and validates spec with kin-openapi alone, in a process of
// its own (this binary's kinload command).
func (b *bench) kinProc(spec string) proc {
	self, err := os.Executable()
	if err != nil {
		self = os.Args[0]
	}
	return proc{Dir: b.root, Args: []string{self, "kinload", spec}}
}
