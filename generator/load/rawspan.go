package load

import "strconv"

// jsonSpan returns the JSON text of the value at pointer in the JSON
// document data, skipping over everything not on the way to it: RawJSON
// looks up a few parts of a large document, and decoding all of it (with
// positions) for that was an eighth of a comparison. false when nothing is
// there or the text on the way is not JSON.
func jsonSpan(data []byte, pointer string) ([]byte, bool) {
	p := &jsonParser{data: data, line: 1}
	p.space()
	for _, tok := range pointerTokens(pointer) {
		if !p.enter(tok) {
			return nil, false
		}
		p.space()
	}
	start := p.i
	if !p.skip() {
		return nil, false
	}
	return data[start:p.i], true
}

// enter moves from the start of an object or array to the start of its
// member or element tok.
func (p *jsonParser) enter(tok string) bool {
	if p.i >= len(p.data) {
		return false
	}
	switch p.data[p.i] {
	case '{':
		p.i++
		for {
			p.space()
			if p.i >= len(p.data) || p.data[p.i] != '"' {
				return false // the end of the object ('}'), or no JSON
			}
			k, err := p.str()
			if err != nil {
				return false
			}
			p.space()
			if p.i >= len(p.data) || p.data[p.i] != ':' {
				return false
			}
			p.i++
			p.space()
			if k == tok {
				return true
			}
			if !p.skip() || !p.next() {
				return false
			}
		}
	case '[':
		n, err := strconv.Atoi(tok)
		if err != nil || n < 0 {
			return false
		}
		p.i++
		for i := 0; ; i++ {
			p.space()
			if p.i >= len(p.data) || p.data[p.i] == ']' {
				return false
			}
			if i == n {
				return true
			}
			if !p.skip() || !p.next() {
				return false
			}
		}
	}
	return false
}

// next moves past the comma after a member or element; false at the end
// of the object or array.
func (p *jsonParser) next() bool {
	p.space()
	if p.i < len(p.data) && p.data[p.i] == ',' {
		p.i++
		return true
	}
	return false
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
