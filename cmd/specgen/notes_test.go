package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// queryParams is a golden case whose generation degrades twelve parameters
// in three ways, warns once and makes one choice.
const queryParams = "../../golden/degrade-query-params/openapi.yaml"

// TestNotesGroupedByKind: few notes are printed one by one, then counted by
// kind, the kinds that are not exact first and marked.
func TestNotesGroupedByKind(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "api")
	code, _, errOut := runCLI("generate", "-spec", queryParams, "-out", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if n := strings.Count(errOut, "\nnote: ") + strings.Count(errOut[:min(6, len(errOut))], "note: "); n != 14 {
		t.Errorf("%d notes printed, want 14:\n%s", n, errOut)
	}
	table := regexp.MustCompile(`(?m)^  ([* ]) (.+?) +(\d+)  first: (.*)$`).FindAllStringSubmatch(errOut, -1)
	var got []string
	for _, row := range table {
		got = append(got, row[1]+row[2]+"="+row[3])
	}
	want := []string{"*parameter as JSON text=5", "*parameter by convention=5", "*parameter as text=2", " choice=1", " spec warning=1"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("kinds = %q, want %q in\n%s", got, want, errOut)
	}
	if !strings.Contains(errOut, "first: ../../golden/degrade-query-params/openapi.yaml:10:11 (#/paths/~1search/get/parameters/0)") {
		t.Errorf("the first note of a kind should be located:\n%s", errOut)
	}
	if !strings.Contains(errOut, "specgen: 14 notes;") || !strings.Contains(errOut, "-notes FILE lists them all") {
		t.Errorf("no summary line:\n%s", errOut)
	}
}

// TestNotesFile: -notes FILE has every note under its kind, even with -q,
// which prints none.
func TestNotesFile(t *testing.T) {
	tmp := t.TempDir()
	notes := filepath.Join(tmp, "notes.md")
	code, _, errOut := runCLI("generate", "-q", "-notes", notes, "-spec", queryParams, "-out", filepath.Join(tmp, "api"))
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	b, err := os.ReadFile(notes)
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	for _, want := range []string{
		"# 14 notes by specgen\n",
		"\n## parameter as JSON text (5; not exact, -strict refuses it)\n",
		`openapi.yaml:22:11 (#/paths/~1search/get/parameters/1): operation Search: query parameter "sort" is not a scalar`,
		"\n## parameter by convention (5; not exact, -strict refuses it)\n",
		`sent as expand[]=a&expand[]=b, repeated`,
		"\n## choice (1)\nerror answers are ErrorBody",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("notes file lacks %q:\n%s", want, text)
		}
	}
	// A title, then a blank line and a heading per kind.
	if lines := strings.Count(text, "\n") - 1 - 2*strings.Count(text, "\n## "); lines != 14 {
		t.Errorf("%d note lines, want 14:\n%s", lines, text)
	}
}

// TestManyNotesAreCounted: past listedNotes, the notes are counted by kind
// and not printed one by one (Coder's API has 41).
func TestManyNotesAreCounted(t *testing.T) {
	tmp := t.TempDir()
	notes := filepath.Join(tmp, "notes.txt")
	code, _, errOut := runCLI("generate", "-spec", "../../../shared/corpus/coder/swagger.json", "-package", "coder", "-notes", notes, "-out", filepath.Join(tmp, "coder"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if strings.Contains(errOut, "note: ") {
		t.Errorf("notes printed one by one:\n%s", errOut)
	}
	m := regexp.MustCompile(`specgen: (\d+) notes; .*all in `).FindStringSubmatch(errOut)
	if m == nil {
		t.Fatalf("no summary:\n%s", errOut)
	}
	b, err := os.ReadFile(notes)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(b), "# "+m[1]+" notes by specgen\n") {
		t.Errorf("the file should hold the %s notes the summary counts:\n%s", m[1], b)
	}
	if !strings.Contains(errOut, "  * unchecked keyword ") {
		t.Errorf("no count of unchecked keywords:\n%s", errOut)
	}
}

// TestStrictRefusesDegraded: under -strict every note of a construct that is
// not generated exactly is a located error, and nothing is written.
func TestStrictRefusesDegraded(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "api")
	code, _, errOut := runCLI("generate", "-strict", "-spec", queryParams, "-out", dir)
	if code != 2 {
		t.Fatalf("exit %d, want 2: %s", code, errOut)
	}
	if n := strings.Count(errOut, ", an error under -strict]"); n != 12 {
		t.Errorf("%d errors, want the 12 degraded parameters:\n%s", n, errOut)
	}
	if !strings.Contains(errOut, `openapi.yaml:48:11 (#/paths/~1search/get/parameters/4): operation Search: query parameter "expand" is an array in deepObject style`) {
		t.Errorf("errors should be located:\n%s", errOut)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("output written under -strict: %v", err)
	}
}

// TestSkipUnsupportedIsDeprecated: -skip-unsupported still parses, says it
// is deprecated, and changes nothing.
func TestSkipUnsupportedIsDeprecated(t *testing.T) {
	tmp := t.TempDir()
	var outs [2]map[string]string
	for i, args := range [][]string{{"-skip-unsupported"}, nil} {
		dir := filepath.Join(tmp, []string{"skip", "plain"}[i])
		code, _, errOut := runCLI(append([]string{"generate", "-spec", queryParams, "-package", "api", "-out", dir}, args...)...)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		if deprecated := strings.Contains(errOut, "-skip-unsupported is deprecated"); deprecated != (i == 0) {
			t.Errorf("%v: deprecation printed = %v:\n%s", args, deprecated, errOut)
		}
		outs[i] = snapshot(t, dir)
	}
	if len(outs[0]) == 0 || len(outs[0]) != len(outs[1]) {
		t.Fatalf("%d files with -skip-unsupported, %d without", len(outs[0]), len(outs[1]))
	}
	for name, src := range outs[1] {
		if outs[0][name] != src {
			t.Errorf("%s differs with -skip-unsupported", name)
		}
	}
}
