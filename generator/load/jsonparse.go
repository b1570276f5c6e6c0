package load

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// jsonParser reads a JSON document into a node tree and plain values in one
// pass. It is several times faster than going through a YAML parser, which
// matters for large specs (Coder's is 1 MB). On any syntax error it gives
// up; the caller then asks encoding/json for its usual message.
type jsonParser struct {
	data []byte
	i    int
	line int // line of data[i], 1-based
	bol  int // offset where that line begins
	// members and elements wait for the objects and arrays being read to
	// end (see member).
	members  []member
	elements []element
	// half, when set, is the second half of a large object's members,
	// read on another goroutine from the offset at (jsonparse_split.go).
	half *splitHalf
}

var errJSONSyntax = errors.New("json syntax")

// parseJSON returns the document's tree and value.
func parseJSON(data []byte) (*node, any, error) {
	if len(data) >= splitMinBytes {
		if n, v, ok := parseJSONSplit(data, len(data)/2); ok {
			return n, v, nil
		}
	}
	return parseJSONAlone(data)
}

// parseJSONAlone is parseJSON on one goroutine.
func parseJSONAlone(data []byte) (*node, any, error) {
	p := &jsonParser{data: data, line: 1}
	p.space()
	n, v, err := p.value()
	if err != nil {
		return nil, nil, err
	}
	p.space()
	if p.i != len(p.data) {
		return nil, nil, errJSONSyntax
	}
	return n, v, nil
}

