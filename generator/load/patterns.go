package load

import (
	"regexp/syntax"
	"strings"

	"github.com/specgen/specgen/generator/loc"
)

// Patterns are ECMA-262 regular expressions; Go's regexp (RE2), which the
// schema compiler and the generated Validate use, reads most of them the
// same. Two differences come up in real specs: ECMA's \uXXXX escapes,
// which RE2 writes \x{XXXX} (read as such, with a warning), and what RE2
// cannot do at all (lookarounds, backreferences, repetition counts over
// 1000). Such a pattern is set aside under uncheckedPattern, so that the
// schema compiler does not refuse the document, and Validate does not
// check it: a note, or an error under -strict, like any keyword it does
// not check.

// parseRegexp returns the error regexp.Compile gives for p, nil when Go
// reads it. Only parsing can fail (compiling a parsed expression does not),
// and parsing alone skips building the matcher, which for a large schema's
// thousands of patterns was a tenth of loading it.
func parseRegexp(p string) (*syntax.Regexp, error) {
	return syntax.Parse(p, syntax.Perl)
}

// uncheckedPattern is the key a pattern Go cannot compile is moved to.
const uncheckedPattern = "x-specgen-unchecked-pattern"

// The keys pattern properties whose pattern Go cannot compile are moved to,
// with the additionalProperties beside them: which members are additional
// depends on what the patterns match, so it cannot be checked either.
const (
	uncheckedPatternProperties    = "x-specgen-unchecked-patternProperties"
	uncheckedAdditionalProperties = "x-specgen-unchecked-additionalProperties"
)

// repairPatternProperties mends the patternProperties of schema x whose
// pattern Go's regexp cannot compile as repairPattern does: ECMA-262's \u
// escapes are rewritten, what RE2 cannot do at all (lookaheads, common in
// schemas written for JavaScript validators) is set aside, unchecked, with
// the additionalProperties whose meaning hangs on it. Validate then accepts
// more than the schema does, never less; a note says so. It reports whether
// it changed x.
func repairPatternProperties(f *File, x map[string]any, ptr string, warn func(loc.Source, string, ...any)) bool {
	pp, ok := x["patternProperties"].(map[string]any)
	if !ok {
		return false
	}
	changed := false
	for _, p := range sortedKeys(pp) {
		if _, err := parseRegexp(p); err == nil {
			continue
		}
		at := f.Source(child(ptr, "patternProperties", p))
		if q := ecmaEscapes(p); q != p {
			if _, err := parseRegexp(q); err == nil {
				if _, taken := pp[q]; !taken {
					pp[q] = pp[p]
					delete(pp, p)
					changed = true
					warn(at, "pattern %q uses ECMA-262's \\u escapes: read as %q", p, q)
					continue
				}
			}
		}
		_, err := parseRegexp(p)
		aside, _ := x[uncheckedPatternProperties].(map[string]any)
		if aside == nil {
			aside = map[string]any{}
			x[uncheckedPatternProperties] = aside
		}
		aside[p] = pp[p]
		delete(pp, p)
		changed = true
		warn(at, "Go's regexp cannot compile pattern %q (%v): Validate does not check the members it matches", p, strings.TrimPrefix(err.Error(), "error parsing regexp: "))
		if ap, ok := x["additionalProperties"]; ok {
			delete(x, "additionalProperties")
			x[uncheckedAdditionalProperties] = ap
			warn(f.Source(child(ptr, "additionalProperties")), "additionalProperties depends on pattern %q, which Go's regexp cannot compile: Validate does not check it", p)
		}
	}
	return changed
}

// repairPattern mends or sets aside the pattern of schema x; it reports
// whether it changed x.
func repairPattern(f *File, x map[string]any, ptr string, warn func(loc.Source, string, ...any)) bool {
	p, ok := x["pattern"].(string)
	if !ok {
		return false
	}
	if _, err := parseRegexp(p); err == nil {
		return false
	}
	if q := ecmaEscapes(p); q != p {
		if _, err := parseRegexp(q); err == nil {
			x["pattern"] = q
			warn(f.Source(child(ptr, "pattern")), "pattern %q uses ECMA-262's \\u escapes: read as %q", p, q)
			return true
		}
	}
	_, err := parseRegexp(p)
	delete(x, "pattern")
	x[uncheckedPattern] = p
	warn(f.Source(child(ptr, "pattern")), "Go's regexp cannot compile pattern %q (%v): Validate does not check it", p, strings.TrimPrefix(err.Error(), "error parsing regexp: "))
	return true
}

// ecmaEscapes rewrites ECMA-262's \uXXXX and \u{X…} escapes as RE2's \x{…},
// leaving every other escape as it is.
func ecmaEscapes(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		if p[i] != '\\' || i+1 >= len(p) {
			b.WriteByte(p[i])
			continue
		}
		if p[i+1] == 'u' {
			if i+6 <= len(p) && isHex(p[i+2:i+6]) {
				b.WriteString(`\x{` + p[i+2:i+6] + "}")
				i += 5
				continue
			}
			if end := strings.IndexByte(p[i+2:], '}'); i+2 < len(p) && p[i+2] == '{' && end > 1 && isHex(p[i+3:i+2+end]) {
				b.WriteString(`\x` + p[i+2:i+3+end])
				i += 2 + end
				continue
			}
		}
		b.WriteString(p[i : i+2]) // an escape: both characters
		i++
	}
	return b.String()
}

func isHex(s string) bool {
	for _, c := range s {
		if !strings.ContainsRune("0123456789abcdefABCDEF", c) {
			return false
		}
	}
	return s != ""
}
