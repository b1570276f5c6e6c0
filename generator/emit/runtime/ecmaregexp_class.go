package runtime

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ecmaSet is a set of characters: sorted ranges (lo, hi pairs) and Unicode
// tables from \p{…} (\P{…} in notTables), negated as a whole when neg.
type ecmaSet struct {
	ranges    []rune
	tables    []ecmaTable
	notTables []ecmaTable
	neg       bool
}

// ecmaTable is a general category or script, by its name in Go's unicode
// package.
type ecmaTable struct {
	name  string
	table *unicode.RangeTable
}

// has reports whether r is in the set.
func (s *ecmaSet) has(r rune) bool {
	in := false
	for i := 0; i+1 < len(s.ranges) && !in; i += 2 {
		in = s.ranges[i] <= r && r <= s.ranges[i+1]
	}
	for _, t := range s.tables {
		in = in || unicode.Is(t.table, r)
	}
	for _, t := range s.notTables {
		in = in || !unicode.Is(t.table, r)
	}
	return in != s.neg
}

// add puts every character of o into s (o is not negated as a whole, or
// is turned into ranges first).
func (s *ecmaSet) add(o *ecmaSet) {
	if o.neg {
		o = &ecmaSet{ranges: ecmaComplement(o.ranges)}
	}
	s.ranges = append(s.ranges, o.ranges...)
	s.tables = append(s.tables, o.tables...)
	s.notTables = append(s.notTables, o.notTables...)
}

// ecmaComplement returns the ranges of every character not in ranges
// (which do not overlap and are sorted).
func ecmaComplement(ranges []rune) []rune {
	var out []rune
	next := rune(0)
	for i := 0; i+1 < len(ranges); i += 2 {
		if ranges[i] > next {
			out = append(out, next, ranges[i]-1)
		}
		next = ranges[i+1] + 1
	}
	if next <= unicode.MaxRune {
		out = append(out, next, unicode.MaxRune)
	}
	return out
}

// The character class escapes as ECMA-262 defines them: \d and \w are
// ASCII, \s is Unicode's white space and the line terminators.
var (
	ecmaDigits = []rune{'0', '9'}
	ecmaWords  = []rune{'0', '9', 'A', 'Z', '_', '_', 'a', 'z'}
	ecmaSpaces = []rune{'\t', '\r', ' ', ' ', 0xa0, 0xa0, 0x1680, 0x1680, 0x2000, 0x200a,
		0x2028, 0x2029, 0x202f, 0x202f, 0x205f, 0x205f, 0x3000, 0x3000, 0xfeff, 0xfeff}
	// ecmaDot is '.': anything but a line terminator.
	ecmaDot = &ecmaSet{ranges: []rune{'\n', '\n', '\r', '\r', 0x2028, 0x2029}, neg: true}
)

// ecmaIsWord reports whether r is a word character for \b.
func ecmaIsWord(r rune) bool {
	return r < utf8.RuneSelf && (r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r == '_')
}

// class reads a bracketed character class.
func (p *ecmaParser) class() (*ecmaSet, error) {
	start := p.pos
	p.pos++ // [
	set := &ecmaSet{neg: p.eat("^")}
	for {
		if !p.more() {
			p.pos = start
			return nil, p.errorf("unterminated character class")
		}
		if p.eat("]") {
			return set, nil
		}
		lo, err := p.classAtom()
		if err != nil {
			return nil, err
		}
		if !p.more() || p.peek() != '-' || strings.HasPrefix(p.src[p.pos:], "-]") {
			set.add(lo)
			continue
		}
		p.pos++ // -
		hi, err := p.classAtom()
		if err != nil {
			return nil, err
		}
		a, aOne := ecmaSingle(lo)
		b, bOne := ecmaSingle(hi)
		switch {
		case !aOne || !bOne:
			// Annex B: [\w-z] is \w, '-' and z.
			set.add(lo)
			set.add(ecmaRune('-').set)
			set.add(hi)
		case a > b:
			return nil, p.errorf("range out of order in character class")
		default:
			set.ranges = append(set.ranges, a, b)
		}
	}
}

