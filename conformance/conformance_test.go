package conformance

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/specgen/specgen/generator/sharedtest"
)

var (
	update  = flag.Bool("update", false, "rewrite testdata/<draft>.txt with the statuses of this run")
	report  = flag.Bool("report", false, "print the report by draft and file")
	reasons = flag.Bool("reasons", false, "with -report, print why each test that does not agree fails")
	files   = flag.String("files", "", "TestConformanceFiles: run only the suite files whose draft/path matches this regular expression")
)

// TestConformance runs the JSON-Schema-Test-Suite, all five drafts, and
// fails when a test that agrees in testdata/<draft>.txt no longer does.
// Tests that agree now but not there are listed, for -update to record:
// improvements show as diffs of the expectation files.
func TestConformance(t *testing.T) {
	suite := sharedtest.Path(t, "corpus/json-schema-test-suite")
	results, err := Run("..", suite, Drafts)
	if err != nil {
		t.Fatal(err)
	}
	if *report {
		Report(os.Stdout, results, *reasons)
	}
	byDraft := map[string][]Result{}
	for _, r := range results {
		byDraft[r.Draft] = append(byDraft[r.Draft], r)
	}
	for _, d := range Drafts {
		path := filepath.Join("testdata", d.Dir+".txt")
		if *update {
			var b bytes.Buffer
			if err := WriteExpectations(&b, byDraft[d.Dir]); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		compareDraft(t, path, byDraft[d.Dir])
	}
}

// compareDraft checks one draft's results against its expectation file.
func compareDraft(t *testing.T, path string, results []Result) {
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("%v (run go test ./conformance -update)", err)
	}
	defer f.Close()
	want, err := ReadExpectations(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var better, unknown int
	for _, r := range results {
		w, ok := want[r.ID()]
		switch {
		case !ok:
			unknown++
		case w == Agree && r.Status != Agree:
			t.Errorf("%s: %s %s: was agree, now %s: %s", path, r.Draft, r.ID(), r.Status, r.Reason)
		case w != Agree && r.Status == Agree:
			better++
		}
	}
	if better+unknown > 0 {
		t.Logf("%s: %d tests now agree that did not, %d are new; record them with go test ./conformance -update",
			path, better, unknown)
	}
	if len(want) != len(results)-unknown {
		t.Errorf("%s lists %d tests the suite no longer has", path, len(want)-(len(results)-unknown))
	}
	_ = fmt.Sprint
}
