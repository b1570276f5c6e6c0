// JSON Schema patterns are ECMA-262 regular expressions. Go's regexp (RE2)
// reads most of them the same, and generated code uses it where it does;
// the rest (lookahead and lookbehind, backreferences, \cX, [^]…) are read
// here into a tree that ecmaregexp_match.go matches by backtracking.
//
// The dialect is the one JSON Schema validators use: no flags, matching by
// code point (as with ECMA-262's u flag, so "🐲" is one character), and
// Annex B's leniencies for patterns written for browsers (a '{' or ']' that
// starts nothing is a literal, \- \_ \/ … escape themselves). An escaped
// ASCII letter that ECMA-262 gives no meaning (\a, \e, \z) is an error, not
// the letter itself: such a pattern was written for another dialect.

package runtime

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ecmaOp is the kind of one node of a parsed pattern.
type ecmaOp uint8

const (
	ecmaEmpty      ecmaOp = iota
	ecmaChar              // one character of set
	ecmaConcat            // subs in order
	ecmaAlt               // one of subs, first first
	ecmaGroup             // subs[0], captured as group
	ecmaRepeat            // subs[0] min..max times (max < 0: no bound)
	ecmaStart             // ^
	ecmaEnd               // $
	ecmaWordEdge          // \b (\B when neg)
	ecmaLookahead         // (?=…), (?!… when neg)
	ecmaLookbehind        // (?<=…), (?<!… when neg)
	ecmaBackref           // \1, \k<name>
)

// ecmaNode is one node of a parsed pattern.
type ecmaNode struct {
	op     ecmaOp
	set    *ecmaSet
	subs   []*ecmaNode
	min    int
	max    int
	greedy bool
	neg    bool
	// group is the capture group of ecmaGroup and ecmaBackref; for
	// ecmaRepeat, firstGroup..lastGroup are the groups inside, which each
	// iteration starts unset.
	group, firstGroup, lastGroup int
}

// ecmaParser reads one pattern.
type ecmaParser struct {
	src    string
	pos    int
	groups int            // capture groups in the whole pattern
	names  map[string]int // named groups in the whole pattern
	seen   int            // capture groups opened so far
}

// parseECMARegexp parses src as an ECMA-262 pattern; it returns the tree
// and the number of capture groups.
func parseECMARegexp(src string) (*ecmaNode, int, error) {
	if !utf8.ValidString(src) {
		return nil, 0, errors.New("pattern is not UTF-8")
	}
	p := &ecmaParser{src: src}
	if err := p.countGroups(); err != nil {
		return nil, 0, err
	}
	n, err := p.disjunction()
	if err != nil {
		return nil, 0, err
	}
	if p.pos < len(p.src) {
		return nil, 0, p.errorf("unmatched )")
	}
	return n, p.groups, nil
}

func (p *ecmaParser) errorf(format string, args ...any) error {
	return fmt.Errorf("at offset %d: %s", p.pos, fmt.Sprintf(format, args...))
}

// countGroups finds the capture groups and their names before parsing, as
// \2 and \k<name> may come before the group they name.
func (p *ecmaParser) countGroups() error {
	s := p.src
	inClass := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\':
			i++
		case inClass:
			inClass = c != ']'
		case c == '[':
			inClass = true
		case c == '(' && !strings.HasPrefix(s[i+1:], "?"):
			p.groups++
		case c == '(' && strings.HasPrefix(s[i+1:], "?<") && !strings.HasPrefix(s[i+1:], "?<=") && !strings.HasPrefix(s[i+1:], "?<!"):
			p.groups++
			end := strings.IndexByte(s[i+3:], '>')
			if end < 0 {
				return fmt.Errorf("at offset %d: unterminated group name", i)
			}
			name := s[i+3 : i+3+end]
			if !ecmaGroupName(name) {
				return fmt.Errorf("at offset %d: invalid group name %q", i, name)
			}
			if p.names == nil {
				p.names = map[string]int{}
			}
			if _, dup := p.names[name]; dup {
				return fmt.Errorf("at offset %d: duplicate group name %q", i, name)
			}
			p.names[name] = p.groups
		}
	}
	return nil
}

