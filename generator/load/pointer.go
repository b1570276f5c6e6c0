package load

import (
	"iter"
	"net/url"
	"slices"
	"strings"
)

// Pointers travel in one normal form: "#" or "#/a/b", tokens escaped with
// ~0 and ~1, and no percent-encoding but of "%" itself (%25), so that a key
// with a "%" in it (the path "/user/a%62c") keeps it. The schema
// compiler's locations may be percent-encoded; everything built here is
// normal already, which the fast paths below rely on (pointer handling is
// a hot path on large specs).

// pointerTokens splits a JSON pointer (with or without a leading "#", and
// percent-encoded or not) into unescaped tokens.
func pointerTokens(p string) []string {
	return slices.Collect(pointerTokenSeq(p))
}

// pointerTokenSeq yields the tokens pointerTokens returns without making
// the list: the lookups by pointer (rawAt, File.lookup) run for nearly
// every schema and operation, and their lists were a twelfth of the bytes
// a comparison allocated.
func pointerTokenSeq(p string) iter.Seq[string] {
	return func(yield func(string) bool) {
		p := strings.TrimPrefix(p, "#")
		if strings.IndexByte(p, '%') >= 0 {
			if u, err := url.PathUnescape(p); err == nil {
				p = u
			}
		}
		p = strings.TrimPrefix(p, "/")
		if p == "" {
			return
		}
		for {
			tok, rest, more := strings.Cut(p, "/")
			if strings.IndexByte(tok, '~') >= 0 {
				tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
			}
			if !yield(tok) || !more {
				return
			}
			p = rest
		}
	}
}

// escapeToken escapes one JSON pointer token.
func escapeToken(t string) string {
	if strings.IndexByte(t, '~') < 0 && strings.IndexByte(t, '/') < 0 && strings.IndexByte(t, '%') < 0 {
		return t
	}
	return strings.ReplaceAll(strings.ReplaceAll(strings.ReplaceAll(t, "~", "~0"), "/", "~1"), "%", "%25")
}

// isNormal reports whether p is in normal form already.
func isNormal(p string) bool {
	return (p == "#" || strings.HasPrefix(p, "#/")) && onlyEscapedPercent(p) && !strings.HasSuffix(p, "/")
}

// onlyEscapedPercent reports whether every "%" in p is the start of "%25".
func onlyEscapedPercent(p string) bool {
	for i := strings.IndexByte(p, '%'); i >= 0; {
		if !strings.HasPrefix(p[i:], "%25") {
			return false
		}
		next := strings.IndexByte(p[i+1:], '%')
		if next < 0 {
			return true
		}
		i += 1 + next
	}
	return true
}

// normPointer returns p in normal form.
func normPointer(p string) string {
	if isNormal(p) {
		return p
	}
	toks := pointerTokens(p)
	if len(toks) == 0 {
		return "#"
	}
	esc := make([]string, len(toks))
	for i, t := range toks {
		esc[i] = escapeToken(t)
	}
	return "#/" + strings.Join(esc, "/")
}

// child returns the pointer of keys under p.
func child(p string, keys ...string) string {
	p = normPointer(p)
	for _, k := range keys {
		if p == "#" {
			p = "#/" + escapeToken(k)
		} else {
			p += "/" + escapeToken(k)
		}
	}
	return p
}
