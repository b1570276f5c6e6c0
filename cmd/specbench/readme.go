package main

import (
	"bytes"
	"fmt"
	"os"
)

// The Benchmarks section of README.md holds the latest report between these
// markers; `specbench readme` replaces what is between them.
const (
	readmeBegin = "<!-- specbench:begin (make bench-readme rewrites this part) -->\n"
	readmeEnd   = "<!-- specbench:end -->\n"
)

// readmeCommand copies .bench/results.md into README.md.
func readmeCommand(args []string) error {
	if len(args) > 0 {
		return fmt.Errorf("readme takes no arguments")
	}
	results, err := os.ReadFile(".bench/results.md")
	if err != nil {
		return fmt.Errorf("no results yet (run make bench first): %w", err)
	}
	readme, err := os.ReadFile("README.md")
	if err != nil {
		return err
	}
	out, err := spliceReadme(readme, results)
	if err != nil {
		return err
	}
	return os.WriteFile("README.md", out, 0o644)
}

// spliceReadme puts results between the markers of readme.
func spliceReadme(readme, results []byte) ([]byte, error) {
	i := bytes.Index(readme, []byte(readmeBegin))
	j := bytes.Index(readme, []byte(readmeEnd))
	if i < 0 || j < i {
		return nil, fmt.Errorf("README.md has no %q … %q markers", readmeBegin, readmeEnd)
	}
	var out bytes.Buffer
	out.Write(readme[:i+len(readmeBegin)])
	out.Write(bytes.TrimSpace(results))
	out.WriteString("\n")
	out.Write(readme[j:])
	return out.Bytes(), nil
}
