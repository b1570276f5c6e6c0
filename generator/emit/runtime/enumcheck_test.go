package runtime

import (
	"slices"
	"testing"
)

func TestKnownString(t *testing.T) {
	sorted := []string{"", "a", "ab", "b", "ba", "z"}
	if !slices.IsSorted(sorted) {
		t.Fatal("the table is not sorted")
	}
	for _, v := range sorted {
		if !knownString(sorted, v) {
			t.Errorf("knownString(%q) = false, want true", v)
		}
	}
	for _, v := range []string{"0", "aa", "abc", "bb", "c", "zz", "A"} {
		if knownString(sorted, v) {
			t.Errorf("knownString(%q) = true, want false", v)
		}
	}
	for _, v := range []string{"", "a"} {
		if knownString(nil, v) {
			t.Errorf("knownString(nil, %q) = true", v)
		}
	}
	if !knownString([]string{"x"}, "x") || knownString([]string{"x"}, "y") {
		t.Error("knownString of one value")
	}
	// Long enough for the binary search.
	var long []string
	for c := 'a'; c <= 'z'; c++ {
		long = append(long, string(c), string(c)+"x")
	}
	slices.Sort(long)
	for _, v := range long {
		if !knownString(long, v) {
			t.Errorf("knownString(long, %q) = false, want true", v)
		}
	}
	for _, v := range []string{"", "0", "ab", "xy", "zzz", "{"} {
		if knownString(long, v) {
			t.Errorf("knownString(long, %q) = true, want false", v)
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
