package load

import "strconv"

// jsonIndex finds parts of a JSON document in its text, decoding only the
// part asked for: RawJSON looks up a few parts of a large document, and
// decoding all of it (with positions) for that was an eighth of a
// comparison. Each object or array on the way to a part is scanned once,
// its members' offsets remembered, so later lookups below it start there.
// The text must be valid JSON (RawJSON checks it once).
type jsonIndex struct {
	data []byte
	at   map[string]int  // pointer → offset of its value in data
	kind map[string]byte // pointer of a scanned value → its first byte
}

func newJSONIndex(data []byte) *jsonIndex {
	p := &jsonParser{data: data}
	p.space()
	return &jsonIndex{data: data, at: map[string]int{"#": p.i}, kind: map[string]byte{}}
}

// valueAt decodes the value at pointer as Load's parser would, or reports
// false when nothing is there.
func (x *jsonIndex) valueAt(pointer string) (any, bool) {
	cur := "#"
	for _, tok := range pointerTokens(pointer) {
		kind, scanned := x.kind[cur]
		if !scanned {
			kind = x.scan(cur)
		}
		if kind == '[' {
			n, err := strconv.Atoi(tok) // as valueAt reads an index
			if err != nil || n < 0 {
				return nil, false
			}
			tok = strconv.Itoa(n)
		}
		cur = child(cur, tok)
		if _, ok := x.at[cur]; !ok {
			return nil, false
		}
	}
	p := &jsonParser{data: x.data, i: x.at[cur]}
	start := p.i
	if !p.skip() {
		return nil, false
	}
	_, v, err := parseJSON(x.data[start:p.i])
	return v, err == nil
}

// scan records the offsets of the members or elements of the value at
// ptr, and returns its first byte.
func (x *jsonIndex) scan(ptr string) byte {
	p := &jsonParser{data: x.data, i: x.at[ptr]}
	kind := byte(0)
	if p.i < len(p.data) {
		kind = p.data[p.i]
	}
	x.kind[ptr] = kind
	if kind != '{' && kind != '[' {
		return kind
	}
	p.i++
	for i := 0; ; i++ {
		p.space()
		if p.i >= len(p.data) || p.data[p.i] == '}' || p.data[p.i] == ']' {
			return kind
		}
		tok := strconv.Itoa(i)
		if kind == '{' {
			k, err := p.str()
			p.space()
			if err != nil || p.i >= len(p.data) || p.data[p.i] != ':' {
				return kind
			}
			p.i++
			p.space()
			tok = k
		}
		at := child(ptr, tok)
		if _, dup := x.at[at]; !dup {
			x.at[at] = p.i
		}
		if !p.skip() {
			return kind
		}
		p.space()
		if p.i >= len(p.data) || p.data[p.i] != ',' {
			return kind
		}
		p.i++
	}
}

// skip moves past one value without decoding it (nor counting lines).
func (p *jsonParser) skip() bool {
	if p.i >= len(p.data) {
		return false
	}
	switch p.data[p.i] {
	case '"':
		return p.skipString()
	case '{', '[':
		depth := 0
		for p.i < len(p.data) {
			switch p.data[p.i] {
			case '"':
				if !p.skipString() {
					return false
				}
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					p.i++
					return true
				}
			}
			p.i++
		}
		return false
	}
	start := p.i // a number or a literal
	for p.i < len(p.data) && !isJSONDelimiter(p.data[p.i]) {
		p.i++
	}
	return p.i > start
}

func (p *jsonParser) skipString() bool {
	p.i++
	for p.i < len(p.data) {
		switch p.data[p.i] {
		case '"':
			p.i++
			return true
		case '\\':
			p.i += 2
		default:
			p.i++
		}
	}
	return false
}

func isJSONDelimiter(c byte) bool {
	switch c {
	case ' ', '\t', '\r', '\n', ',', ':', '}', ']':
		return true
	}
	return false
}
