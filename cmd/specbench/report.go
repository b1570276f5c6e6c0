package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"
)

// report renders everything the run measured as Markdown: the table, the
// targets, what the peers were given, the verbatim failures and the
// commands: docs/benchmarks.md holds this text, README.md its table.
func (b *bench) report(m machine) string {
	var sb strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&sb, format, args...) }
	rows := b.rows() // numbers the failures, which are listed below

	w("Measured on %s: %s, %d cores (%s), %s; `make bench` took %s.\n", m.Date, m.CPU, m.Cores, m.OS, m.GoVersion, time.Since(b.start).Round(time.Second))
	w("Peers: oapi-codegen %s (types, client, std-http server), ogen %s (defaults), both built from source with `go install`.\n", oapiCodegenVersion, ogenVersion)
	w("Building specgen and installing the peers and benchstat took %s.\n\n", b.installSummary())
	w("Whole processes (items 1–2) are medians of %d runs, interleaved A B C A B C: in item 1 after one untimed warm-up run each, in item 2 after compiling every dependency. ", b.reps)
	w("The synthetic 10 MB spec and the full Coder API's builds get %d runs and no warm-up, and a process that takes over %s is timed once, to keep `make bench` within 15 minutes on 2 cores. ", b.bigReps, longRun)
	w("Max RSS covers the process and the children it waited for (wait4's rusage, as `/usr/bin/time -v` reports it; the small process that measures adds a floor of about 12 MB). ")
	w("In-process benchmarks (items 3–5) are medians of %d rounds of Go benchmarks (`-benchtime %s`), the tools interleaved in each round. ", b.rounds, b.benchtime)
	w("A ratio is specgen's figure divided by the other column's, from the same run: below 1× specgen is faster or smaller. ")
	w("The reference column is kin-openapi loading and validating the same file (item 1, the floor under any generator built on it), santhosh-tekuri/jsonschema v5 compiling the large JSON Schema (item 1's schema row: the work a validator does before its first document; %s=FILE measures a real one) and validating against `spec/workspace.schema.json` (item 4).\n\n", schemaEnv)
	sb.WriteString(markdownTable(rows))

	w("\n#### Targets\n\n")
	for _, t := range b.targets() {
		w("%s\n", t)
	}

	w("\n#### What the peers were given\n\n")
	w("Neither peer reads `spec/` as written (OpenAPI 3.1 with an external `$ref`; failures below). specbench bundles it into one OpenAPI 3.0 file: %s.\n", strings.Join(b.inputs.bundleNotes, "; "))
	w("Coder's `swagger.json` is converted once with kin-openapi's `openapi2conv`, the conversion specgen runs in process. ")
	w("Patches, applied to the peers' copies only (`cmd/specbench/patches.go`; specgen needs none, and in the \"same file\" rows it reads the patched copy too):\n\n")
	for _, set := range []struct {
		input string
		ps    []appliedPatch
	}{{"`spec/` bundle", b.inputs.bundledPatches}, {"Coder's API", b.inputs.patches}} {
		for _, p := range set.ps {
			w("- %s: %s (%d×). Because %s.\n", set.input, p.Name, p.Changes, p.Why)
		}
	}
	if len(b.notes) > 0 {
		w("\n#### Notes\n\n")
		for _, n := range b.notes {
			w("- %s\n", n)
		}
	}
	if len(b.failures) > 0 {
		w("\n#### Failures, verbatim\n\n")
		for i, f := range b.failures {
			w("F%d. %s:\n\n```\n%s\n```\n\n", i+1, f.What, f.Text)
		}
	}
	w("\n#### Commands\n\n")
	w("`make bench` runs `go build -o .bench/bin/specbench ./cmd/specbench && .bench/bin/specbench run`, which ran:\n\n```\n%s\n```\n", strings.Join(b.commands(), "\n"))
	if len(b.benchstat) > 0 {
		w("\n<details><summary>benchstat</summary>\n\n```\n%s\n```\n\n</details>\n", strings.Join(b.benchstat, "\n\n"))
	}
	return sb.String()
}

// installSummary says what installing the tools cost in this run.
func (b *bench) installSummary() string {
	var parts []string
	var total time.Duration
	for _, in := range b.installs {
		if in.Cached {
			parts = append(parts, in.Name+" already installed")
			continue
		}
		total += in.Wall
		parts = append(parts, fmt.Sprintf("%s %s", in.Name, fmtDuration(in.Wall)))
	}
	return fmtDuration(total) + " (" + strings.Join(parts, ", ") + ")"
}

// commands lists the exact commands the measurements ran, as shell
// commands run from the checkout: paths relative to the directory each
// command runs in.
func (b *bench) commands() []string {
	seen := map[string]bool{}
	var out []string
	add := func(dir string, args []string) {
		rel := make([]string, len(args))
		for i, a := range args {
			rel[i] = relativeTo(dir, a)
		}
		cmd := strings.Join(rel, " ")
		if d := relativeTo(b.root, dir); d != "." {
			cmd = "(cd " + d + " && " + cmd + ")"
		}
		if !seen[cmd] {
			seen[cmd] = true
			out = append(out, cmd)
		}
	}
	for _, g := range b.gen {
		for _, col := range columns {
			if p, ok := g.procs[col]; ok {
				add(p.Dir, p.Args)
			}
		}
	}
	for _, c := range b.buildCommands {
		add(c.Dir, c.Args)
	}
	for _, c := range b.benchCommands {
		add(c.Dir, c.Args)
	}
	return out
}

// relativeTo rewrites an absolute path (or a NAME=PATH flag value) relative
// to dir; anything else is returned as it is.
func relativeTo(dir, arg string) string {
	prefix, path := "", arg
	if i := strings.Index(arg, "="); i > 0 && filepath.IsAbs(arg[i+1:]) {
		prefix, path = arg[:i+1], arg[i+1:]
	}
	if !filepath.IsAbs(path) {
		return arg
	}
	rel, err := filepath.Rel(dir, path)
	if err != nil {
		return arg
	}
	return prefix + rel
}
