package load

import (
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// locateYAMLError finds where a document that yaml.v3 rejects goes wrong, as
// a 1-based line and column. yaml.v3 reports only a line, and for parser
// errors the line where the enclosing block or flow collection starts,
// counted from 0 ("line 4" for a key mis-indented on line 6 of a mapping
// that starts on line 5). The column is not reported at all.
//
// So the locator asks the same parser about prefixes of the document: the
// line is the first whose addition makes the prefix fail, the column the
// first character of that line that does. A prefix can fail where the whole
// document does not (cut inside a multi-line flow collection or quoted
// string); such a place is skipped when it fails with another message than
// the document's and a longer prefix parses again. It takes O(log n) parses
// of the document when the first boundary found is the real one, as it is
// for block-style documents.
func locateYAMLError(data []byte, msg string) (line, col int) {
	lines := strings.SplitAfter(string(data), "\n")
	prefix := func(n int) string { return strings.Join(lines[:n], "") }
	line = firstFailure(len(lines), maxArtifactLines, msg, func(n int) string { return yamlError(prefix(n)) })
	before, text := prefix(line-1), lines[line-1]
	c := firstFailure(len(text), len(text), msg, func(n int) string { return yamlError(before + text[:n]) })
	if c < 1 { // the line adds nothing, so it cannot be what fails
		return line, 0
	}
	return line, utf8.RuneCountInString(text[:c-1]) + 1
}

// yamlError is yaml.v3's problem with doc, "" when it parses.
func yamlError(doc string) string {
	var n yaml.Node
	if err := yaml.Unmarshal([]byte(doc), &n); err != nil {
		return yamlProblem(err)
	}
	return ""
}

// firstFailure returns the least n in [1, hi] at which problem(n) is not ""
// while problem(n-1) is "", by bisection, given that problem(0) is "" and
// problem(hi) is not. A failure with another message than msg is taken for
// a cut inside a construct when a prefix up to ahead further on parses
// again; the search goes on from there.
func firstFailure(hi, ahead int, msg string, problem func(int) string) int {
	lo := 0
	for {
		n := boundary(lo, hi, func(n int) bool { return problem(n) == "" })
		if problem(n) == msg {
			return n
		}
		next := 0
		for m := n + 1; m <= min(n+ahead, hi) && next == 0; m++ {
			if problem(m) == "" {
				next = m
			}
		}
		if next == 0 {
			return n
		}
		lo = next
	}
}

// maxArtifactLines bounds the search past a prefix that fails with another
// message than the document: multi-line flow collections and quoted strings
// longer than this are not looked through.
const maxArtifactLines = 50

// boundary returns the least n in (lo, hi] with ok(n-1) and !ok(n), by
// bisection, given ok(lo) and !ok(hi).
func boundary(lo, hi int, ok func(int) bool) int {
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		if ok(mid) {
			lo = mid
		} else {
			hi = mid
		}
	}
	return hi
}
