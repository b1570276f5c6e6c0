package runtime

import "strconv"

// knownString reports whether v is in sorted (a string enum's values in byte
// order): one by one when there are few, else by binary search. Every
// string enum's IsKnown calls it with its own table, so the package holds
// one search and a table per enum rather than a string switch per enum,
// which the compiler built again wherever IsKnown was inlined (and in the
// pointer wrapper Go adds for each method). It is never inlined itself,
// for the same reason.
//
//go:noinline
func knownString(sorted []string, v string) bool {
	if len(sorted) <= 16 {
		// Most enums are short: comparing lengths first (what == does)
		// rules out nearly every value without reading a byte.
		for _, s := range sorted {
			if s == v {
				return true
			}
		}
		return false
	}
	i, j := 0, len(sorted)
	for i < j {
		h := int(uint(i+j) >> 1)
		if sorted[h] < v {
			i = h + 1
		} else {
			j = h
		}
	}
	return i < len(sorted) && sorted[i] == v
}

// quoteNotOneOf is the message of a string outside an allowed set: v
// quoted, then rest (` is not one of "a", "b"`). It is never inlined:
// hundreds of checks call it, and an inlined strconv.Quote is a copy of its
// loop in each of them.
//
//go:noinline
func quoteNotOneOf(v, rest string) string {
	return strconv.Quote(v) + rest
}