// ecmaSingle returns the one character s holds, if it is one.
func ecmaSingle(s *ecmaSet) (rune, bool) {
	if len(s.ranges) == 2 && s.ranges[0] == s.ranges[1] && !s.neg && len(s.tables)+len(s.notTables) == 0 {
		return s.ranges[0], true
	}
	return 0, false
}

// classAtom reads one character or class escape inside brackets.
func (p *ecmaParser) classAtom() (*ecmaSet, error) {
	if !p.eat(`\`) {
		r, w := utf8.DecodeRuneInString(p.src[p.pos:])
		p.pos += w
		return ecmaRune(r).set, nil
	}
	if !p.more() {
		return nil, p.errorf("\\ at end of pattern")
	}
	switch c := p.peek(); {
	case c == 'b':
		p.pos++
		return ecmaRune('\b').set, nil
	case c == '-':
		p.pos++
		return ecmaRune('-').set, nil
	case c >= '1' && c <= '9':
		// Annex B: no backreference in a class; an octal escape or the digit.
		if c >= '8' {
			p.pos++
			return ecmaRune(rune(c)).set, nil
		}
		return ecmaRune(p.octal()).set, nil
	}
	return p.escape(true)
}

// escape reads a character escape or class escape after the backslash.
func (p *ecmaParser) escape(inClass bool) (*ecmaSet, error) {
	c := p.peek()
	p.pos++
	one := func(r rune) (*ecmaSet, error) { return ecmaRune(r).set, nil }
	switch c {
	case 'd', 'D':
		return &ecmaSet{ranges: ecmaDigits, neg: c == 'D'}, nil
	case 'w', 'W':
		return &ecmaSet{ranges: ecmaWords, neg: c == 'W'}, nil
	case 's', 'S':
		return &ecmaSet{ranges: ecmaSpaces, neg: c == 'S'}, nil
	case 'f':
		return one('\f')
	case 'n':
		return one('\n')
	case 'r':
		return one('\r')
	case 't':
		return one('\t')
	case 'v':
		return one('\v')
	case '0':
		if p.more() && p.peek() >= '0' && p.peek() <= '9' {
			p.pos--
			return one(p.octal())
		}
		return one(0)
	case 'c':
		if p.more() && (p.peek()|0x20 >= 'a' && p.peek()|0x20 <= 'z') {
			p.pos++
			return one(rune(p.src[p.pos-1] % 32))
		}
		return nil, p.errorf("invalid control escape")
	case 'x':
		if r, ok := p.hex(2); ok {
			return one(r)
		}
		return one('x') // Annex B
	case 'u':
		if p.eat("{") {
			end := strings.IndexByte(p.src[p.pos:], '}')
			if end < 1 {
				return nil, p.errorf("invalid \\u{…} escape")
			}
			r, ok := ecmaHexValue(p.src[p.pos : p.pos+end])
			if !ok || r > unicode.MaxRune {
				return nil, p.errorf("invalid \\u{…} escape")
			}
			p.pos += end + 1
			return one(r)
		}
		if r, ok := p.hex(4); ok {
			return one(p.lowSurrogate(r))
		}
		return one('u') // Annex B
	case 'p', 'P':
		return p.property(c == 'P')
	}
	if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
		return nil, p.errorf("invalid escape \\%c", c)
	}
	p.pos--
	r, w := utf8.DecodeRuneInString(p.src[p.pos:])
	p.pos += w
	return one(r) // an identity escape
}

// hex reads n hexadecimal digits, if they are there.
func (p *ecmaParser) hex(n int) (rune, bool) {
	if p.pos+n > len(p.src) {
		return 0, false
	}
	r, ok := ecmaHexValue(p.src[p.pos : p.pos+n])
	if ok {
		p.pos += n
	}
	return r, ok
}

// lowSurrogate joins a \uD83D\uDE00 pair into the one code point it writes.
func (p *ecmaParser) lowSurrogate(hi rune) rune {
	if hi < 0xd800 || hi > 0xdbff || !strings.HasPrefix(p.src[p.pos:], `\u`) {
		return hi
	}
	p.pos += 2
	lo, ok := p.hex(4)
	if !ok || lo < 0xdc00 || lo > 0xdfff {
		if ok {
			p.pos -= 4
		}
		p.pos -= 2
		return hi
	}
	return (hi-0xd800)<<10 + (lo - 0xdc00) + 0x10000
}

func ecmaHexValue(s string) (rune, bool) {
	v := rune(0)
	for _, c := range []byte(s) {
		switch {
		case c >= '0' && c <= '9':
			v = v*16 + rune(c-'0')
		case c|0x20 >= 'a' && c|0x20 <= 'f':
			v = v*16 + rune(c|0x20-'a'+10)
		default:
			return 0, false
		}
		if v > unicode.MaxRune {
			return 0, false
		}
	}
	return v, s != ""
}

// property reads \p{…}: a general category by its short or long name or
// alias (Lu, Uppercase_Letter, digit), a script (Greek), a binary property
// Go's unicode package has (White_Space), or General_Category=… and
// Script=…. The name kept is Go's table name (for the Go form).
func (p *ecmaParser) property(neg bool) (*ecmaSet, error) {
	end := strings.IndexByte(p.src[p.pos:], '}')
	if !p.eat("{") || end < 2 {
		return nil, p.errorf("invalid property escape")
	}
	name := p.src[p.pos : p.pos+end-1]
	p.pos += end
	key, value, ok := strings.Cut(name, "=")
	var t *unicode.RangeTable
	switch {
	case !ok:
		value = ecmaCategory(name)
		if t = unicode.Categories[value]; t == nil {
			if t = unicode.Scripts[name]; t == nil {
				t = unicode.Properties[name]
			}
			value = name
		}
	case key == "General_Category" || key == "gc":
		value = ecmaCategory(value)
		t = unicode.Categories[value]
	case key == "Script" || key == "sc" || key == "Script_Extensions" || key == "scx":
		t = unicode.Scripts[value]
	}
	if t == nil {
		return nil, p.errorf("unknown property %q", name)
	}
	if neg {
		return &ecmaSet{notTables: []ecmaTable{{value, t}}}, nil
	}
	return &ecmaSet{tables: []ecmaTable{{value, t}}}, nil
}

// ecmaCategory returns the short name of a general category named by its
// long name or alias (Unicode's PropertyValueAliases), else name.
func ecmaCategory(name string) string {
	if short, ok := ecmaCategoryNames[name]; ok {
		return short
	}
	return name
}

var ecmaCategoryNames = map[string]string{
	"Letter": "L", "Cased_Letter": "LC", "Uppercase_Letter": "Lu", "Lowercase_Letter": "Ll",
	"Titlecase_Letter": "Lt", "Modifier_Letter": "Lm", "Other_Letter": "Lo",
	"Mark": "M", "Combining_Mark": "M", "Nonspacing_Mark": "Mn", "Spacing_Mark": "Mc", "Enclosing_Mark": "Me",
	"Number": "N", "Decimal_Number": "Nd", "digit": "Nd", "Letter_Number": "Nl", "Other_Number": "No",
	"Punctuation": "P", "punct": "P", "Connector_Punctuation": "Pc", "Dash_Punctuation": "Pd",
	"Open_Punctuation": "Ps", "Close_Punctuation": "Pe", "Initial_Punctuation": "Pi",
	"Final_Punctuation": "Pf", "Other_Punctuation": "Po",
	"Symbol": "S", "Math_Symbol": "Sm", "Currency_Symbol": "Sc", "Modifier_Symbol": "Sk", "Other_Symbol": "So",
	"Separator": "Z", "Space_Separator": "Zs", "Line_Separator": "Zl", "Paragraph_Separator": "Zp",
	"Other": "C", "Control": "Cc", "cntrl": "Cc", "Format": "Cf", "Surrogate": "Cs", "Private_Use": "Co",
}
