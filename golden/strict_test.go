package golden_test

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/specgen/specgen/generator"
	"github.com/specgen/specgen/generator/document"
)

// TestStrictRefusesEveryDegradedNote runs every case that pins its notes
// (notes.txt) again under -strict: each note of something generated
// inexactly must be one located error, with the note's words, and the
// other notes none.
func TestStrictRefusesEveryDegradedNote(t *testing.T) {
	cases, _ := filepath.Glob("*/notes.txt")
	if len(cases) == 0 {
		t.Fatal("no case has notes.txt")
	}
	for _, notes := range cases {
		dir := filepath.Dir(notes)
		t.Run(dir, func(t *testing.T) {
			cfg := loadCase(t, dir)
			cfg.Strict = false
			res, err := generator.Run(cfg)
			if err != nil {
				t.Fatal(err)
			}
			var degraded []generator.Note
			for _, n := range res.Diagnostics {
				if n.Degraded {
					degraded = append(degraded, n)
				}
			}
			cfg.Strict = true
			_, err = generator.Run(cfg)
			if len(degraded) == 0 {
				if err != nil {
					t.Errorf("nothing degraded, yet -strict fails: %v", err)
				}
				return
			}
			var errs document.Errors
			if !errors.As(err, &errs) {
				t.Fatalf("-strict: %v, want %d located errors", err, len(degraded))
			}
			if len(errs) != len(degraded) {
				t.Errorf("-strict: %d errors for %d degraded notes:\n%v", len(errs), len(degraded), err)
			}
			for i, n := range degraded {
				if i >= len(errs) {
					break
				}
				want := n.Where + ": " + n.Message
				if got := errs[i].Error(); !strings.HasPrefix(got, want) || !strings.HasSuffix(got, "["+string(n.Kind)+", an error under -strict]") {
					t.Errorf("error %d = %q, want the note %q marked as its kind", i, got, want)
				}
			}
		})
	}
}