func (p *jsonParser) space() {
	for p.i < len(p.data) {
		switch p.data[p.i] {
		case '\n':
			p.i++
			p.line++
			p.bol = p.i
		case ' ', '\t', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *jsonParser) here() pos { return pos{p.line, p.i - p.bol + 1} }

func (p *jsonParser) value() (*node, any, error) {
	if p.i >= len(p.data) {
		return nil, nil, errJSONSyntax
	}
	at := p.here()
	switch c := p.data[p.i]; {
	case c == '{':
		return p.object(at)
	case c == '[':
		return p.array(at)
	case c == '"':
		s, err := p.str()
		return &node{kind: 's', line: at.line, col: at.col}, s, err
	case c == 't':
		return p.literal(at, "true", true)
	case c == 'f':
		return p.literal(at, "false", false)
	case c == 'n':
		return p.literal(at, "null", nil)
	case c == '-' || c >= '0' && c <= '9':
		return p.number(at)
	}
	return nil, nil, errJSONSyntax
}

func (p *jsonParser) literal(at pos, word string, v any) (*node, any, error) {
	if !strings.HasPrefix(string(p.data[p.i:min(p.i+len(word), len(p.data))]), word) {
		return nil, nil, errJSONSyntax
	}
	p.i += len(word)
	return &node{kind: 's', line: at.line, col: at.col}, v, nil
}

func (p *jsonParser) number(at pos) (*node, any, error) {
	start := p.i
	for p.i < len(p.data) {
		c := p.data[p.i]
		if c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E' {
			p.i++
			continue
		}
		break
	}
	num := json.Number(p.data[start:p.i])
	if _, err := num.Float64(); err != nil {
		return nil, nil, errJSONSyntax
	}
	return &node{kind: 's', line: at.line, col: at.col}, num, nil
}

// str reads a string; only strings with escapes go through encoding/json.
func (p *jsonParser) str() (string, error) {
	start := p.i
	p.i++
	escaped := false
	for p.i < len(p.data) {
		switch c := p.data[p.i]; {
		case c == '"':
			p.i++
			raw := p.data[start:p.i]
			if !escaped && utf8.Valid(raw) {
				return string(raw[1 : len(raw)-1]), nil
			}
			if escaped {
				if s, ok := unescape(raw[1 : len(raw)-1]); ok {
					return s, nil
				}
			}
			var s string
			if err := json.Unmarshal(raw, &s); err != nil {
				return "", errJSONSyntax
			}
			return s, nil
		case c == '\\':
			escaped = true
			p.i += 2
		case c < 0x20:
			return "", errJSONSyntax
		default:
			p.i++
		}
	}
	return "", errJSONSyntax
}

// member is an object member read and not yet placed: members wait on
// the parser's stack until their object ends, so that its lists and map
// are made once, at their final size, instead of grown as they are read
// (a large spec is hundreds of thousands of them).
type member struct {
	key string
	at  pos
	kid *node
	v   any
}

// element is an array element waiting as a member does.
type element struct {
	kid *node
	v   any
}

// indexedMembers is how many members an object has before its keys are
// looked up in its map, not on the stack, to find a duplicate.
const indexedMembers = 16

func (p *jsonParser) object(at pos) (*node, any, error) {
	n := &node{kind: 'o', line: at.line, col: at.col}
	p.i++
	p.space()
	if p.i < len(p.data) && p.data[p.i] == '}' {
		p.i++
		return n, map[string]any{}, nil
	}
	base := len(p.members)
	var m map[string]any // made early for a large object
	for {
		p.space()
		if p.half != nil && p.i == p.half.at {
			// The rest of this object's members were read beside.
			var err error
			if m, err = p.joinHalf(m, base); err != nil {
				return nil, nil, err
			}
		} else if err := p.member(&m, base); err != nil {
			return nil, nil, err
		}
		p.space()
		if p.i >= len(p.data) {
			return nil, nil, errJSONSyntax
		}
		switch p.data[p.i] {
		case ',':
			p.i++
		case '}':
			p.i++
			return n, p.placeMembers(n, m, base), nil
		default:
			return nil, nil, errJSONSyntax
		}
	}
}

// member reads one member of the object whose members are on the stack
// from base, and adds it to *m once the object is large.
func (p *jsonParser) member(m *map[string]any, base int) error {
	if p.i >= len(p.data) || p.data[p.i] != '"' {
		return errJSONSyntax
	}
	kp := p.here()
	k, err := p.str()
	if err != nil {
		return err
	}
	if p.hasMember(*m, base, k) {
		return &dupKeyError{key: k, at: kp}
	}
	p.space()
	if p.i >= len(p.data) || p.data[p.i] != ':' {
		return errJSONSyntax
	}
	p.i++
	p.space()
	kid, v, err := p.value()
	if err != nil {
		return err
	}
	p.push(m, base, member{key: k, at: kp, kid: kid, v: v})
	return nil
}

// push puts a member read on the stack, and in *m: made once the object
// has more than indexedMembers members.
func (p *jsonParser) push(m *map[string]any, base int, e member) {
	p.members = append(p.members, e)
	switch count := len(p.members) - base; {
	case *m != nil:
		(*m)[e.key] = e.v
	case count > indexedMembers:
		*m = make(map[string]any, 2*count)
		for _, e := range p.members[base:] {
			(*m)[e.key] = e.v
		}
	}
}

// hasMember reports whether the object being read (its members on the
// stack from base, and in m once it is large) already has key k.
func (p *jsonParser) hasMember(m map[string]any, base int, k string) bool {
	if m != nil {
		_, dup := m[k]
		return dup
	}
	for _, e := range p.members[base:] {
		if e.key == k {
			return true
		}
	}
	return false
}

// placeMembers moves an object's members from the stack into its node and
// its map (m, when made already).
func (p *jsonParser) placeMembers(n *node, m map[string]any, base int) map[string]any {
	ms := p.members[base:]
	n.keys = make([]string, len(ms))
	n.keyPos = make([]pos, len(ms))
	n.kids = make([]*node, len(ms))
	fill := m == nil
	if fill {
		m = make(map[string]any, len(ms))
	}
	for i, e := range ms {
		n.keys[i], n.keyPos[i], n.kids[i] = e.key, e.at, e.kid
		if fill {
			m[e.key] = e.v
		}
	}
	clear(ms) // the stack holds no values for the collector to keep
	p.members = p.members[:base]
	return m
}

func (p *jsonParser) array(at pos) (*node, any, error) {
	n := &node{kind: 'a', line: at.line, col: at.col}
	p.i++
	p.space()
	if p.i < len(p.data) && p.data[p.i] == ']' {
		p.i++
		return n, []any{}, nil
	}
	base := len(p.elements)
	for {
		p.space()
		kid, v, err := p.value()
		if err != nil {
			return nil, nil, err
		}
		p.elements = append(p.elements, element{kid: kid, v: v})
		p.space()
		if p.i >= len(p.data) {
			return nil, nil, errJSONSyntax
		}
		switch p.data[p.i] {
		case ',':
			p.i++
		case ']':
			p.i++
			es := p.elements[base:]
			list := make([]any, len(es))
			n.kids = make([]*node, len(es))
			for i, e := range es {
				n.kids[i], list[i] = e.kid, e.v
			}
			clear(es)
			p.elements = p.elements[:base]
			return n, list, nil
		default:
			return nil, nil, errJSONSyntax
		}
	}
}

// dupKeyError is a key that occurs twice in one object, which JSON parsers
// resolve differently (last wins, first wins, error): specgen refuses it.
type dupKeyError struct {
	key string
	at  pos
}

func (e *dupKeyError) Error() string { return fmt.Sprintf("duplicate key %q", e.key) }
