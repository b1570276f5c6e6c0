package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

// runCommand is `specbench run`: every stage in order, then the report on
// stdout and in .bench/results.md.
func runCommand(args []string) error {
	fs := flag.NewFlagSet("specbench run", flag.ContinueOnError)
	shared := fs.String("shared", "../shared", "the shared `dir` holding corpus/ and seeds/")
	reps := fs.Int("reps", 5, "timed runs of each whole process, after one warm-up")
	bigReps := fs.Int("bigreps", 3, "timed runs of the processes that take tens of seconds (the 10 MB spec, the full Coder API's builds)")
	rounds := fs.Int("rounds", 6, "rounds of the in-process benchmarks (benchstat wants 6 or more)")
	benchtime := fs.String("benchtime", "300ms", "-test.benchtime of each in-process benchmark")
	only := fs.String("only", "", "comma-separated items to run (1-5), for development; default all")
	if err := fs.Parse(args); err != nil {
		return err
	}
	b, err := newBench(*shared)
	if err != nil {
		return err
	}
	b.reps, b.bigReps, b.rounds, b.benchtime = *reps, *bigReps, *rounds, *benchtime
	if *only != "" {
		b.only = map[string]bool{}
		for _, s := range strings.Split(*only, ",") {
			b.only[strings.TrimSpace(s)] = true
		}
	}
	m := describeMachine()
	stages := []struct {
		name string
		run  func() error
		on   bool
	}{
		{"install", b.install, true},
		{"prepare inputs", b.prepare, true},
		// Items 2-5 use what item 1 generates, so item 1 always runs.
		{"item 1: generation", b.generation, true},
		{"write the .bench module", b.writeModule, b.wants("2") || b.wants("3") || b.wants("4") || b.wants("5")},
		{"item 2: compiled output", b.compiled, b.wants("2")},
		{"items 3-5: in-process benchmarks", b.gobench, b.wants("3") || b.wants("4") || b.wants("5")},
	}
	for _, s := range stages {
		if !s.on {
			continue
		}
		b.logf("== %s", s.name)
		if err := s.run(); err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
	}
	report := b.report(m)
	if err := os.WriteFile(b.path("results.md"), []byte(report), 0o644); err != nil {
		return err
	}
	fmt.Print(report)
	b.logf("done; the report is in .bench/results.md (make bench-readme puts it into docs/benchmarks.md and README.md)")
	return nil
}
