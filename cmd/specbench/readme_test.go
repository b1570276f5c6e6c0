package main

import (
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
