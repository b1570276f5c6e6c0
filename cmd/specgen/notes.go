package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/specgen/specgen/generator"
	"github.com/specgen/specgen/generator/ir"
)

// listedNotes is how many notes generate prints one by one; beyond it, a
// real spec's hundreds of notes are summed up by kind, and -notes FILE
// has them all.
const listedNotes = 20

// noteGroup is the notes of one kind, in the order they were made.
type noteGroup struct {
	kind     ir.NoteKind
	degraded bool
	notes    []generator.Note
}

// groupNotes groups notes by kind: the kinds of inexact output first (the
// ones -strict refuses), then the others, each by count, most first, then
// by name.
func groupNotes(notes []generator.Note) []*noteGroup {
	var groups []*noteGroup
	byKind := map[ir.NoteKind]*noteGroup{}
	for _, n := range notes {
		g := byKind[n.Kind]
		if g == nil {
			g = &noteGroup{kind: n.Kind}
			byKind[n.Kind] = g
			groups = append(groups, g)
		}
		g.degraded = g.degraded || n.Degraded
		g.notes = append(g.notes, n)
	}
	slices.SortStableFunc(groups, func(a, b *noteGroup) int {
		switch {
		case a.degraded != b.degraded:
			if a.degraded {
				return -1
			}
			return 1
		case len(a.notes) != len(b.notes):
			return len(b.notes) - len(a.notes)
		}
		return strings.Compare(kindName(a.kind), kindName(b.kind))
	})
	return groups
}

func kindName(k ir.NoteKind) string {
	if k == "" {
		return "other"
	}
	return string(k)
}

// printNotes writes the notes to stderr: each one when there are few, and
// a table of kinds with counts when there are several kinds or many notes.
//
//	note: openapi.yaml:10:11 (#/paths/~1search/get/parameters/0): operation Search: …
//	specgen: 312 notes; * marks output that is not exact (-strict refuses it), -notes FILE lists them all
//	  * parameter as JSON text   12  first: openapi.yaml:10:11 (#/paths/~1search/get/parameters/0)
//	    renamed                  40  first: …
func printNotes(o *options, notes []generator.Note, stderr io.Writer) {
	if o.quiet || len(notes) == 0 {
		return
	}
	if len(notes) <= listedNotes {
		for _, n := range notes {
			fmt.Fprintf(stderr, "note: %s\n", n)
		}
	}
	groups := groupNotes(notes)
	if len(notes) <= listedNotes && len(groups) == 1 {
		return
	}
	more := "-notes FILE lists them all"
	if o.notes != "" {
		more = "all in " + o.notes
	}
	fmt.Fprintf(stderr, "specgen: %d notes; * marks output that is not exact (-strict refuses it), %s\n", len(notes), more)
	width := 0
	for _, g := range groups {
		width = max(width, len(kindName(g.kind)))
	}
	for _, g := range groups {
		mark := " "
		if g.degraded {
			mark = "*"
		}
		first := g.notes[0].Where
		if first == "" {
			first = g.notes[0].Message
		}
		fmt.Fprintf(stderr, "  %s %-*s %4d  first: %s\n", mark, width, kindName(g.kind), len(g.notes), first)
	}
}

// writeNotes writes every note to path, grouped as printNotes orders the
// kinds, one per line under a heading per kind:
//
//	## parameter as JSON text (12; not exact, -strict refuses it)
//	openapi.yaml:10:11 (#/paths/~1search/get/parameters/0): operation Search: …
func writeNotes(path string, notes []generator.Note) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# %d notes by specgen\n", len(notes))
	for _, g := range groupNotes(notes) {
		exact := ""
		if g.degraded {
			exact = "; not exact, -strict refuses it"
		}
		fmt.Fprintf(&b, "\n## %s (%d%s)\n", kindName(g.kind), len(g.notes), exact)
		for _, n := range g.notes {
			fmt.Fprintf(&b, "%s\n", n)
		}
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("-notes: %w", err)
	}
	return nil
}
