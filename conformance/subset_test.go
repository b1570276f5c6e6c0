package conformance

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestConformanceFiles runs only the suite files whose draft/path matches
// -files (a regular expression, e.g. 'draft7/type.json|ref'), prints their
// report with reasons and compares nothing: a quick loop while fixing one
// class of tests. Without -files it does nothing but say so.
func TestConformanceFiles(t *testing.T) {
	if *files == "" {
		t.Skip("no -files given: TestConformance runs the whole suite")
	}
	match, err := regexp.Compile(*files)
	if err != nil {
		t.Fatal(err)
	}
	suite, err := filepath.Abs(filepath.Join("..", "..", "shared", "corpus", "json-schema-test-suite"))
	if err != nil {
		t.Fatal(err)
	}
	subset := t.TempDir()
	if err := os.Symlink(filepath.Join(suite, "remotes"), filepath.Join(subset, "remotes")); err != nil {
		t.Fatal(err)
	}
	n := 0
	err = filepath.WalkDir(filepath.Join(suite, "tests"), func(p string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(p, ".json") {
			return err
		}
		rel, _ := filepath.Rel(filepath.Join(suite, "tests"), p)
		if !match.MatchString(filepath.ToSlash(rel)) {
			return nil
		}
		to := filepath.Join(subset, "tests", rel)
		if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
			return err
		}
		n++
		return os.Symlink(p, to)
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatalf("-files %q matches no test file", *files)
	}
	var drafts []Draft
	for _, d := range Drafts {
		if _, err := os.Stat(filepath.Join(subset, "tests", d.Dir)); err == nil {
			drafts = append(drafts, d)
		}
	}
	results, err := Run("..", subset, drafts)
	if err != nil {
		t.Fatal(err)
	}
	Report(os.Stdout, results, true)
}
