package main

import (
	"fmt"
	"io"
	"time"

	"github.com/specgen/specgen/generator"
	"github.com/specgen/specgen/generator/ir"
)

// generate runs the generator and writes its files into -out.
func generate(args []string, stdout, stderr io.Writer) int {
	o, status := parseFlags("generate", generateHelp, args, stdout, stderr)
	if o == nil {
		return status
	}
	stop, ok := o.profile("generate", stderr)
	if !ok {
		return 2
	}
	defer stop()
	start := time.Now()
	ahead := readGeneratedAhead(o.out)
	r, err := generator.Run(o.cfg)
	if err != nil {
		fmt.Fprintf(stderr, "specgen: %v\n", err)
		return 2
	}
	printNotes(o, r.Diagnostics, stderr)
	if o.notes != "" {
		if err := writeNotes(o.notes, r.Diagnostics); err != nil {
			fmt.Fprintf(stderr, "specgen: %v\n", err)
			return 2
		}
	}
	written, err := writeFiles(o.out, r.Files, ahead)
	if err != nil {
		fmt.Fprintf(stderr, "specgen: %v\n", err)
		return 2
	}
	fmt.Fprintf(stdout, "specgen: %s → %d files in %s (%d changed) in %s\n",
		summary(r.API), len(r.Files), displayDir(o.out), written, time.Since(start).Round(time.Millisecond))
	return 0
}

// summary counts what was generated: "38 types, 17 enums, 27 operations".
func summary(api *ir.API) string {
	types, enums := 0, 0
	for _, d := range api.Decls {
		if _, ok := d.Type.(*ir.Enum); ok {
			enums++
		} else {
			types++
		}
	}
	return fmt.Sprintf("%d types, %d enums, %d operations", types, enums, len(api.Operations))
}