// ecmaGroupName reports whether name is an identifier, as group names are.
func ecmaGroupName(name string) bool {
	for i, r := range name {
		if r == '$' || r == '_' || unicode.IsLetter(r) || i > 0 && (unicode.IsDigit(r) || r == 0x200c || r == 0x200d) {
			continue
		}
		return false
	}
	return name != ""
}

func (p *ecmaParser) more() bool { return p.pos < len(p.src) }

func (p *ecmaParser) peek() byte { return p.src[p.pos] }

func (p *ecmaParser) eat(s string) bool {
	if strings.HasPrefix(p.src[p.pos:], s) {
		p.pos += len(s)
		return true
	}
	return false
}

// disjunction reads alternatives up to a ')' or the end.
func (p *ecmaParser) disjunction() (*ecmaNode, error) {
	var alts []*ecmaNode
	for {
		a, err := p.alternative()
		if err != nil {
			return nil, err
		}
		alts = append(alts, a)
		if !p.eat("|") {
			break
		}
	}
	if len(alts) == 1 {
		return alts[0], nil
	}
	return &ecmaNode{op: ecmaAlt, subs: alts}, nil
}

// alternative reads terms up to a '|', a ')' or the end.
func (p *ecmaParser) alternative() (*ecmaNode, error) {
	var terms []*ecmaNode
	for p.more() && p.peek() != '|' && p.peek() != ')' {
		first := p.seen
		t, quantifiable, err := p.term()
		if err != nil {
			return nil, err
		}
		q, err := p.quantifier(t, quantifiable, first)
		if err != nil {
			return nil, err
		}
		terms = append(terms, q)
	}
	switch len(terms) {
	case 0:
		return &ecmaNode{op: ecmaEmpty}, nil
	case 1:
		return terms[0], nil
	}
	return &ecmaNode{op: ecmaConcat, subs: terms}, nil
}

// term reads one assertion or atom, and whether a quantifier may follow.
func (p *ecmaParser) term() (*ecmaNode, bool, error) {
	switch c := p.peek(); c {
	case '^':
		p.pos++
		return &ecmaNode{op: ecmaStart}, false, nil
	case '$':
		p.pos++
		return &ecmaNode{op: ecmaEnd}, false, nil
	case '(':
		return p.group()
	case '.':
		p.pos++
		return &ecmaNode{op: ecmaChar, set: ecmaDot}, true, nil
	case '[':
		set, err := p.class()
		return &ecmaNode{op: ecmaChar, set: set}, true, err
	case '\\':
		return p.atomEscape()
	case '*', '+', '?':
		return nil, false, p.errorf("nothing to repeat")
	case '{':
		if _, _, ok := p.bounds(); ok {
			return nil, false, p.errorf("nothing to repeat")
		}
	}
	// Annex B: a '{', '}' or ']' that starts nothing is itself.
	r, w := utf8.DecodeRuneInString(p.src[p.pos:])
	p.pos += w
	return ecmaRune(r), true, nil
}

// group reads a parenthesised group or lookaround.
func (p *ecmaParser) group() (*ecmaNode, bool, error) {
	start := p.pos
	p.pos++ // (
	n := &ecmaNode{op: ecmaGroup}
	quantifiable := true
	switch {
	case p.eat("?:"):
		n.op = ecmaConcat
	case p.eat("?="), p.eat("?!"):
		n.op, n.neg = ecmaLookahead, p.src[p.pos-1] == '!'
	case p.eat("?<="), p.eat("?<!"):
		n.op, n.neg, quantifiable = ecmaLookbehind, p.src[p.pos-1] == '!', false
	case p.eat("?<"):
		end := strings.IndexByte(p.src[p.pos:], '>')
		p.pos += end + 1 // countGroups checked the name
		p.seen++
		n.group = p.seen
	case p.eat("?"):
		return nil, false, p.errorf("invalid group %q", "(?"+p.src[p.pos:min(p.pos+1, len(p.src))])
	default:
		p.seen++
		n.group = p.seen
	}
	sub, err := p.disjunction()
	if err != nil {
		return nil, false, err
	}
	if !p.eat(")") {
		p.pos = start
		return nil, false, p.errorf("unterminated group")
	}
	n.subs = []*ecmaNode{sub}
	return n, quantifiable, nil
}

