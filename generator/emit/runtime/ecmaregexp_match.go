package runtime

import (
	"strings"
	"unicode/utf8"
)

// ecmaStepBudget bounds the work of one match. A backtracking matcher can
// take time exponential in the input (`^(a+)+$` on "aaaa…b"); past the
// budget the match gives up and reports no match, so that a hostile value
// costs a bounded time (tens of milliseconds) and is rejected by `pattern`
// rather than hanging Validate. Real patterns on real values stay far
// below it.
const ecmaStepBudget = 1_000_000

// ecmaRegexp is a compiled ECMA-262 pattern, matched as JSON Schema's
// `pattern` does: anywhere in the string.
type ecmaRegexp struct {
	root     *ecmaNode
	groups   int
	anchored bool // the pattern starts with ^: only position 0 can match
}

// compileECMARegexp parses src as an ECMA-262 pattern.
func compileECMARegexp(src string) (*ecmaRegexp, error) {
	root, groups, err := parseECMARegexp(src)
	if err != nil {
		return nil, err
	}
	re := &ecmaRegexp{root: root, groups: groups}
	first := root
	for first.op == ecmaConcat && len(first.subs) > 0 {
		first = first.subs[0]
	}
	re.anchored = first.op == ecmaStart
	return re, nil
}

// mustCompileECMARegexp is compileECMARegexp for the patterns lowering has
// checked, compiled once when a generated package is initialised.
func mustCompileECMARegexp(src string) *ecmaRegexp {
	re, err := compileECMARegexp(src)
	if err != nil {
		panic("ecma regexp " + src + ": " + err.Error())
	}
	return re
}

// isFormatRegex reports whether s is an ECMA-262 regular expression, the
// "regex" format.
func isFormatRegex(s string) bool {
	_, _, err := parseECMARegexp(s)
	return err == nil
}

// MatchString reports whether the pattern matches somewhere in s; false
// too when the step budget runs out first.
func (re *ecmaRegexp) MatchString(s string) bool {
	m := &ecmaMatcher{in: s, caps: make([]int, 2*re.groups+2)}
	for start := 0; start <= len(s); {
		for i := range m.caps {
			m.caps[i] = -1
		}
		if m.node(re.root, start, func(int) bool { return true }) {
			return true
		}
		if m.over || re.anchored || start == len(s) {
			return false
		}
		_, w := utf8.DecodeRuneInString(s[start:])
		start += w
	}
	return false
}

// ecmaMatcher is the state of one match: the input, the capture groups
// (start and end of group g at 2g, 2g+1; -1 unset) and the steps taken.
type ecmaMatcher struct {
	in    string
	caps  []int
	steps int
	over  bool
}

