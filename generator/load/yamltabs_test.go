package load

import (
	"slices"
	"testing"
)

// TestTabCommentLines holds which lines the tab mend touches: comments
// that begin with a tab, and nothing in a block scalar (indented with
// spaces), nor a comment indented with spaces, nor a line of data.
func TestTabCommentLines(t *testing.T) {
	data := []byte("a:\n\t# one\nb: |\n  \t# text of b\n  # more text\n\t  # two\nc: \"x\n\t#y\"\n\tkey: v\n    # spaces\n")
	got := tabCommentLines(data)
	want := []int{2, 6, 8}
	if !slices.Equal(got, want) {
		t.Fatalf("tabCommentLines = %v, want %v", got, want)
	}
	out := string(withoutLeadingWhite(data, got))
	wantOut := "a:\n# one\nb: |\n  \t# text of b\n  # more text\n# two\nc: \"x\n#y\"\n\tkey: v\n    # spaces\n"
	if out != wantOut {
		t.Fatalf("withoutLeadingWhite:\n%q\nwant\n%q", out, wantOut)
	}
	f, err := parseFile("t.yaml", "file:///t.yaml", []byte("e:\n  - A\n\t\t# tabs\n  - B\nd: |\n  # kept\n"))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(f.tabComments, []int{3}) {
		t.Errorf("tabComments = %v, want [3]", f.tabComments)
	}
	m := f.Value.(map[string]any)
	if d := m["d"]; d != "# kept\n" {
		t.Errorf("block scalar = %q, want its # kept", d)
	}
	if e := m["e"].([]any); len(e) != 2 {
		t.Errorf("e = %v, want [A B]", e)
	}
}
