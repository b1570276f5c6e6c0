package main

import (
	"fmt"
	"io"
	"path/filepath"
	"sort"

	"github.com/specgen/specgen/generator"
	"github.com/specgen/specgen/generator/textdiff"
)

// check compares -out with what generate would write and prints a unified
// diff of every difference; the exit status is 1 when there is one.
func check(args []string, stdout, stderr io.Writer) int {
	o, status := parseFlags("check", checkHelp, args, stdout, stderr)
	if o == nil {
		return status
	}
	stop, ok := o.profile("check", stderr)
	if !ok {
		return 2
	}
	defer stop()
	r, err := generator.Run(o.cfg)
	if err != nil {
		fmt.Fprintf(stderr, "specgen: %v\n", err)
		return 2
	}
	existing, err := readGenerated(o.out)
	if err != nil {
		fmt.Fprintf(stderr, "specgen: %v\n", err)
		return 2
	}
	diffs := 0
	want := map[string]bool{}
	for _, f := range r.Files {
		want[f.Path] = true
		path := filepath.Join(o.out, f.Path)
		old, ok := existing[f.Path]
		oldName := path
		if !ok {
			oldName = "/dev/null"
		}
		if d := textdiff.Unified(oldName, path, string(old), string(f.Src)); d != "" {
			fmt.Fprint(stdout, d)
			diffs++
		}
	}
	var stale []string
	for name := range existing {
		if !want[name] {
			stale = append(stale, name)
		}
	}
	sort.Strings(stale)
	for _, name := range stale {
		path := filepath.Join(o.out, name)
		fmt.Fprint(stdout, textdiff.Unified(path, "/dev/null", string(existing[name]), ""))
		diffs++
	}
	if diffs > 0 {
		fmt.Fprintf(stderr, "specgen: %s is stale: %d file(s) differ; to update it, run\n\t%s\n",
			displayDir(o.out), diffs, commandLine("generate", o.args))
		return 1
	}
	fmt.Fprintf(stdout, "specgen: %s is up to date (%d files)\n", displayDir(o.out), len(r.Files))
	return 0
}
