package diff_test

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/specgen/specgen/generator"
	"github.com/specgen/specgen/generator/diff"
	"github.com/specgen/specgen/generator/load"
)

// pairsEnv names a directory of real spec histories, not committed: one
// folder per API, each holding old.{yaml,yml,json} and new.{…}, two
// editions of the same published document some weeks apart (for example
// /work/realworld/diff, fetched from vendors' own repositories).
const pairsEnv = "SPECGEN_DIFF_PAIRS"

// historyPair is one API's two editions.
type historyPair struct{ name, old, new string }

// historyPairs lists the pairs under $SPECGEN_DIFF_PAIRS, or skips the
// test saying how many it would have compared.
func historyPairs(tb testing.TB) []historyPair {
	tb.Helper()
	root := os.Getenv(pairsEnv)
	if root == "" {
		tb.Skipf("%s not set: 0 real spec histories compared", pairsEnv)
	}
	dirs, err := os.ReadDir(root)
	if err != nil {
		tb.Fatal(err)
	}
	var out []historyPair
	for _, d := range dirs {
		if st, err := os.Stat(filepath.Join(root, d.Name())); err != nil || !st.IsDir() {
			continue // a file, or a link to one
		}
		old, _ := filepath.Glob(filepath.Join(root, d.Name(), "old.*"))
		new, _ := filepath.Glob(filepath.Join(root, d.Name(), "new.*"))
		if len(old) != 1 || len(new) != 1 {
			tb.Errorf("%s: want one old.* and one new.*, found %v and %v", d.Name(), old, new)
			continue
		}
		out = append(out, historyPair{d.Name(), old[0], new[0]})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	if len(out) == 0 {
		tb.Fatalf("%s=%s holds no pairs", pairsEnv, root)
	}
	return out
}

// lowerFile lowers one edition as specgen diff does.
func lowerFile(tb testing.TB, path string) *generator.Result {
	tb.Helper()
	r, err := generator.Lower(generator.Config{Spec: path, Package: "api", LenientOverrides: true, NoValidation: true})
	if err != nil {
		tb.Fatalf("%v", err)
	}
	return r
}

// TestRealHistories reads both editions of every pair as published, and
// checks that comparing them twice gives byte-identical reports in every
// format, with no internal names in them.
func TestRealHistories(t *testing.T) {
	pairs := historyPairs(t)
	for _, p := range pairs {
		t.Run(p.name, func(t *testing.T) {
			old, new := lowerFile(t, p.old), lowerFile(t, p.new)
			for _, r := range []*generator.Result{old, new} {
				if len(r.API.Operations)+len(r.API.Decls) == 0 {
					t.Fatalf("an edition lowered to nothing")
				}
			}
			compare := func(old, new *generator.Result) *diff.Report {
				r := diff.Compare(old.API, new.API)
				diff.CompareDegraded(r, old.API, new.API, load.RawJSON())
				return r
			}
			first := compare(old, new)
			// The second time as specgen diff compares (CompareAll).
			second := diff.CompareAll(lowerFile(t, p.old).API, lowerFile(t, p.new).API, load.RawJSON())
			checkTexts(t, p.name, first)
			for name, render := range map[string]func(*strings.Builder, *diff.Report) error{
				"text":   func(b *strings.Builder, r *diff.Report) error { return diff.WriteText(b, r) },
				"json":   func(b *strings.Builder, r *diff.Report) error { return diff.WriteJSON(b, r) },
				"github": func(b *strings.Builder, r *diff.Report) error { return diff.WriteGitHub(b, r, p.new) },
			} {
				var a, b strings.Builder
				if err := render(&a, first); err != nil {
					t.Fatal(err)
				}
				if err := render(&b, second); err != nil {
					t.Fatal(err)
				}
				if a.String() != b.String() {
					t.Errorf("%s report differs between two runs", name)
				}
			}
			t.Logf("%s: %s (%d notes old, %d new)", p.name, first.Headline(), len(old.Notes), len(new.Notes))
		})
	}
	t.Logf("%d real spec histories compared", len(pairs))
}

// BenchmarkRealHistories times reading, lowering and comparing both
// editions of each pair, as specgen diff does.
func BenchmarkRealHistories(b *testing.B) {
	for _, p := range historyPairs(b) {
		b.Run(p.name, func(b *testing.B) {
			for b.Loop() {
				diff.Compare(lowerFile(b, p.old).API, lowerFile(b, p.new).API)
			}
		})
	}
}

// BenchmarkSeedEditions times the comparison of Coder's older edition with
// spec/ (the golden case diff-seed-editions), reading included: a diff row
// that needs no fetched data.
func BenchmarkSeedEditions(b *testing.B) {
	load := func(spec, schema string) *generator.Result {
		r, err := generator.Lower(generator.Config{Spec: spec, Schemas: []string{schema}, Package: "api",
			Overrides: []string{"uuid.NullUUID=github.com/google/uuid.NullUUID"}, LenientOverrides: true, NoValidation: true})
		if err != nil {
			b.Fatal(err)
		}
		return r
	}
	for b.Loop() {
		old := load("../../golden/diff-seed-editions/old/openapi.yaml", "../../golden/diff-seed-editions/old/workspace.schema.json")
		new := load("../../spec/openapi.yaml", "../../spec/workspace.schema.json")
		diff.Compare(old.API, new.API)
	}
}
