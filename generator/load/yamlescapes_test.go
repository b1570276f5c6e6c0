package load

import "testing"

// TestWithoutSlashEscapes: only the "\/" of double-quoted scalars loses
// its backslash; a block scalar's text, a single-quoted scalar, a plain
// scalar and a comment keep theirs, and only changed lines are reported.
func TestWithoutSlashEscapes(t *testing.T) {
	in := `pattern: "^W\/x$"
enum: ['say: "a\/b"', "c\/d"]
plain: a\/b # "e\/f"
description: |
  "C:\/dir" is how it is written.
  - "g\/h"
next: "i\/j"
list:
  - >-
    "k\/l"
  - "m\/n"
quoted: 'it''s "o\/p"'
`
	want := `pattern: "^W/x$"
enum: ['say: "a\/b"', "c/d"]
plain: a\/b # "e\/f"
description: |
  "C:\/dir" is how it is written.
  - "g\/h"
next: "i/j"
list:
  - >-
    "k\/l"
  - "m/n"
quoted: 'it''s "o\/p"'
`
	got, lines := withoutSlashEscapes([]byte(in))
	if string(got) != want {
		t.Errorf("withoutSlashEscapes:\n%s\nwant:\n%s", got, want)
	}
	if want := []int{1, 2, 7, 11}; len(lines) != len(want) || lines[0] != 1 || lines[1] != 2 || lines[2] != 7 || lines[3] != 11 {
		t.Errorf("changed lines %v, want %v", lines, want)
	}
}

// TestOpensBlockScalar: the indicators that open a block scalar, and the
// lines that only look like one.
func TestOpensBlockScalar(t *testing.T) {
	for line, want := range map[string]bool{
		"key: |": true, "key: >-": true, "- |": true, "  - >+2": true, "key: | # text": true,
		"key: a|": false, "key: '|'": false, "key: value": false, "|": false,
	} {
		if got := opensBlockScalar([]byte(line)); got != want {
			t.Errorf("opensBlockScalar(%q) = %v, want %v", line, got, want)
		}
	}
}
