package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/specgen/specgen/conformance/randschema"
)

// usage: zz_rsdump OUTDIR draft:seed...
func main() {
	out := os.Args[1]
	for _, a := range os.Args[2:] {
		var d, s int
		fmt.Sscanf(a, "%d:%d", &d, &s)
		sc := randschema.Generate(uint64(s), randschema.Drafts[d], 12)
		dir := filepath.Join(out, fmt.Sprintf("d%d_s%d", d, s))
		os.MkdirAll(filepath.Join(dir, "valid"), 0o755)
		os.WriteFile(filepath.Join(dir, "schema.json"), sc.Source, 0o644)
		for i, doc := range sc.Docs {
			os.WriteFile(filepath.Join(dir, "valid", strconv.Itoa(i)+".json"), doc, 0o644)
		}
	}
}
