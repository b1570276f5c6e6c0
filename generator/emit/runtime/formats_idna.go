package runtime

import "unicode"

// IDNA2008's derived property (RFC 5892 section 3), computed from package
// unicode instead of a table of every code point: the exceptions, the join
// controls, then what RFC 5892 disallows (code points NFKC case folding
// changes, default-ignorables, three blocks, old Hangul jamo), and letters,
// digits and marks are PVALID. Package unicode has no NFKC, so the code
// points it changes beyond what its case mappings show are a generated
// table (idnaUnstableFixups, formats_idnatable.go), held by
// TestIDNAPropertyIsRFC5892 to golang.org/x/text's NFKC and case folding.

// IDNA2008 derived properties (RFC 5892 section 2).
const (
	idnaDisallowed = iota
	idnaPVALID
	idnaContextJ
	idnaContextO
)

// idnaProperty returns the derived property of r.
func idnaProperty(r rune) int {
	if r < 0x80 {
		if 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || r == '-' {
			return idnaPVALID
		}
		return idnaDisallowed
	}
	switch r {
	// Exceptions (RFC 5892 section 2.6).
	case 0xDF, 0x3C2, 0x6FD, 0x6FE, 0xF0B, 0x3007:
		return idnaPVALID
	case 0xB7, 0x375, 0x5F3, 0x5F4, 0x30FB:
		return idnaContextO
	case 0x640, 0x7FA, 0x302E, 0x302F, 0x3031, 0x3032, 0x3033, 0x3034, 0x3035, 0x303B:
		return idnaDisallowed
	case 0x200C, 0x200D:
		return idnaContextJ
	}
	if 0x660 <= r && r <= 0x669 || 0x6F0 <= r && r <= 0x6F9 {
		return idnaContextO
	}
	if !unicode.In(r, unicode.Ll, unicode.Lu, unicode.Lo, unicode.Nd, unicode.Lm, unicode.Mn, unicode.Mc) ||
		idnaUnstable(r) ||
		unicode.In(r, unicode.Other_Default_Ignorable_Code_Point, unicode.Variation_Selector) ||
		0x20D0 <= r && r <= 0x20FF || 0x1D100 <= r && r <= 0x1D24F || idnaOldHangulJamo(r) {
		return idnaDisallowed
	}
	return idnaPVALID
}

// idnaUnstable reports whether NFKC case folding changes r (RFC 5892's
// Unstable): what package unicode's case mappings show (an upper- or
// title-case letter, or a lower-case one whose fold differs, as ſ), with the
// generated fixups for what only NFKC shows (ﬁ, ㍱, ½) or what the case
// mappings suggest but folding keeps (Cherokee small letters fold to the
// capitals).
func idnaUnstable(r rune) bool {
	cased := unicode.ToLower(r) != r || unicode.ToLower(unicode.ToUpper(r)) != r
	return cased != formatInRanges(idnaUnstableFixups, r)
}

// idnaOldHangulJamo reports whether r is a conjoining jamo
// (Hangul_Syllable_Type L, V or T), which RFC 5892 disallows.
func idnaOldHangulJamo(r rune) bool {
	return 0x1100 <= r && r <= 0x11FF || 0xA960 <= r && r <= 0xA97C || 0xD7B0 <= r && r <= 0xD7C6 || 0xD7CB <= r && r <= 0xD7FB
}

// formatInRanges reports whether r is in one of the sorted, inclusive ranges
// (pairs of first and last code point).
func formatInRanges(ranges []rune, r rune) bool {
	lo, hi := 0, len(ranges)/2
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case r < ranges[2*m]:
			hi = m
		case r > ranges[2*m+1]:
			lo = m + 1
		default:
			return true
		}
	}
	return false
}
