package runtime

import (
	"slices"
	"testing"
)

func TestEnumKnown(t *testing.T) {
	sorted := []string{"", "a", "ab", "b", "ba", "z"}
	if !slices.IsSorted(sorted) {
		t.Fatal("the table is not sorted")
	}
	for _, v := range sorted {
		if !enumKnown(sorted, v) {
			t.Errorf("enumKnown(%q) = false, want true", v)
		}
	}
	for _, v := range []string{"0", "aa", "abc", "bb", "c", "zz", "A"} {
		if enumKnown(sorted, v) {
			t.Errorf("enumKnown(%q) = true, want false", v)
		}
	}
	for _, v := range []string{"", "a"} {
		if enumKnown(nil, v) {
			t.Errorf("enumKnown(nil, %q) = true", v)
		}
	}
	if !enumKnown([]string{"x"}, "x") || enumKnown([]string{"x"}, "y") {
		t.Error("enumKnown of one value")
	}
}

func TestQuoteNotOneOf(t *testing.T) {
	got := quoteNotOneOf("bo\"gus\n", ` is not one of "a", "b"`)
	want := `"bo\"gus\n" is not one of "a", "b"`
	if got != want {
		t.Errorf("quoteNotOneOf = %s, want %s", got, want)
	}
}
