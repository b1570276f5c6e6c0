package difftest

import (
	"strings"
	"unicode/utf8"
)

// The input classes on which Validate's format checks, which follow the
// RFCs as the JSON-Schema-Test-Suite's optional/format tests do, reject
// what jsonschema v5 accepts, or accept what it rejects (docs/formats.md
// has the table). Each class is read here from the string itself, not by
// calling the runtime's checks, so that a bug in a check is never excused.

// formatStricter reports whether s is in a class where the suite rejects
// and jsonschema v5 accepts, for format.
func formatStricter(format, s string) bool {
	switch format {
	case "idn-hostname":
		// jsonschema does not check idn-hostname: it accepts everything.
		return true
	case "hostname":
		// jsonschema trims a trailing dot, looks for a hyphen only at the
		// start of the name, and does not decode A-labels.
		if strings.HasSuffix(s, ".") {
			return true
		}
		for _, label := range strings.Split(s, ".") {
			if strings.HasPrefix(label, "-") || len(label) >= 4 && strings.EqualFold(label[:4], "xn--") {
				return true
			}
		}
	case "ipv4":
		// strconv.Atoi takes a sign, and a zero of several digits.
		for _, group := range strings.Split(s, ".") {
			if strings.HasPrefix(group, "+") || strings.HasPrefix(group, "-") || len(group) > 1 && group[0] == '0' {
				return true
			}
		}
	case "uri", "iri":
		return uriOutsideGrammar(s, format == "iri", false)
	case "uri-reference", "iri-reference":
		return uriOutsideGrammar(s, format == "iri-reference", true)
	}
	return false
}

// formatLaxer reports whether s is in a class where the suite accepts and
// jsonschema v5 rejects: a percent escape in a URI's authority, which
// url.Parse refuses in a host for ASCII bytes and RFC 3986's reg-name
// allows, or (in an IRI) a character beyond ASCII in the userinfo, which
// url.Parse refuses and RFC 3987's iuserinfo allows.
func formatLaxer(format, s string) bool {
	_, authority, _ := uriParts(s)
	userinfo, _, hasUserinfo := strings.Cut(authority, "@")
	switch format {
	case "uri", "uri-reference":
		return strings.Contains(authority, "%")
	case "iri", "iri-reference":
		return strings.Contains(authority, "%") || hasUserinfo && !isASCII(userinfo)
	}
	return false
}

// isASCII reports whether every byte of s is ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// uriOutsideGrammar reports whether s holds what RFC 3986 (with iri, RFC
// 3987) allows nowhere and url.Parse lets through: a character outside
// the grammar's (space, `"<>\^`{|}`, beyond ASCII for a URI, beyond
// ucschar and iprivate for an IRI), a percent sign without two hex digits,
// a second "#", a second "@" in the authority, or a bracket outside it or
// around anything but its host. A reference (reference) takes a space and
// `<>^`{|}` outside its authority as url.Parse does (docs/formats.md).
func uriOutsideGrammar(s string, iri, reference bool) bool {
	_, authority, _ := uriParts(s)
	for i, r := range s {
		switch {
		case r == utf8.RuneError:
			return true
		case r >= utf8.RuneSelf:
			if !iri || !(r >= 0xA0 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFEF && (r < 0xFDD0 || r > 0xFDEF) || r >= 0x10000 && r&0xFFFE != 0xFFFE) {
				return true
			}
		case reference && strings.ContainsRune(" <>^`{|}", r) && !strings.ContainsRune(authority, r):
		case r <= ' ' || r == 0x7F || strings.ContainsRune("\"<>\\^`{|}", r):
			return true
		case r == '%' && !(i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2])):
			return true
		}
	}
	if strings.Count(s, "#") > 1 {
		return true
	}
	before, authority, after := uriParts(s)
	if strings.Count(authority, "@") > 1 || strings.ContainsAny(before+after, "[]") {
		return true
	}
	host := authority[strings.LastIndexByte(authority, '@')+1:]
	if open := strings.IndexByte(host, '['); open >= 0 {
		end := strings.IndexByte(host, ']')
		return open > 0 || end < 0 || strings.ContainsAny(host[end+1:], "[]") ||
			host[end+1:] != "" && host[end+1] != ':'
	}
	return strings.ContainsAny(host, "]")
}

// uriParts splits s around its authority: what follows "//" at the start
// or right after the scheme, up to a "/", "?" or "#"; authority is empty
// when there is none.
func uriParts(s string) (before, authority, after string) {
	i := strings.Index(s, "//")
	if i < 0 || i > 0 && !isScheme(s[:i]) {
		return s, "", ""
	}
	rest := s[i+2:]
	end := strings.IndexAny(rest, "/?#")
	if end < 0 {
		end = len(rest)
	}
	return s[:i+2], rest[:end], rest[end:]
}

// isScheme reports whether s is a scheme and its colon.
func isScheme(s string) bool {
	name, ok := strings.CutSuffix(s, ":")
	if !ok || name == "" || !('a' <= name[0] && name[0] <= 'z' || 'A' <= name[0] && name[0] <= 'Z') {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '+' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

// isHex reports whether c is a hex digit.
func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}
