package emit

import (
	"go/format"
	"slices"
	"strings"
	"testing"

	"github.com/specgen/specgen/generator/emit/gofmt"
)

// TestDocLinesLazyContinuation: a line indented by spaces right after a
// paragraph's continues it (Markdown's reading), while one after a list
// item, a blank line or inside a fence keeps its indentation.
func TestDocLinesLazyContinuation(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"If unspecified, this will be\n      set to the default.", []string{"If unspecified, this will be", "set to the default."}},
		{"* `manager` - Can manage\n      the membership.", []string{"* `manager` - Can manage", "      the membership."}},
		{"Example:\n\n    code()", []string{"Example:", "", "    code()"}},
		{"```\nfunc f() {\n    return\n```", []string{"```", "func f() {", "    return", "```"}},
	}
	for _, c := range cases {
		if got := docLines(c.text, false); !slices.Equal(got, c.want) {
			t.Errorf("docLines(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestCommentLinesCarriageReturn: a lone carriage return in a description
// is dropped from the comment, which gofmt lays out as go/format lays out
// the comment holding it (go/scanner drops it), and the fast formatter
// then lays out the file itself rather than handing it to go/format.
func TestCommentLinesCarriageReturn(t *testing.T) {
	text := "Address(es) of the practitioner. \rWork addresses are\r not typically entered.\r\n\r\nA second \r\rparagraph."
	withCR := "package p\n\n// " + strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\n", "\n// ") + "\ntype T struct {\n// " + text[:40] + "\nA int\n}\n"
	got := "package p\n\n" + commentLines(docLines(text, false)) + "\ntype T struct {\n" + commentLines(docLines(text[:40], false)) + "\nA int\n}\n"
	if strings.Contains(got, "\r") {
		t.Fatalf("comment keeps a carriage return:\n%q", got)
	}
	want, err := format.Source([]byte(withCR))
	if err != nil {
		t.Fatal(err)
	}
	out, st, err := gofmt.FormatStats([]byte(got))
	if err != nil {
		t.Fatal(err)
	}
	if st.WholeFile || st.Fallbacks > 0 {
		t.Errorf("the formatter handed the comment to go/format: %+v", st)
	}
	if string(out) != string(want) {
		t.Errorf("laid out\n%s\nwant (go/format of the text with \\r)\n%s", out, want)
	}
}
