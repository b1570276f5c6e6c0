package emit

import (
	"slices"
	"testing"
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
