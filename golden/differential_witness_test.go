package golden_test

import (
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/specgen/specgen/generator/difftest"
)

// TestDifferenceWitnesses checks the table of documented differences
// against testdata/differential/witnesses.json: every difference has a
// witness, and every witness document makes the generated code and the
// oracle disagree in a way only its difference explains. A difference
// that no longer happens (because the generator closed it) fails here, so
// the table never excuses more than is true.
func TestDifferenceWitnesses(t *testing.T) {
	var file struct {
		Witnesses []struct {
			Difference string `json:"difference"`
			Target     string `json:"target"`
			Document   string `json:"document"`
		} `json:"witnesses"`
	}
	raw, err := os.ReadFile("testdata/differential/witnesses.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &file); err != nil {
		t.Fatal(err)
	}
	witnessed := map[string]bool{}
	for _, w := range file.Witnesses {
		witnessed[w.Difference] = true
		o, target := witnessTarget(t, w.Target)
		out := difftest.Compare(o, target, []byte(w.Document))
		if len(out.Disagreements) == 0 {
			t.Errorf("%s: %s: the generated code and the oracle agree; the difference is gone (update the table in docs/validation.md)\n%s", w.Difference, w.Document, out)
			continue
		}
		for _, d := range out.Disagreements {
			if d.Excuse != w.Difference {
				t.Errorf("%s: %s: disagreement %s %q is explained by %q, not by the difference it witnesses\n%s", w.Difference, w.Document, d.Kind, d.Path, d.Excuse, out)
			}
		}
	}
	for _, d := range difftest.Differences {
		if !witnessed[d.Name] {
			t.Errorf("difference %s has no witness in testdata/differential/witnesses.json", d.Name)
		}
	}
}

// witnessTarget returns the oracle and generated type a witness names.
func witnessTarget(t *testing.T, name string) (*difftest.Oracle, difftest.Target) {
	t.Helper()
	if dir, typ, ok := strings.Cut(name, "/"); ok {
		for _, gt := range goldenTargets[dir] {
			if gt.target.Name == typ {
				o, err := caseOracle(t, dir, gt.file, gt.pointer)
				if err != nil {
					t.Fatal(err)
				}
				return o, gt.target
			}
		}
		t.Fatalf("witness target %s is not in goldenTargets", name)
	}
	target, ok := corpusTargets[name]
	loc, known := corpusSchemas[strings.TrimPrefix(name, "[]")]
	if !ok || !known {
		t.Fatalf("witness target %s is not in corpusTargets and corpusSchemas", name)
	}
	newOracle := difftest.NewOracle
	if strings.HasPrefix(name, "[]") {
		newOracle = difftest.NewArrayOracle
	}
	o, err := newOracle(loc[0], loc[1])
	if err != nil {
		t.Fatal(err)
	}
	return o, target
}

// TestDifferencesTableInDocs checks that the table of differences in
// docs/validation.md lists exactly the differences the tests allow.
func TestDifferencesTableInDocs(t *testing.T) {
	readme, err := os.ReadFile("../docs/validation.md")
	if err != nil {
		t.Fatal(err)
	}
	const heading = "## Where the generated code and JSON Schema differ\n"
	_, section, ok := strings.Cut(string(readme), heading)
	if !ok {
		t.Fatalf("docs/validation.md has no section %q", strings.TrimSpace(heading))
	}
	if end := strings.Index(section, "\n#"); end >= 0 {
		section = section[:end]
	}
	rows := regexp.MustCompile("(?m)^\\| `([a-z0-9-]+)` \\|").FindAllStringSubmatch(section, -1)
	listed := map[string]bool{}
	for _, r := range rows {
		listed[r[1]] = true
	}
	for _, d := range difftest.Differences {
		if !listed[d.Name] {
			t.Errorf("docs/validation.md's table of differences has no row for %s", d.Name)
		}
		delete(listed, d.Name)
	}
	for name := range listed {
		t.Errorf("docs/validation.md lists a difference %s that difftest.Differences does not have", name)
	}
}
