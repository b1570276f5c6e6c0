package main

import (
	"bytes"
	"fmt"
	"os"
)

// README.md's Benchmarks section holds the table of the latest report, and
// docs/benchmarks.md the whole report, each between these markers; `specbench
// readme` replaces what is between them.
const (
	readmeBegin = "<!-- specbench:begin (make bench-readme rewrites this part) -->\n"
	readmeEnd   = "<!-- specbench:end -->\n"
)

// The files `specbench readme` writes, and what of the report each gets.
var reportTargets = []struct {
	path string
	part func(results []byte) []byte
}{
	{"README.md", reportSummary},
	{"docs/benchmarks.md", func(r []byte) []byte { return r }},
}

// readmeCommand copies .bench/results.md into README.md and
// docs/benchmarks.md.
func readmeCommand(args []string) error {
	if len(args) > 0 {
		return fmt.Errorf("readme takes no arguments")
	}
	results, err := os.ReadFile(".bench/results.md")
	if err != nil {
		return fmt.Errorf("no results yet (run make bench first): %w", err)
	}
	for _, t := range reportTargets {
		doc, err := os.ReadFile(t.path)
		if err != nil {
			return err
		}
		out, err := spliceReadme(doc, t.part(results))
		if err != nil {
			return fmt.Errorf("%s: %w", t.path, err)
		}
		if err := os.WriteFile(t.path, out, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// reportSummary is what README shows of a report: its opening lines and the
// table, up to the first subsection (the targets).
func reportSummary(results []byte) []byte {
	if i := bytes.Index(results, []byte("\n#### ")); i >= 0 {
		return results[:i+1]
	}
	return results
}

// spliceReadme puts results between the markers of doc.
func spliceReadme(doc, results []byte) ([]byte, error) {
	i := bytes.Index(doc, []byte(readmeBegin))
	j := bytes.Index(doc, []byte(readmeEnd))
	if i < 0 || j < i {
		return nil, fmt.Errorf("no %q … %q markers", readmeBegin, readmeEnd)
	}
	var out bytes.Buffer
	out.Write(doc[:i+len(readmeBegin)])
	out.Write(bytes.TrimSpace(results))
	out.WriteString("\n")
	out.Write(doc[j:])
	return out.Bytes(), nil
}
