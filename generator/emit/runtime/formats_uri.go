package runtime

import (
	"strings"
	"unicode/utf8"
)

// The URI and IRI formats are RFC 3986's grammar (RFC 3987's for IRIs, which
// add characters beyond ASCII), read in one pass without allocating:
// scheme, authority (userinfo, host, port), path, query and fragment, each
// of the characters its rule allows. url.Parse, which jsonschema uses, is
// laxer (it takes `{}`, `^`, `"`, spaces and non-ASCII in a path, two `@`,
// any query) and in one place stricter (an escaped ASCII byte in a host);
// the suite holds the RFC, and docs/formats.md lists the difference.

// isFormatURI reports whether s is an absolute URI (RFC 3986 URI).
func isFormatURI(s string) bool { return formatURIRef(s, false, true) }

// isFormatURIReference reports whether s is a URI or a relative reference.
func isFormatURIReference(s string) bool { return formatURIRef(s, false, false) }

// isFormatIRI reports whether s is an absolute IRI (RFC 3987 IRI).
func isFormatIRI(s string) bool { return formatURIRef(s, true, true) }

// isFormatIRIReference reports whether s is an IRI or a relative reference.
func isFormatIRIReference(s string) bool { return formatURIRef(s, true, false) }

// formatURIRef reports whether s is a URI reference (with iri, an IRI
// reference); with absolute, one with a scheme.
func formatURIRef(s string, iri, absolute bool) bool {
	rest, scheme := s, formatSchemeEnd(s)
	if scheme > 0 {
		rest = s[scheme+1:]
	} else if absolute {
		return false
	}
	// A reference's path, query and fragment also take what url.Parse
	// (and so jsonschema, the reference validator) takes there and the
	// suite never tests in a reference: a space, <, >, ^, a backtick, {, }
	// and |. Real documents hold such references (a file name with a space
	// in it) and the reference validator accepts them; an absolute URI
	// keeps the RFC's characters, as the suite's uri tests say.
	extraPath, extraQuery := "/:@", "/?:@"
	if !absolute {
		extraPath, extraQuery = "/:@ <>^`{}|", "/?:@ <>^`{}|"
	}
	rest, fragment, hasFragment := strings.Cut(rest, "#")
	rest, query, hasQuery := strings.Cut(rest, "?")
	if hasFragment && !formatURIChars(fragment, extraQuery, iri, false) ||
		hasQuery && !formatURIChars(query, extraQuery, iri, true) {
		return false
	}
	if hier, ok := strings.CutPrefix(rest, "//"); ok {
		authority, path := hier, ""
		if i := strings.IndexByte(hier, '/'); i >= 0 {
			authority, path = hier[:i], hier[i:]
		}
		return formatAuthority(authority, iri) && formatURIChars(path, extraPath, iri, false)
	}
	if scheme < 0 {
		// A relative reference: its first segment holds no colon, which
		// would make it a scheme (path-noscheme).
		first, _, _ := strings.Cut(rest, "/")
		if strings.IndexByte(first, ':') >= 0 {
			return false
		}
	}
	return formatURIChars(rest, extraPath, iri, false)
}

// formatSchemeEnd returns the index of the colon that ends the scheme of s
// (ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"), or -1 when s has none.
func formatSchemeEnd(s string) int {
	i := 0
	for i < len(s) && (('a' <= s[i] && s[i] <= 'z') || ('A' <= s[i] && s[i] <= 'Z') || i > 0 && (('0' <= s[i] && s[i] <= '9') || s[i] == '+' || s[i] == '-' || s[i] == '.')) {
		i++
	}
	if i == 0 || i == len(s) || s[i] != ':' {
		return -1
	}
	return i
}

// formatAuthority reports whether s is an authority: [ userinfo "@" ] host
// [ ":" port ], the host a reg-name, an IPv4 address (which a reg-name
// spells too) or an IPv6 or IPvFuture literal in brackets.
func formatAuthority(s string, iri bool) bool {
	if at := strings.IndexByte(s, '@'); at >= 0 {
		// Neither userinfo nor host holds an @: a second is an error.
		if !formatURIChars(s[:at], ":", iri, false) {
			return false
		}
		s = s[at+1:]
	}
	host, port := s, ""
	if literal, ok := strings.CutPrefix(s, "["); ok {
		end := strings.IndexByte(literal, ']')
		if end < 0 {
			return false
		}
		host, port = literal[:end], literal[end+1:]
		if !formatIPvFuture(host) && !isFormatIPv6(host) {
			return false
		}
		if port != "" && port[0] != ':' {
			return false
		}
	} else {
		if i := strings.IndexByte(s, ':'); i >= 0 {
			host, port = s[:i], s[i:]
		}
		if !formatURIChars(host, "", iri, false) {
			return false
		}
	}
	for i := 1; i < len(port); i++ {
		if port[i] < '0' || port[i] > '9' {
			return false
		}
	}
	return true
}

// formatURIChars reports whether every character of s is unreserved, a
// sub-delim, a percent escape or one of extra; with iri also a ucschar
// (RFC 3987), and with private (an IRI's query) a private-use character.
func formatURIChars(s, extra string, iri, private bool) bool {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(s[i:])
			if !iri || !(formatUCSChar(r) || private && formatIPrivate(r)) {
				return false
			}
			i += n
			continue
		case c == '%':
			if !formatPercentEscape(s[i:]) {
				return false
			}
			i += 3
			continue
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9',
			strings.IndexByte("-._~!$&'()*+,;=", c) >= 0, strings.IndexByte(extra, c) >= 0:
		default:
			return false
		}
		i++
	}
	return true
}

// formatIPvFuture reports whether s is RFC 3986's IPvFuture: "v", hex digits,
// ".", and unreserved, sub-delims or ":" characters.
func formatIPvFuture(s string) bool {
	if len(s) < 4 || s[0] != 'v' && s[0] != 'V' {
		return false
	}
	n := 1
	for n < len(s) && formatHexDigit(s[n]) {
		n++
	}
	if n == 1 || n+1 >= len(s) || s[n] != '.' {
		return false
	}
	for i := n + 1; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("-._~!$&'()*+,;=:", c) >= 0) {
			return false
		}
	}
	return true
}

// formatPercentEscape reports whether s starts with "%" and two hex digits.
func formatPercentEscape(s string) bool {
	return len(s) >= 3 && s[0] == '%' && formatHexDigit(s[1]) && formatHexDigit(s[2])
}

// formatHexDigit reports whether c is 0-9, a-f or A-F.
func formatHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// formatUCSChar reports whether r is a ucschar of RFC 3987: a character beyond
// ASCII that an IRI may hold as it is (not a control, surrogate,
// non-character or private-use character).
func formatUCSChar(r rune) bool {
	switch {
	case 0xA0 <= r && r <= 0xD7FF, 0xF900 <= r && r <= 0xFDCF, 0xFDF0 <= r && r <= 0xFFEF:
		return true
	case 0x10000 <= r && r <= 0xEFFFD:
		// Each plane up to 14 but its last two code points (xFFFE, xFFFF);
		// plane 14 from E1000.
		return r&0xFFFF <= 0xFFFD && (r < 0xE0000 || r >= 0xE1000)
	}
	return false
}

// formatIPrivate reports whether r is a private-use character, which RFC 3987
// allows in an IRI's query (iprivate).
func formatIPrivate(r rune) bool {
	return 0xE000 <= r && r <= 0xF8FF || 0xF0000 <= r && r <= 0xFFFFD || 0x100000 <= r && r <= 0x10FFFD
}
