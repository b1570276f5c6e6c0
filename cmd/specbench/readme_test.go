package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSpliceReadme(t *testing.T) {
	readme := "# x\n\n## Benchmarks\n\nintro\n\n" + readmeBegin + "old table\n" + readmeEnd + "\n## Next\n"
	out, err := spliceReadme([]byte(readme), []byte("\nnew table\n\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := "# x\n\n## Benchmarks\n\nintro\n\n" + readmeBegin + "new table\n" + readmeEnd + "\n## Next\n"
	if string(out) != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
	if _, err := spliceReadme([]byte("# no markers\n"), nil); err == nil || !strings.Contains(err.Error(), "markers") {
		t.Errorf("without markers: err = %v", err)
	}
}

func TestReportSummary(t *testing.T) {
	report := "Measured on today.\n\n| # | measure |\n|---|---|\n| 1 | x |\n\n#### Targets\n\n- met\n"
	if got, want := string(reportSummary([]byte(report))), "Measured on today.\n\n| # | measure |\n|---|---|\n| 1 | x |\n\n"; got != want {
		t.Errorf("reportSummary = %q, want %q", got, want)
	}
}

// TestReadmeCommandReproducesDocs: the committed README.md and
// docs/benchmarks.md are what `specbench readme` writes from the report in
// docs/benchmarks.md, so make bench-readme keeps working with the layout.
func TestReadmeCommandReproducesDocs(t *testing.T) {
	root := t.TempDir()
	committed := map[string]string{}
	for _, p := range []string{"README.md", "docs/benchmarks.md"} {
		b, err := os.ReadFile(filepath.Join("..", "..", p))
		if err != nil {
			t.Fatal(err)
		}
		committed[p] = string(b)
		os.MkdirAll(filepath.Dir(filepath.Join(root, p)), 0o755)
		os.WriteFile(filepath.Join(root, p), []byte("before\n"+readmeBegin+"old\n"+readmeEnd+"after\n"), 0o644)
	}
	_, report, ok := strings.Cut(committed["docs/benchmarks.md"], readmeBegin)
	report, _, ok2 := strings.Cut(report, readmeEnd)
	if !ok || !ok2 {
		t.Fatal("docs/benchmarks.md has no report markers")
	}
	os.MkdirAll(filepath.Join(root, ".bench"), 0o755)
	os.WriteFile(filepath.Join(root, ".bench", "results.md"), []byte(report), 0o644)
	t.Chdir(root)
	if err := readmeCommand(nil); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"README.md", "docs/benchmarks.md"} {
		got, _ := os.ReadFile(p)
		_, want, _ := strings.Cut(committed[p], readmeBegin)
		want, _, _ = strings.Cut(want, readmeEnd)
		if string(got) != "before\n"+readmeBegin+want+readmeEnd+"after\n" {
			t.Errorf("%s: specbench readme writes\n%s\nbut the committed file holds\n%s", p, got, want)
		}
	}
}
