package load

import (
	"slices"
	"testing"
)

// TestPointerTokens: tokens unescaped (~1, ~0, percent-encoding), empty
// tokens kept, with or without "#" and the leading "/".
func TestPointerTokens(t *testing.T) {
	cases := map[string][]string{
		"#": nil, "": nil, "#/": nil,
		"#/a/b":                 {"a", "b"},
		"/a":                    {"a"},
		"a/b":                   {"a", "b"},
		"#/paths/~1a~1{id}/get": {"paths", "/a/{id}", "get"},
		"#/x~01":                {"x~1"},
		"#/a%25b/c%2Fd":         {"a%b", "c", "d"},
		"#/a/":                  {"a", ""},
		"#//x":                  {"", "x"},
	}
	for ptr, want := range cases {
		if got := pointerTokens(ptr); !slices.Equal(got, want) {
			t.Errorf("pointerTokens(%q) = %q, want %q", ptr, got, want)
		}
		var got []string
		for tok := range pointerTokenSeq(ptr) {
			got = append(got, tok)
			if len(got) == 1 && len(want) > 1 {
				break // a caller that stops early stops the sequence
			}
		}
		if len(want) > 1 && !slices.Equal(got, want[:1]) {
			t.Errorf("pointerTokenSeq(%q) stopped early = %q", ptr, got)
		}
	}
}
