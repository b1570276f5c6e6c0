package generator_test

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// TestLayering enforces the one-way data flow: loc (where things are) and
// the IR import only the standard library (the IR, loc too), the input
// model (load, document) never sees the output model (ir), emitters never see the loaders or their libraries,
// lowering never sees the input libraries either, and diff sees only the
// IR.
func TestLayering(t *testing.T) {
	const mod = "github.com/specgen/specgen/generator/"
	rules := []struct {
		pkg       string
		forbidden []string
		stdOnly   bool
		allowed   []string // exceptions to stdOnly
	}{
		{pkg: mod + "loc", stdOnly: true},
		{pkg: mod + "ir", stdOnly: true, allowed: []string{mod + "loc"}},
		{pkg: mod + "naming", stdOnly: true},
		// The formatter of emitted text sees only the standard library
		// (go/format is its fallback and its oracle).
		{pkg: mod + "emit/gofmt", stdOnly: true},
		{pkg: mod + "document", forbidden: []string{mod + "ir", mod + "load", mod + "lower", mod + "emit", "github.com/getkin", "github.com/santhosh-tekuri", "github.com/dave", "gopkg.in/"}},
		{pkg: mod + "emit", forbidden: []string{mod + "load", mod + "lower", "github.com/getkin/kin-openapi", "github.com/santhosh-tekuri/jsonschema"}},
		// lower reads patterns with the runtime's ECMA-262 parser, the one
		// generated code runs (lower/patterns.go); the runtime is fixed
		// code that sees no other part of the generator.
		{pkg: mod + "lower", forbidden: []string{mod + "emit", "github.com/getkin/kin-openapi", "github.com/santhosh-tekuri/jsonschema", "github.com/dave/jennifer"}, allowed: []string{mod + "emit/runtime"}},
		{pkg: mod + "load", forbidden: []string{mod + "ir", mod + "emit", mod + "lower", "github.com/dave/jennifer"}},
		// diff compares IRs: it sees neither the inputs nor the output.
		{pkg: mod + "diff", forbidden: []string{mod + "load", mod + "lower", mod + "emit", mod + "document", "github.com/getkin", "github.com/santhosh-tekuri", "github.com/dave", "gopkg.in/"}},
	}
	for _, r := range rules {
		out, err := exec.Command("go", "list", "-deps", "-f", "{{if not .Standard}}{{.ImportPath}}{{end}}", r.pkg).Output()
		if err != nil {
			t.Fatalf("go list %s: %v", r.pkg, err)
		}
		for _, dep := range strings.Fields(string(out)) {
			if dep == r.pkg || slices.Contains(r.allowed, dep) {
				continue
			}
			if r.stdOnly {
				t.Errorf("%s imports %s; it may import only the standard library", r.pkg, dep)
			}
			for _, f := range r.forbidden {
				if dep == f || strings.HasPrefix(dep, f+"/") || (!strings.HasPrefix(f, mod) && strings.HasPrefix(dep, f)) {
					t.Errorf("%s depends on %s", r.pkg, dep)
				}
			}
		}
	}
}