// node matches n at byte offset i and then the rest of the pattern, k,
// from where n ended; it backtracks into n while k fails.
func (m *ecmaMatcher) node(n *ecmaNode, i int, k func(int) bool) bool {
	if m.steps++; m.steps > ecmaStepBudget {
		m.over = true
	}
	if m.over {
		return false
	}
	switch n.op {
	case ecmaEmpty:
		return k(i)
	case ecmaChar:
		if i >= len(m.in) {
			return false
		}
		r, w := utf8.DecodeRuneInString(m.in[i:])
		return n.set.has(r) && k(i+w)
	case ecmaConcat:
		return m.seq(n.subs, i, k)
	case ecmaAlt:
		for _, a := range n.subs {
			if m.node(a, i, k) {
				return true
			}
		}
		return false
	case ecmaGroup:
		g := 2 * n.group
		oldStart, oldEnd := m.caps[g], m.caps[g+1]
		return m.node(n.subs[0], i, func(j int) bool {
			s, e := m.caps[g], m.caps[g+1]
			m.caps[g], m.caps[g+1] = i, j
			if k(j) {
				return true
			}
			m.caps[g], m.caps[g+1] = s, e
			return false
		}) || m.restore(g, oldStart, oldEnd)
	case ecmaRepeat:
		return m.repeat(n, 0, i, k)
	case ecmaStart:
		return i == 0 && k(i)
	case ecmaEnd:
		return i == len(m.in) && k(i)
	case ecmaWordEdge:
		before, after := false, false
		if i > 0 {
			r, _ := utf8.DecodeLastRuneInString(m.in[:i])
			before = ecmaIsWord(r)
		}
		if i < len(m.in) {
			r, _ := utf8.DecodeRuneInString(m.in[i:])
			after = ecmaIsWord(r)
		}
		return (before != after) != n.neg && k(i)
	case ecmaLookahead:
		return m.look(n, k, i, func() bool {
			return m.node(n.subs[0], i, func(int) bool { return true })
		})
	case ecmaLookbehind:
		return m.look(n, k, i, func() bool {
			// The nearest start first, as a backward match finds it.
			for j := i; ; {
				if m.node(n.subs[0], j, func(e int) bool { return e == i }) {
					return true
				}
				if m.over || j == 0 {
					return false
				}
				_, w := utf8.DecodeLastRuneInString(m.in[:j])
				j -= w
			}
		})
	case ecmaBackref:
		s, e := m.caps[2*n.group], m.caps[2*n.group+1]
		if s < 0 || e < 0 {
			return k(i) // an unset group matches the empty string
		}
		if !strings.HasPrefix(m.in[i:], m.in[s:e]) {
			return false
		}
		return k(i + e - s)
	}
	return false
}

// restore puts back group g's bounds after a failed match; it returns false.
func (m *ecmaMatcher) restore(g, start, end int) bool {
	m.caps[g], m.caps[g+1] = start, end
	return false
}

// seq matches subs in order from i, then k.
func (m *ecmaMatcher) seq(subs []*ecmaNode, i int, k func(int) bool) bool {
	if len(subs) == 0 {
		return k(i)
	}
	return m.node(subs[0], i, func(j int) bool { return m.seq(subs[1:], j, k) })
}

// look matches a lookaround: once matched it is not backtracked into (the
// groups it set stay as they were when it matched); a negative one sets no
// group.
func (m *ecmaMatcher) look(n *ecmaNode, k func(int) bool, i int, try func() bool) bool {
	saved := append([]int(nil), m.caps...)
	matched := try()
	if m.over {
		return false
	}
	if matched == n.neg {
		copy(m.caps, saved)
		return false
	}
	if n.neg {
		copy(m.caps, saved)
	}
	if k(i) {
		return true
	}
	copy(m.caps, saved)
	return false
}

// repeat matches n's atom again (count times so far) or stops, greedy or
// lazy, as ECMA-262's RepeatMatcher: each iteration starts with the groups
// inside unset, and an iteration past the minimum that matches the empty
// string fails, so that `(a*)*` ends.
func (m *ecmaMatcher) repeat(n *ecmaNode, count, i int, k func(int) bool) bool {
	if m.over {
		return false
	}
	if n.max >= 0 && count >= n.max {
		return k(i)
	}
	if count < n.min {
		return m.iterate(n, count, i, k)
	}
	if n.greedy {
		return m.iterate(n, count, i, k) || !m.over && k(i)
	}
	return k(i) || !m.over && m.iterate(n, count, i, k)
}

// iterate matches one more iteration of n's atom at i.
func (m *ecmaMatcher) iterate(n *ecmaNode, count, i int, k func(int) bool) bool {
	var saved []int
	if n.firstGroup <= n.lastGroup {
		saved = append(saved, m.caps[2*n.firstGroup:2*n.lastGroup+2]...)
		for g := 2 * n.firstGroup; g < 2*n.lastGroup+2; g++ {
			m.caps[g] = -1
		}
	}
	if m.node(n.subs[0], i, func(j int) bool {
		if j == i && count >= n.min {
			return false
		}
		return m.repeat(n, count+1, j, k)
	}) {
		return true
	}
	if saved != nil {
		copy(m.caps[2*n.firstGroup:], saved)
	}
	return false
}
