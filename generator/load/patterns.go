package load

import (
	"regexp/syntax"
	"strconv"
	"strings"
)

// Patterns are ECMA-262 regular expressions. The schema compiler (v5)
// compiles them with Go's regexp (RE2), which cannot read some of them
// (lookarounds, backreferences, \u escapes, repetition counts over 1000)
// and would refuse the document. Such a pattern is hidden from it and
// handed to lowering as written, which decides how Validate matches it
// (lower/patterns.go: Go's regexp where it means the same, else the
// runtime's ECMA-262 matcher, else a note):
//   - a `pattern` is moved to ecmaPatternKey, which the walk reads back;
//   - a name of `patternProperties` is replaced by a placeholder that RE2
//     reads (so that the compiler still compiles the member's schema), and
//     the File maps the placeholder back to the name.

// parseRegexp returns the error regexp.Compile gives for p, nil when Go
// reads it. Only parsing can fail (compiling a parsed expression does not),
// and parsing alone skips building the matcher, which for a large schema's
// thousands of patterns was a tenth of loading it.
func parseRegexp(p string) (*syntax.Regexp, error) {
	return syntax.Parse(p, syntax.Perl)
}

// goReads reports whether Go's regexp reads pattern p, parsing each
// pattern of f once.
func (f *File) goReads(p string) bool {
	ok, known := f.readable[p]
	if !known {
		_, err := parseRegexp(p)
		ok = err == nil
		if f.readable == nil {
			f.readable = map[string]bool{}
		}
		f.readable[p] = ok
	}
	return ok
}

// ecmaPatternKey is the key a pattern Go cannot compile is moved to.
const ecmaPatternKey = "x-specgen-ecma-pattern"

// ecmaNamePrefix starts the placeholder of a patternProperties name Go
// cannot compile: a literal RE2 reads, and a JSON Pointer token as it is.
const ecmaNamePrefix = "x-specgen-ecma-pattern-"

// repairPatternProperties hides the patternProperties names of schema x
// that Go's regexp cannot compile behind placeholders (see above); it
// reports whether it changed x.
func repairPatternProperties(f *File, x map[string]any) bool {
	pp, ok := x["patternProperties"].(map[string]any)
	if !ok {
		return false
	}
	changed := false
	for _, p := range sortedKeys(pp) {
		if _, err := parseRegexp(p); err == nil {
			continue
		}
		if f.ecmaNames == nil {
			f.ecmaNames = map[string]string{}
		}
		placeholder := ecmaNamePrefix + strconv.Itoa(len(f.ecmaNames))
		f.ecmaNames[placeholder] = p
		pp[placeholder] = pp[p]
		delete(pp, p)
		changed = true
	}
	return changed
}

// repairPattern hides the pattern of schema x from the compiler when Go's
// regexp cannot compile it; it reports whether it changed x. A pattern Go
// reads is noted in f.goPatterns (compiler_doc.go).
func repairPattern(f *File, x map[string]any) bool {
	p, ok := x["pattern"].(string)
	if !ok {
		return false
	}
	if f.goReads(p) {
		if f.goPatterns == nil {
			f.goPatterns = map[string]bool{}
		}
		f.goPatterns[p] = true
		return false
	}
	delete(x, "pattern")
	x[ecmaPatternKey] = p
	return true
}

// patternName returns the patternProperties name a placeholder stands for
// (the name itself when it is none).
func (f *File) patternName(name string) string {
	if f == nil {
		return name
	}
	if orig, ok := f.ecmaNames[name]; ok {
		return orig
	}
	return name
}

// unhidePointer returns ptr with the placeholders of patternProperties
// names put back, as the document writes it (for positions).
func (f *File) unhidePointer(ptr string) string {
	if f == nil || len(f.ecmaNames) == 0 || !strings.Contains(ptr, ecmaNamePrefix) {
		return ptr
	}
	tokens := strings.Split(ptr, "/")
	for i, t := range tokens {
		if orig, ok := f.ecmaNames[t]; ok {
			tokens[i] = strings.ReplaceAll(strings.ReplaceAll(orig, "~", "~0"), "/", "~1")
		}
	}
	return strings.Join(tokens, "/")
}
