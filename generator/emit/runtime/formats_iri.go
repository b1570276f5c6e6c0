package runtime

import "strings"

// The IRI formats are checked as jsonschema checks them, which agrees with
// every test of the suite's iri and iri-reference files: an IRI is what
// url.Parse reads as an absolute URL (it takes characters beyond ASCII as
// they are), an IRI reference anything it reads without a backslash.

// isFormatIRI reports whether s is an absolute IRI (RFC 3987). url.Parse
// refuses an IPvFuture host ("http://[v1.fe]/"), which RFC 3986 allows and
// the suite tests: such a host is checked here and stands aside for a plain
// name while url.Parse reads the rest.
func isFormatIRI(s string) bool {
	if i := formatSchemeEnd(s); i > 0 && strings.HasPrefix(s[i+1:], "//") {
		start := i + 3
		authority := s[start:]
		if end := strings.IndexAny(authority, "/?#"); end >= 0 {
			authority = authority[:end]
		}
		at := strings.LastIndexByte(authority, '@') + 1
		if hostPort, ok := strings.CutPrefix(authority[at:], "["); ok {
			if host, port, ok := strings.Cut(hostPort, "]"); ok && formatIPvFuture(host) {
				return isFormatURI(s[:start+at] + "h" + port + s[start+len(authority):])
			}
		}
	}
	return isFormatURI(s)
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

// isFormatIRIReference reports whether s is an IRI reference (RFC 3987): an
// IRI or a relative reference.
func isFormatIRIReference(s string) bool {
	if strings.IndexByte(s, '\\') >= 0 {
		return false
	}
	// The common forms url.Parse accepts, without allocating: after a
	// scheme, what isFormatURI accepts so; without one, the same, where
	// the first segment has no colon (url.Parse refuses one there).
	if i := formatSchemeEnd(s); i > 0 {
		if isFastURIRest(s[i+1:]) {
			return true
		}
	} else if first, _, _ := strings.Cut(s, "/"); !strings.Contains(first, ":") && isFastURIRest(s) {
		return true
	}
	_, ok := formatParseURL(s)
	return ok
}
