package main

import (
	"fmt"
	"path/filepath"
	"strings"
)

// genRow is one row of item 1: the tools that generate from one input.
type genRow struct {
	key, what string
	procs     map[string]proc // by column
	reps      int             // b.bigReps, without a warm-up, for the inputs that take tens of seconds
	results   map[string]*measurement
}

// generation measures item 1: every tool generating every input, whole
// processes, interleaved. Outputs that item 2 builds go to .bench/mod/gen.
func (b *bench) generation() error {
	in := b.inputs
	mod := func(tool, name string) string { return b.path("mod", "gen", tool, name) }
	out := func(name string) string { return b.path("out", name) }
	bundledFlags := append([]string{"-package", "coder"}, bundledTypeFlags(in.genFlags)...)
	rows := []*genRow{
		{key: "workspaces-as-written", what: "`spec/` as written (OpenAPI 3.1, external `$ref` into the JSON Schema)", reps: b.reps, procs: map[string]proc{
			specgen: b.specgenProc(filepath.Join(b.root, "gen", "coder"), out("specgen-workspaces"), withoutOut(in.genFlags)...),
			oapi:    b.oapiProc(in.spec, out("oapi-workspaces")),
			ogen:    b.ogenProc(in.spec, out("ogen-workspaces")),
		}},
		{key: "workspaces-bundled", what: "`spec/` bundled into one OpenAPI 3.0 file, unpatched", reps: b.reps, procs: map[string]proc{
			specgen: b.specgenProc(b.root, out("specgen-workspaces-bundled"), append([]string{"-spec", in.bundled}, bundledFlags...)...),
			oapi:    b.oapiProc(in.bundled, out("oapi-workspaces-bundled")),
			ogen:    b.ogenProc(in.bundled, out("ogen-workspaces-bundled")),
		}},
		{key: "workspaces", what: "`spec/` bundled, patched for the peers (same file for all)", reps: b.reps, procs: map[string]proc{
			specgen: b.specgenProc(b.root, mod(specgen, "workspaces"), append([]string{"-spec", in.bundledPatched}, bundledFlags...)...),
			oapi:    b.oapiProc(in.bundledPatched, mod(oapi, "workspaces")),
			ogen:    b.ogenProc(in.bundledPatched, mod(ogen, "workspaces")),
		}},
		{key: "coder-published", what: "Coder's full API as published (`swagger.json` for specgen and kin-openapi; its `openapi2conv` 3.0 conversion for the peers)", reps: b.reps, procs: map[string]proc{
			specgen:   b.specgenProc(b.root, out("specgen-coder-published"), "-spec", in.swagger, "-package", "coder"),
			oapi:      b.oapiProc(in.coder3, out("oapi-coder-published")),
			ogen:      b.ogenProc(in.coder3, out("ogen-coder-published")),
			reference: b.kinProc(in.swagger),
		}},
		{key: "coder", what: "Coder's full API, 3.0 conversion patched for the peers (same file for all)", reps: b.reps, procs: map[string]proc{
			specgen:   b.specgenProc(b.root, mod(specgen, "coder"), "-spec", in.coderPatched, "-package", "coder"),
			oapi:      b.oapiProc(in.coderPatched, mod(oapi, "coder")),
			ogen:      b.ogenProc(in.coderPatched, mod(ogen, "coder")),
			reference: b.kinProc(in.coderPatched),
		}},
		{key: "synthetic", what: fmt.Sprintf("synthetic spec, %s (%d resources, %d operations), specgen only", fmtBytes(float64(in.synthBytes)), in.synthResources, 5*in.synthResources), reps: b.bigReps, procs: map[string]proc{
			specgen:   b.specgenProc(b.root, out("specgen-synthetic"), "-spec", in.synth, "-package", "synth"),
			reference: b.kinProc(in.synth),
		}},
		{key: "deep", what: fmt.Sprintf("schema nested %d objects deep, specgen only", in.deepDepth), reps: b.reps, procs: map[string]proc{
			specgen:   b.specgenProc(b.root, out("specgen-deep"), "-spec", in.deep, "-package", "deep"),
			reference: b.kinProc(in.deep),
		}},
		{key: "schema", what: fmt.Sprintf("a %s JSON Schema (%s), specgen only", fmtBytes(float64(in.bigSchemaSize)), schemaName(in.bigSchema)), reps: b.reps, procs: map[string]proc{
			specgen:   b.specgenProc(b.root, out("specgen-schema"), "-schema", in.bigSchema, "-package", "config"),
			reference: b.jsonschemaProc(in.bigSchema),
		}},
	}
	for _, r := range rows {
		b.logf("item 1: generate %s", r.key)
		var cols []string
		var procs []proc
		for _, c := range columns {
			if p, ok := r.procs[c]; ok {
				cols = append(cols, c)
				procs = append(procs, p)
			}
		}
		ms := interleave(r.reps, r.reps == b.reps, procs, b.progress)
		r.results = map[string]*measurement{}
		for i, c := range cols {
			r.results[c] = ms[i]
		}
		b.gen = append(b.gen, r)
	}
	return nil
}

// genResult returns the measurement of one tool in one row of item 1.
func (b *bench) genResult(key, col string) *measurement {
	for _, r := range b.gen {
		if r.key == key {
			return r.results[col]
		}
	}
	return nil
}

// withoutOut drops -out and its value from go:generate's flags (the harness
// gives its own).
func withoutOut(flags []string) []string {
	var out []string
	for i := 0; i < len(flags); i++ {
		if flags[i] == "-out" {
			i++
			continue
		}
		out = append(out, flags[i])
	}
	return out
}

// bundledTypeFlags keeps go:generate's -type overrides, renamed the way the
// bundle renamed schemas ("uuid.NullUUID=…" → "NullUUID=…").
func bundledTypeFlags(flags []string) []string {
	var out []string
	for i := 0; i+1 < len(flags); i++ {
		if flags[i] != "-type" {
			continue
		}
		name, typ, _ := strings.Cut(flags[i+1], "=")
		if j := strings.LastIndex(name, "."); j >= 0 {
			name = name[j+1:]
		}
		out = append(out, "-type", name+"="+typ)
	}
	return out
}
