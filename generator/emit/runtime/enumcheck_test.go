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
	// Long enough for the binary search.
	var long []string
	for c := 'a'; c <= 'z'; c++ {
		long = append(long, string(c), string(c)+"x")
	}
	slices.Sort(long)
	for _, v := range long {
		if !enumKnown(long, v) {
			t.Errorf("enumKnown(long, %q) = false, want true", v)
		}
	}
	for _, v := range []string{"", "0", "ab", "xy", "zzz", "{"} {
		if enumKnown(long, v) {
			t.Errorf("enumKnown(long, %q) = true, want false", v)
		}
	}
}

func TestQuoteNotOneOf(t *testing.T) {
	got := quoteNotOneOf("bo\"gus\n", ` is not one of "a", "b"`)
	want := `"bo\"gus\n" is not one of "a", "b"`
	if got != want {
		t.Errorf("quoteNotOneOf = %s, want %s", got, want)
	}
}
