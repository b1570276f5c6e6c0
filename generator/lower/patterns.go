package lower

import (
	"fmt"
	"sort"

	"github.com/specgen/specgen/generator/document"
	"github.com/specgen/specgen/generator/emit/runtime"
	"github.com/specgen/specgen/generator/ir"
)

// checkPattern decides how Validate matches pattern, the value of keyword
// in s ("pattern", or a name of "patternProperties"): with Go's regexp
// where it reads the pattern as ECMA-262 does (written in Go's syntax by
// the runtime's parser, so that \s, \d, '.' and \u escapes keep ECMA-262's
// meaning), else with the runtime's ECMA-262 matcher (lookaround,
// backreferences). It reports false, with a note, for what is no ECMA-262
// pattern at all (another dialect's (?i) or (?P<name>…)), which Validate
// does not check. The decision is made once per pattern text and kept in
// the API's Patterns, which emit reads.
func (l *lowerer) checkPattern(s *document.Schema, keyword, pattern string) bool {
	if pattern == "" {
		// The empty pattern matches every string: nothing to check as a
		// pattern, but as patternProperties its schema applies to every
		// member (cloudify's node_templates: {"": {$ref: nodeTemplate}}).
		return keyword == "patternProperties"
	}
	if l.patterns == nil {
		l.patterns = map[string]*lowPattern{}
	}
	p, ok := l.patterns[pattern]
	if !ok {
		re2, err := runtime.ECMARegexpForGo(pattern)
		p = &lowPattern{Pattern: ir.Pattern{Source: pattern, Go: re2}, err: err}
		l.patterns[pattern] = p
	}
	if p.err != nil {
		l.reportKeyword(s, keyword, "", fmt.Sprintf("%s %q is not an ECMA-262 regular expression (%v): Validate does not check it", keyword, pattern, p.err))
		return false
	}
	return true
}

// lowPattern is a pattern as checkPattern read it: err is set when it is
// no ECMA-262 pattern.
type lowPattern struct {
	ir.Pattern
	err error
}

// patternList is the API's Patterns: the patterns checkPattern accepted,
// by their text.
func (l *lowerer) patternList() []ir.Pattern {
	var list []ir.Pattern
	for _, p := range l.patterns {
		if p.err == nil {
			list = append(list, p.Pattern)
		}
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Source < list[j].Source })
	return list
}
