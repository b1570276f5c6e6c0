package gofmt_test

import (
	"bytes"
	"go/format"
	"strings"
	"testing"

	"github.com/specgen/specgen/generator/emit/gofmt"
)

// TestLayoutCases pins constructs the corpora hold few or none of, each
// against go/format.Source, and says which Format lays out itself.
func TestLayoutCases(t *testing.T) {
	cases := []struct {
		name, src string
		fast      bool // laid out without go/format
	}{
		{"struct of one field with an empty interface", "package p\n\n\ntype T struct{\nA interface{}\n}\n", true},
		{"struct starting with an empty interface", "package p\n\n\ntype T struct{\nA interface{}\nBbbbbb int `json:\"b\"`\n}\n", true},
		{"embedded fields and name lists", "package p\n\n\ntype T struct{\njsonAny\n* Base `json:\"-\"`\nA,B int\nCcccc string `json:\"c\"`\n}\n", true},
		{"binary spacing by depth", "package p\n\n\nfunc f () {\nx := a * b + c\ny := x [i + 1 : j]\nz := f (a * b,c + d)\nw := - x / * p\n}\n", true},
		{"keyed literal alignment", "package p\n\n\nvar x = T {\na:1,\nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb:2,\nc:f (x),\n}\n", true},
		// go/printer keeps an empty body on a header of 99 columns and
		// breaks it on one of 100 (argocd's validate methods).
		{"empty body, header of 99", "package p\n\n\nfunc (v * " + strings.Repeat("A", 42) + ") validate (p * validationPath,errs * ValueErrors) {}\n", true},
		{"empty body, header of 100", "package p\n\n\nfunc (v * " + strings.Repeat("A", 43) + ") validate (p * validationPath,errs * ValueErrors) {}\n", true},
		// The header is measured from "func", not from the line break
		// the doc comment before it leaves pending (a random spec's check
		// function of 99 columns).
		{"empty body after a doc comment, header of 99", "package p\n\n\n// F is f.\nfunc check" + strings.Repeat("A", 44) + " (v any,p * validationPath,errs * ValueErrors) {}\n", true},
		{"empty body after a doc comment, header of 100", "package p\n\n\n// F is f.\nfunc check" + strings.Repeat("A", 45) + " (v any,p * validationPath,errs * ValueErrors) {}\n", true},
		{"adjacent one-line methods", "package p\n\n\nfunc (* A) m () {}\nfunc (* Bbbbb) m () {}\n", true},
		{"comment in a body", "package p\n\n\nfunc f () {\nx := 1\n\n// Sorted, so that it is stable.\nfor range x {\n}\n}\n", true},
		{"doc comment with a list", "package p\n\n\n// F does:\n//   - one\n//   - two\nfunc F () {\n}\n", true},
		// go/doc/comment makes ``x`` “x” and '' ” (evidence-bundle's
		// descriptions, found by make realschemas' go/format check).
		{"doc comment with double quotes", "package p\n\n\n// T is how the ``evidence_type`` was decided, ''so''.\ntype T int\n", true},
		// A reformatted doc comment is kept by its text (docMemo): the
		// same text again, with a directive after it, and once more must
		// each come out as go/printer writes them.
		{"repeated doc comment with a list, one with a directive", "package p\n\n\n// F does:\n//   - one\nfunc F () {\n}\n\n// F does:\n//   - one\n//go:noinline\nfunc G () {\n}\n\n// F does:\n//   - one\nfunc H () {\n}\n", true},
		// A one-line first paragraph is left as is and the rest reformatted
		// after a stand-in: a line after it may still be an old-style
		// heading, a list still follows a blank line, and a first line
		// with a link is reformatted with the rest (its link definition
		// is then used).
		{"doc comment after a one-line paragraph", "package p\n\n\n// T is the schema at #/x.\n//\n// Overview\n//\n// Text:\n//   - one\ntype T int\n\n// U is the schema at #/y.\n//\n// Overview\n//\n// Text:\n//   - one\ntype U int\n", true},
		{"doc comment after a one-line paragraph with a link", "package p\n\n\n// T is [the schema].\n//\n// Text [here]:\n//   - one\n//\n// [the schema]: https://example.com\n// [here]: https://example.com/here\n// [unused]: https://example.com/unused\ntype T int\n", true},
		// go/doc/comment prints the indented second line as code and the
		// list after it indented; read again they are one code block.
		// Format writes what gofmt leaves alone (Sentry's descriptions).
		{"doc comment with code then a list", "package p\n\n\n// T is the schema.\n//\n// The role. If unspecified, this will be\n//                     set to the default. The options are:\n//\n// * `billing` - Can pay.\n// * `manager` - Can manage\n//         the membership.\ntype T string\n", true},
		// A tight list, then items each after a blank line: printed as two
		// lists, read again as one with a blank line between some items,
		// which gofmt prints between all (Coinbase's CDP descriptions).
		{"doc comment with a tight list then loose items", "package p\n\n\n// T is the schema.\n//\n// Fields:\n//\n// - `to`: the address.\n// - `chainId`: ignored.\n//   The network field decides.\n//\n// - `nonce`: the nonce.\n//    Estimated when absent.\n//\n// - `value`: the amount.\ntype T string\n", true},
		{"type alias", "package p\n\n\ntype A = map[string] B\n", true},
		{"label", "package p\n\n\nfunc f () {\nL:\nfor {\nbreak L\n}\n}\n", false},
		{"trailing comment", "package p\n\n\nvar x = 1 // one\n", false},
		// jennifer writes a comment with a line break in it as a general
		// comment; its text must never be read as operators.
		{"general comment", "package p\n\n\n/*\nF does x / * p\n*/\nfunc F () {\n}\n", false},
		{"general comment in a body", "package p\n\n\nfunc f () {\nx := a /* b */ * c\n}\n", false},
	}
	for _, c := range cases {
		want, err := format.Source([]byte(c.src))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		// gofmt's fixed point: formatting is not always idempotent.
		for again, _ := format.Source(want); !bytes.Equal(again, want); again, _ = format.Source(want) {
			want = again
		}
		got, st, err := gofmt.FormatStats([]byte(c.src))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s:\n--- go/format\n%s--- Format\n%s", c.name, want, got)
		}
		if fast := st.Fallbacks == 0 && !st.WholeFile; fast != c.fast {
			t.Errorf("%s: laid out without go/format: %v, want %v (%+v)", c.name, fast, c.fast, st)
		}
	}
}
