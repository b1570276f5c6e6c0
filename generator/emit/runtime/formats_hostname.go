package runtime

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isFormatHostname reports whether s is an Internet host name (RFC 1123):
// dot-separated labels of 1 to 63 letters, digits and hyphens, not starting
// or ending with a hyphen, 253 characters in all, no trailing dot. A label
// that starts with "xn--" is an A-label (RFC 5890): it must be Punycode
// that decodes to a valid U-label and encodes back to itself.
func isFormatHostname(s string) bool { return formatHostName(s, false) }

// isFormatIDNHostname reports whether s is an internationalized host name
// (RFC 5890): labels as a host name's, or U-labels valid under IDNA2008
// (RFC 5891–5893), separated by full stops (".", "。", "．" or "｡").
func isFormatIDNHostname(s string) bool { return formatHostName(s, true) }

// formatHostName checks the labels of s one by one, and then, where one
// of them is right-to-left, every label under the Bidi rule (RFC 5893: it
// applies to the whole name once one label is right-to-left).
func formatHostName(s string, idn bool) bool {
	if idn && !utf8.ValidString(s) {
		return false
	}
	size, rtl := 0, false
	for rest, more := s, true; more; {
		var label string
		label, rest, more = formatCutLabel(rest, idn)
		n, labelRTL, ok := formatHostLabel(label, idn)
		if !ok {
			return false
		}
		size += n + 1
		rtl = rtl || labelRTL
	}
	// The length counts each label as its A-label, which DNS carries.
	if size-1 > 253 {
		return false
	}
	for rest, more := s, rtl; more; {
		var label string
		label, rest, more = formatCutLabel(rest, idn)
		var buf [punyMaxLabel]rune
		runes, _, _ := formatLabelRunes(label, &buf)
		if !idnaBidiRule(runes) {
			return false
		}
	}
	return true
}

// formatCutLabel cuts s at its first label separator: "." and, with idn,
// the full stops RFC 3490 also reads as one (U+3002, U+FF0E, U+FF61).
func formatCutLabel(s string, idn bool) (label, rest string, more bool) {
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '.':
			return s[:i], s[i+1:], true
		case idn && (strings.HasPrefix(s[i:], "\u3002") || strings.HasPrefix(s[i:], "\uff0e") || strings.HasPrefix(s[i:], "\uff61")):
			return s[:i], s[i+3:], true
		}
	}
	return s, "", false
}

// formatHostLabel checks one label, returning its size as an A-label and
// whether it is right-to-left (holds an R, AL or AN character).
func formatHostLabel(label string, idn bool) (size int, rtl, ok bool) {
	ascii := formatIsASCII(label)
	if label == "" || !ascii && !idn {
		return 0, false, false
	}
	if ascii {
		if len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return 0, false, false
		}
		for i := 0; i < len(label); i++ {
			c := label[i]
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-') {
				return 0, false, false
			}
		}
		if !formatIsALabel(label) {
			return len(label), false, true
		}
	}
	var buf [punyMaxLabel]rune
	runes, alabel, ok := formatLabelRunes(label, &buf)
	if !ok || !idnaULabel(runes) {
		return 0, false, false
	}
	var out [punyMaxLabel]byte
	encoded, ok := punyEncode(runes, &out)
	if !ok || 4+len(encoded) > 63 {
		return 0, false, false
	}
	if alabel && !formatEqualFoldBytes(encoded, label[4:]) {
		// Not the Punycode of its own U-label ("xn---9uc"): not canonical.
		return 0, false, false
	}
	return 4 + len(encoded), idnaRTL(runes), true
}

// formatIsALabel reports whether an ASCII label has the ACE prefix "xn--".
func formatIsALabel(label string) bool {
	return len(label) >= 4 && strings.EqualFold(label[:4], "xn--")
}

// formatLabelRunes returns the code points of a label into buf: an
// A-label's U-label (alabel), or the label's own characters.
func formatLabelRunes(label string, buf *[punyMaxLabel]rune) (runes []rune, alabel, ok bool) {
	if formatIsASCII(label) && formatIsALabel(label) {
		runes, ok = punyDecode(label[4:], buf)
		if ok {
			// An A-label that decodes to ASCII only is no A-label.
			ok = false
			for _, r := range runes {
				ok = ok || r >= utf8.RuneSelf
			}
		}
		return runes, true, ok
	}
	n := 0
	for _, r := range label {
		if n == len(buf) {
			return nil, false, false
		}
		buf[n] = r
		n++
	}
	return buf[:n], false, true
}

// formatEqualFoldBytes reports whether the ASCII b and s are equal but for
// case.
func formatEqualFoldBytes(b []byte, s string) bool {
	if len(b) != len(s) {
		return false
	}
	for i := range b {
		x, y := b[i], s[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// idnaULabel reports whether label is a U-label under RFC 5891 section
// 4.2.3 and RFC 5892: no hyphen first, last or in the third and fourth
// positions, no combining mark first, every code point PVALID or allowed
// by its contextual rule. (Normalization form C is not checked: it takes
// composition tables package unicode does not have; docs/formats.md.)
func idnaULabel(label []rune) bool {
	n := len(label)
	if n == 0 || label[0] == '-' || label[n-1] == '-' || n >= 4 && label[2] == '-' && label[3] == '-' || unicode.Is(unicode.M, label[0]) {
		return false
	}
	for i, r := range label {
		switch idnaProperty(r) {
		case idnaDisallowed:
			return false
		case idnaContextJ:
			if !idnaJoinerAllowed(label, i) {
				return false
			}
		case idnaContextO:
			if !idnaContextOAllowed(label, i) {
				return false
			}
		}
	}
	return true
}
