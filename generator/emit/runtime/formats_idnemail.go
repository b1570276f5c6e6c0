package runtime

import (
	"net/mail"
	"strings"
	"unicode/utf8"
)

// isFormatIDNEmail reports whether s is an internationalized e-mail
// address (RFC 6531): an address as isFormatEmail has it, whose local part
// and domain labels may also hold characters beyond ASCII. An ASCII
// address is checked as format email is. The domain's non-ASCII labels are
// held to the hostname rules (length, hyphens, no empty label) but not to
// IDNA2008's (format idn-hostname's): the suite's idn-email tests do not
// ask for them, and jsonschema does not check idn-email. The at-sign is the ASCII one: a fullwidth ＠ separates
// nothing.
func isFormatIDNEmail(s string) bool {
	if formatIsASCII(s) {
		return isFormatEmail(s)
	}
	local, domain, ok := emailParts(s)
	if !ok || !utf8.ValidString(s) {
		return false
	}
	if valid, literal := emailAddressLiteral(domain); literal && !valid || !literal && !formatIDNDomain(domain) {
		return false
	}
	if emailDotAtom(local, true) && !strings.HasSuffix(domain, ".") {
		return true
	}
	// A quoted local part, or a trailing dot: net/mail decides, as for
	// format email (it reads RFC 6532's UTF-8).
	_, err := mail.ParseAddress(s)
	return err == nil
}

// formatIDNDomain reports whether domain is dot-separated labels of 1 to 63
// bytes of letters, digits, hyphens and characters beyond ASCII, not
// starting or ending with a hyphen, 253 bytes in all: isFormatHostname's
// rules, with characters beyond ASCII taken as letters.
func formatIDNDomain(domain string) bool {
	domain = strings.TrimSuffix(domain, ".")
	if len(domain) > 253 {
		return false
	}
	for label := range strings.SplitSeq(domain, ".") {
		if len(label) < 1 || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for i := 0; i < len(label); i++ {
			c := label[i]
			if !(c >= utf8.RuneSelf || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-') {
				return false
			}
		}
	}
	return true
}
