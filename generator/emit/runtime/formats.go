// Format checks agree with the JSON-Schema-Test-Suite's optional/format
// tests, using only the standard library. hostname, idn-hostname, ipv4 and
// the URI formats follow their RFCs (formats_hostname.go, formats_uri.go);
// the others follow santhosh-tekuri/jsonschema/v5's AssertFormat mode, the
// oracle the differential tests hold Validate to. Where a check allocates
// (mail.ParseAddress) an allocation-free test first accepts the common
// forms it would accept, so that a valid value costs no allocation.

package runtime

import (
	"net/mail"
	"net/netip"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// isFormatDate reports whether s is an RFC 3339 full-date (2006-01-02).
func isFormatDate(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

// isFormatEmail reports whether s is an e-mail address (RFC 5322 addr-spec).
func isFormatEmail(s string) bool {
	local, domain, ok := emailParts(s)
	if !ok {
		return false
	}
	if ip, literal := emailAddressLiteral(domain); literal {
		return ip
	}
	if !emailHostname(domain) {
		return false
	}
	// The common form, which net/mail accepts, without allocating.
	if isEmailDotAtom(local) && !strings.HasSuffix(domain, ".") {
		return true
	}
	_, err := mail.ParseAddress(s)
	return err == nil
}

// emailParts splits an address at its last at-sign, reporting whether it
// has one and the lengths are within the limits: 254 bytes in all, 64 for
// the local part.
func emailParts(s string) (local, domain string, ok bool) {
	at := strings.LastIndexByte(s, '@')
	if len(s) > 254 || at < 0 || at > 64 {
		return "", "", false
	}
	return s[:at], s[at+1:], true
}

// emailAddressLiteral reports whether domain is an address literal
// ([192.0.2.1], [IPv6:::1]), and if so whether its address is valid.
func emailAddressLiteral(domain string) (valid, literal bool) {
	if len(domain) < 2 || domain[0] != '[' || domain[len(domain)-1] != ']' {
		return false, false
	}
	ip := domain[1 : len(domain)-1]
	if v6, ok := strings.CutPrefix(ip, "IPv6:"); ok {
		return isFormatIPv6(v6), true
	}
	return isFormatIPv4(ip), true
}

// isEmailDotAtom reports whether s is a dot-atom of ASCII characters, a local
// part net/mail accepts.
func isEmailDotAtom(s string) bool { return emailDotAtom(s, false) }

// emailDotAtom reports whether s is a dot-atom whose characters are ASCII
// atext, or (with nonASCII, RFC 6531's UTF8-non-ascii) beyond ASCII.
func emailDotAtom(s string, nonASCII bool) bool {
	if s == "" || s[0] == '.' || s[len(s)-1] == '.' || strings.Contains(s, "..") {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 128 && nonASCII {
			continue
		}
		if c <= ' ' || c >= 127 || strings.IndexByte("()<>[]:;@\\,\"", c) >= 0 {
			return false
		}
	}
	return true
}

// emailHostname reports whether s is an e-mail address's domain as
// jsonschema's email check has it: dot-separated labels of 1 to 63 letters,
// digits and hyphens, 253 characters in all, a trailing dot allowed. It is
// laxer than format hostname (isFormatHostname), which the suite holds to
// RFC 1123 and IDNA2008; the suite's email tests agree with either.
func emailHostname(s string) bool {
	s = strings.TrimSuffix(s, ".")
	if len(s) > 253 {
		return false
	}
	rest := s
	for {
		label, after, more := strings.Cut(rest, ".")
		// s[0], not label[0]: the check jsonschema makes.
		if len(label) < 1 || len(label) > 63 || s[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for i := 0; i < len(label); i++ {
			c := label[i]
			if !(('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9') || c == '-') {
				return false
			}
		}
		if !more {
			return true
		}
		rest = after
	}
}

// isFormatIPv4 reports whether s is an IPv4 address in dotted-quad form:
// four of RFC 3986's dec-octet, decimal 0 to 255 without a sign or a
// leading zero (strconv.Atoi, which jsonschema uses, takes "+1" and "00").
func isFormatIPv4(s string) bool {
	for i := 0; i < 4; i++ {
		group, rest, found := strings.Cut(s, ".")
		if found != (i < 3) || len(group) < 1 || len(group) > 3 || len(group) > 1 && group[0] == '0' {
			return false
		}
		n := 0
		for j := 0; j < len(group); j++ {
			if group[j] < '0' || group[j] > '9' {
				return false
			}
			n = n*10 + int(group[j]-'0')
		}
		if n > 255 {
			return false
		}
		s = rest
	}
	return true
}

// isFormatIPv6 reports whether s is an IPv6 address (without a zone).
func isFormatIPv6(s string) bool {
	if !strings.Contains(s, ":") {
		return false
	}
	ip, err := netip.ParseAddr(s)
	return err == nil && ip.Zone() == ""
}

// isFormatDateTime reports whether s is an RFC 3339 date-time; unlike
// time.Parse it allows a leap second and a lower-case t or z.
func isFormatDateTime(s string) bool {
	return len(s) >= 20 && (s[10] == 'T' || s[10] == 't') && isFormatDate(s[:10]) && isFormatTime(s[11:])
}

// formatNumberIn parses s as a decimal number in [lo, hi].
func formatNumberIn(s string, lo, hi int) (int, bool) {
	n, err := strconv.Atoi(s)
	return n, err == nil && n >= lo && n <= hi
}

// isFormatTime reports whether s is an RFC 3339 full-time (15:04:05.999Z07:00).
// A leap second (seconds 60) is allowed only at 23:59 UTC.
func isFormatTime(s string) bool {
	if len(s) < 9 || s[2] != ':' || s[5] != ':' {
		return false
	}
	h, okH := formatNumberIn(s[0:2], 0, 23)
	m, okM := formatNumberIn(s[3:5], 0, 59)
	sec, okS := formatNumberIn(s[6:8], 0, 60)
	if !okH || !okM || !okS {
		return false
	}
	s = s[8:]
	// An optional fraction: a dot and at least one digit.
	if s[0] == '.' {
		s = s[1:]
		n := 0
		for n < len(s) && ('0' <= s[n] && s[n] <= '9') {
			n++
		}
		if n == 0 {
			return false
		}
		s = s[n:]
	}
	switch {
	case s == "":
		return false
	case s[0] == 'z' || s[0] == 'Z':
		if len(s) != 1 {
			return false
		}
	default:
		if len(s) != 6 || s[3] != ':' || (s[0] != '+' && s[0] != '-') {
			return false
		}
		zh, okZH := formatNumberIn(s[1:3], 0, 23)
		zm, okZM := formatNumberIn(s[4:6], 0, 59)
		if !okZH || !okZM {
			return false
		}
		// Move to UTC, where a leap second can only be at 23:59.
		offset := zh*60 + zm
		if s[0] == '+' {
			offset = -offset
		}
		hm := h*60 + m + offset
		if hm < 0 {
			hm += 24 * 60
		}
		h, m = hm/60, hm%60
	}
	return sec != 60 || h == 23 && m == 59
}

// isFormatUUID reports whether s is a UUID in its 8-4-4-4-12 hex form.
func isFormatUUID(s string) bool {
	if len(s) != 36 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch i {
		case 8, 13, 18, 23:
			if c != '-' {
				return false
			}
		default:
			if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
				return false
			}
		}
	}
	return true
}

// formatIsASCII reports whether every byte of s is ASCII.
func formatIsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
