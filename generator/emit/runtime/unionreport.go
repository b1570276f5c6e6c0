package runtime

import (
	"strconv"
	"strings"
)

// Why no variant of a union matched, said as the reference validator
// (santhosh-tekuri/jsonschema) says it: each variant's causes, located,
// below one line that names the union's rule. What both kinds of union
// share, sum types (jsonUnion) and JSON values (valueNoneMatched): the
// choice of the variant the value was meant for, and the text, bounded.

// unionMiss is one variant that did not match, for the report: its label
// (a Go type, index -1, or "oneOf" and the variant's index, which make
// "oneOf/1" only when reported) and what was wrong, located from the
// document's root.
type unionMiss struct {
	label  string
	index  int
	causes ValueErrors
}

// Bounds of a report, so that a union nested in unions many levels deep
// says enough to find the cause without growing with the document.
const (
	unionReportVariants = 8    // variants listed, the rest counted
	unionReportCauses   = 3    // causes listed per variant, the rest counted
	unionReportNested   = 12   // lines kept of a nested union's report
	unionReportBytes    = 2048 // bytes of a report, cut at a line
)

// unionMeant returns the index of the one variant in misses the value was
// meant for, or -1: the one left when those that miss a const tag (a
// member of the value that must be one string, `kind: "cat"`) are set
// aside; the first, when all failed alike (unionSame), which say one
// thing. Variants that do not take the value's JSON type are not in
// misses. pointer is the union's location.
func unionMeant(misses []unionMiss, pointer string) int {
	if len(misses) == 1 || unionSame(misses) {
		return 0
	}
	meant := -1
	for i := range misses {
		if unionTagMissed(misses[i].causes, pointer) {
			continue
		}
		if meant >= 0 {
			return -1
		}
		meant = i
	}
	return meant
}

// unionSame reports whether every variant in misses failed alike: the
// same causes at the same places (a member null that each variant types).
// They are then the cause, reported where they are, once.
func unionSame(misses []unionMiss) bool {
	if len(misses) < 2 {
		return false
	}
	first := misses[0].causes
	for _, m := range misses[1:] {
		if len(m.causes) != len(first) {
			return false
		}
		for i, e := range m.causes {
			if e.Pointer != first[i].Pointer || e.Message != first[i].Message {
				return false
			}
		}
	}
	return true
}

// unionTagMissed reports whether causes hold a member of the value at
// pointer that is not the one string its schema names (causeTag: `must be
// "cat"`).
func unionTagMissed(causes ValueErrors, pointer string) bool {
	for _, e := range causes {
		if e.code == causeTag && unionMember(e.Pointer, pointer) {
			return true
		}
	}
	return false
}

// unionMisfit reports whether causes say that the value at pointer does
// not fit a variant by shape, as a sum type tells its variants apart
// before trying them: it is of a JSON type the variant does not take
// (causeType), or lacks a property the variant requires (causeRequired;
// a JSON value's check).
func unionMisfit(causes ValueErrors, pointer string) bool {
	for _, e := range causes {
		if e.code == causeType && e.Pointer == pointer || e.code == causeRequired && unionMember(e.Pointer, pointer) {
			return true
		}
	}
	return false
}

// unionMember reports whether at locates a member of the value at pointer
// (a property or an item, not one deeper down).
func unionMember(at, pointer string) bool {
	rest, ok := strings.CutPrefix(at, pointer)
	return ok && len(rest) > 0 && rest[0] == '/' && !strings.Contains(rest[1:], "/")
}

// unionReport writes head and, below it, each variant's causes, located
// from the union (at field base), so that the report reads the same
// wherever the union is and wherever it is embedded (a nested union's
// report is one cause of its parent's):
//
//	must match exactly one schema of oneOf, but matches none:
//	  - Cat: kind: must be "cat"
//	  - Dog:
//	      bark: must be at least 3 characters long
//	      name: is required
//
// more is the number of variants that missed beyond misses.
func unionReport(head, base string, misses []unionMiss, more int) string {
	var b strings.Builder
	size := len(head)
	for _, m := range misses {
		size += len(m.label) + 8
		for _, e := range m.causes {
			size += len(e.Field) + len(e.Message) + 10
		}
	}
	b.Grow(min(size, unionReportBytes+64))
	b.WriteString(head)
	for i, m := range misses {
		if i == unionReportVariants {
			more += len(misses) - i
			break
		}
		b.WriteString("\n  - ")
		b.WriteString(m.label)
		if m.index >= 0 {
			b.WriteString("/" + strconv.Itoa(m.index))
		}
		b.WriteByte(':')
		switch len(m.causes) {
		case 0:
			b.WriteString(" does not match")
		case 1:
			b.WriteByte(' ')
			unionCause(&b, m.causes[0], base, "    ")
		default:
			for j, e := range m.causes {
				if j == unionReportCauses {
					b.WriteString("\n      … and " + strconv.Itoa(len(m.causes)-j) + " more")
					break
				}
				b.WriteString("\n      ")
				unionCause(&b, e, base, "      ")
			}
		}
	}
	if more > 0 {
		b.WriteString("\n  … and " + strconv.Itoa(more) + " more")
	}
	s := b.String()
	if len(s) > unionReportBytes {
		cut := strings.LastIndexByte(s[:unionReportBytes], '\n')
		s = s[:max(cut, 0)] + "\n  …"
	}
	return s
}

// unionCause writes one cause, its field from base; the lines of a nested
// union's report are indented below it, so many as unionReportNested.
func unionCause(b *strings.Builder, e *ValueError, base, indent string) {
	text := e.Message
	if f := unionRelative(e.Field, base); f != "" {
		text = f + ": " + text
	}
	for i := 0; ; i++ {
		line, rest, more := strings.Cut(text, "\n")
		if i == unionReportNested {
			b.WriteString("\n" + indent + "…")
			return
		}
		if i > 0 {
			b.WriteString("\n" + indent)
		}
		b.WriteString(line)
		if !more {
			return
		}
		text = rest
	}
}

// unionRelative is field, a ValueError's, from base: "lives" from "pet" for
// "pet.lives", "[2]" for "pet[2]", "" for base itself.
func unionRelative(field, base string) string {
	if base == "" {
		return field
	}
	rest, ok := strings.CutPrefix(field, base)
	switch {
	case !ok:
		return field
	case strings.HasPrefix(rest, "."):
		return rest[1:]
	}
	return rest
}