// quantifier reads a quantifier after t, if any; first is the first group
// t holds.
func (p *ecmaParser) quantifier(t *ecmaNode, quantifiable bool, first int) (*ecmaNode, error) {
	if !p.more() {
		return t, nil
	}
	lo, hi := 0, -1
	switch p.peek() {
	case '*':
		p.pos++
	case '+':
		p.pos++
		lo = 1
	case '?':
		p.pos++
		hi = 1
	case '{':
		var ok bool
		if lo, hi, ok = p.bounds(); !ok {
			return t, nil // a literal '{', read as the next atom
		}
		p.pos = strings.IndexByte(p.src[p.pos:], '}') + p.pos + 1
		if hi >= 0 && hi < lo {
			return nil, p.errorf("numbers out of order in {} quantifier")
		}
	default:
		return t, nil
	}
	if !quantifiable {
		return nil, p.errorf("nothing to repeat")
	}
	greedy := !p.eat("?")
	return &ecmaNode{op: ecmaRepeat, subs: []*ecmaNode{t}, min: lo, max: hi, greedy: greedy,
		firstGroup: first + 1, lastGroup: p.seen}, nil
}

// bounds reads {n}, {n,} or {n,m} at the parser's position without moving.
func (p *ecmaParser) bounds() (lo, hi int, ok bool) {
	s := p.src[p.pos:]
	end := strings.IndexByte(s, '}')
	if len(s) == 0 || s[0] != '{' || end < 0 {
		return 0, 0, false
	}
	a, b, comma := strings.Cut(s[1:end], ",")
	lo, okA := ecmaCount(a)
	hi = lo
	switch {
	case !okA:
		return 0, 0, false
	case comma && b == "":
		hi = -1
	case comma:
		var okB bool
		if hi, okB = ecmaCount(b); !okB {
			return 0, 0, false
		}
	}
	return lo, hi, true
}

// ecmaCount reads a repetition count (capped: a bound beyond any input's
// length means the same as the cap).
func ecmaCount(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = min(n*10+int(c-'0'), 1<<30)
	}
	return n, true
}

// atomEscape reads an escape outside a class.
func (p *ecmaParser) atomEscape() (*ecmaNode, bool, error) {
	p.pos++ // backslash
	if !p.more() {
		return nil, false, p.errorf("\\ at end of pattern")
	}
	switch c := p.peek(); {
	case c == 'b' || c == 'B':
		p.pos++
		return &ecmaNode{op: ecmaWordEdge, neg: c == 'B'}, false, nil
	case c >= '1' && c <= '9':
		start := p.pos
		for p.more() && p.peek() >= '0' && p.peek() <= '9' {
			p.pos++
		}
		if n, err := strconv.Atoi(p.src[start:p.pos]); err == nil && n <= p.groups {
			return &ecmaNode{op: ecmaBackref, group: n}, true, nil
		}
		p.pos = start // Annex B: no such group, an octal escape or the digit
		if c >= '8' {
			p.pos++
			return ecmaRune(rune(c)), true, nil
		}
		return ecmaRune(p.octal()), true, nil
	case c == 'k' && p.names != nil:
		p.pos++
		end := strings.IndexByte(p.src[p.pos:], '>')
		if !p.eat("<") || end < 0 {
			return nil, false, p.errorf("invalid named reference")
		}
		name := p.src[p.pos : p.pos+end-1]
		g, ok := p.names[name]
		if !ok {
			return nil, false, p.errorf("no group named %q", name)
		}
		p.pos += end
		return &ecmaNode{op: ecmaBackref, group: g}, true, nil
	}
	set, err := p.escape(false)
	return &ecmaNode{op: ecmaChar, set: set}, true, err
}

// octal reads a legacy octal escape (up to \377) after the backslash.
func (p *ecmaParser) octal() rune {
	v := rune(0)
	for i := 0; i < 3 && p.more() && p.peek() >= '0' && p.peek() <= '7'; i++ {
		next := v*8 + rune(p.peek()-'0')
		if next > 0377 {
			break
		}
		v = next
		p.pos++
	}
	return v
}

// ecmaRune is the node matching r alone.
func ecmaRune(r rune) *ecmaNode {
	return &ecmaNode{op: ecmaChar, set: &ecmaSet{ranges: []rune{r, r}}}
}
