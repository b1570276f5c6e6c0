package naming

import (
	"strings"
	"unicode/utf8"
)

// cased returns the words of s, each in exported form, run together: what
// Exported and EnumValue build their names from. Names in specs are
// nearly always ASCII, and for those it splits and cases bytes in place
// (casedASCII); Words and casedWord, which allocate a rune slice, a string
// per word and two more per casing, were a quarter of lowering a large
// schema. TestCasedASCIIAsWords holds the two to the same result.
func cased(s string) string {
	var buf [64]byte
	return string(appendCased(buf[:0], s))
}

// appendCased appends cased(s) to dst.
func appendCased(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return append(dst, casedWords(s)...)
		}
	}
	return casedASCII(dst, s)
}

// casedWords is cased for any text: casedWord over Words.
func casedWords(s string) string {
	var b strings.Builder
	for _, w := range Words(s) {
		b.WriteString(casedWord(w))
	}
	return b.String()
}

// casedASCII appends the words of s (ASCII only) as casedWords writes
// them, split where Words splits: at anything but letters and digits, at
// lower (or digit) to upper, and before the last of a run of capitals
// that a lower-case letter follows ("HTTPServer" → HTTP | Server).
func casedASCII(dst []byte, s string) []byte {
	start := -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isLowerASCII(c) && !isUpperASCII(c) && !isDigitASCII(c) {
			if start >= 0 {
				dst = appendCasedASCII(dst, s[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
			continue
		}
		prev := s[i-1]
		switch {
		case isUpperASCII(c) && (isLowerASCII(prev) || isDigitASCII(prev)):
			dst = appendCasedASCII(dst, s[start:i])
			start = i
		case isLowerASCII(c) && isUpperASCII(prev) && i-1 > start:
			dst = appendCasedASCII(dst, s[start:i-1])
			start = i - 1
		}
	}
	if start >= 0 {
		dst = appendCasedASCII(dst, s[start:])
	}
	return dst
}

// appendCasedASCII appends casedWord(w) for an ASCII word: an initialism
// (or its plural) in upper case, any other word title-cased.
func appendCasedASCII(dst []byte, w string) []byte {
	// The longest initialism has five letters, six with a plural s.
	var up [6]byte
	if len(w) <= len(up) {
		u := up[:len(w)]
		for i := range len(w) {
			u[i] = toUpperASCII(w[i])
		}
		if initialisms[string(u)] {
			return append(dst, u...)
		}
		if len(w) > 2 && w[len(w)-1] == 's' && initialisms[string(u[:len(u)-1])] {
			return append(append(dst, u[:len(u)-1]...), 's')
		}
	}
	dst = append(dst, toUpperASCII(w[0]))
	for i := 1; i < len(w); i++ {
		c := w[i]
		if isUpperASCII(c) {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

func isLowerASCII(c byte) bool { return 'a' <= c && c <= 'z' }
func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }
func isDigitASCII(c byte) bool { return '0' <= c && c <= '9' }

func toUpperASCII(c byte) byte {
	if isLowerASCII(c) {
		return c - ('a' - 'A')
	}
	return c
}
