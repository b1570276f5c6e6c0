package runtime

import (
	"unicode/utf16"
	"unicode/utf8"
)

// skip reads past the next value, checking its syntax, without
// allocating.
func (r *jsonReader) skip() {
	if r.err != nil {
		return
	}
	switch c := r.peek(); c {
	case '{':
		if !r.enter() {
			return
		}
		if r.next('}') {
			r.depth--
			return
		}
		for r.err == nil {
			if r.peek() != '"' {
				r.syntaxAt("looking for beginning of object key string")
				return
			}
			r.skipString()
			r.colon()
			r.skip()
			if r.endOf('}') {
				break
			}
		}
		r.depth--
	case '[':
		if !r.enter() {
			return
		}
		if r.next(']') {
			r.depth--
			return
		}
		for r.err == nil {
			r.skip()
			if r.endOf(']') {
				break
			}
		}
		r.depth--
	case '"':
		r.skipString()
	case 't':
		r.literal("true")
	case 'f':
		r.literal("false")
	case 'n':
		r.literal("null")
	default:
		r.number()
	}
}

// enter reads the '{' or '[' of a container, within encoding/json's limit
// on nesting.
func (r *jsonReader) enter() bool {
	r.depth++
	if r.depth > jsonMaxDepth {
		r.syntax("exceeded max depth")
		return false
	}
	r.pos++
	return true
}

// next reads c, the end of an empty container, if it comes next.
func (r *jsonReader) next(c byte) bool {
	if r.peek() == c {
		r.pos++
		return true
	}
	return false
}

// endOf reads the ',' between values of a container (false) or its end c
// (true); anything else stops decoding (true).
func (r *jsonReader) endOf(c byte) bool {
	switch r.peek() {
	case ',':
		r.pos++
		return false
	case c:
		r.pos++
		return true
	}
	if c == '}' {
		r.syntaxAt("after object key:value pair")
	} else {
		r.syntaxAt("after array element")
	}
	return true
}

// colon reads the ':' after a key.
func (r *jsonReader) colon() {
	if r.err != nil {
		return
	}
	if r.peek() != ':' {
		r.syntaxAt("after object key")
		return
	}
	r.pos++
}

// literal reads true, false or null.
func (r *jsonReader) literal(word string) {
	if end := r.pos + len(word); end <= len(r.data) && string(r.data[r.pos:end]) == word {
		r.pos = end
		return
	}
	for i := 0; i < len(word); i++ {
		if r.pos >= len(r.data) {
			r.syntaxChar(' ', "in literal "+word+" (expecting "+jsonQuoteChar(word[i])+")")
			return
		}
		if r.data[r.pos] != word[i] {
			r.syntaxAt("in literal " + word + " (expecting " + jsonQuoteChar(word[i]) + ")")
			return
		}
		r.pos++
	}
}

// skipString reads past a string, checking it as stringBytes does without
// unescaping it: a skipped member's strings cost no copy.
func (r *jsonReader) skipString() {
	i := r.pos + 1 // after the quote, which the caller has seen
	for i < len(r.data) {
		i += jsonPlainLen(r.data[i:])
		if i >= len(r.data) {
			break
		}
		switch c := r.data[i]; {
		case c == '"':
			r.pos = i + 1
			return
		case c < ' ':
			r.pos = i
			r.syntaxAt("in string literal")
			return
		case c != '\\':
			i++
			continue
		}
		if i+1 >= len(r.data) {
			break
		}
		switch r.data[i+1] {
		case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			i += 2
		case 'u':
			if _, ok := r.hex4(i + 2); !ok {
				return
			}
			i += 6
		default:
			r.pos = i + 1
			r.syntaxAt("in string escape code")
			return
		}
	}
	r.pos = len(r.data)
	r.syntax("unexpected end of JSON input")
}

// stringBytes reads a string and returns its contents unescaped, invalid
// UTF-8 replaced by U+FFFD as encoding/json does: a slice of the data when
// nothing needed changing, else of r.scratch, valid until the next read.
func (r *jsonReader) stringBytes() []byte {
	start := r.pos + 1 // after the quote, which the caller has seen
	i := start
	if i <= len(r.data) {
		i += jsonPlainLen(r.data[i:])
		if i < len(r.data) && r.data[i] == '"' {
			r.pos = i + 1
			return r.data[start:i]
		}
	}
	plain := true
	for ; i < len(r.data); i++ {
		c := r.data[i]
		if c == '"' {
			break
		}
		if c == '\\' || c >= utf8.RuneSelf {
			plain = false
		} else if c < ' ' {
			r.pos = i
			r.syntaxAt("in string literal")
			return nil
		}
		if c == '\\' {
			i++ // the escaped byte is not the end, whatever it is
		}
	}
	if i >= len(r.data) {
		r.pos = len(r.data)
		r.syntax("unexpected end of JSON input")
		return nil
	}
	s := r.data[start:i]
	if plain || utf8.Valid(s) && !hasBackslash(s) {
		r.pos = i + 1
		return s
	}
	return r.unescape(start)
}

func hasBackslash(s []byte) bool {
	for _, c := range s {
		if c == '\\' {
			return true
		}
	}
	return false
}

// unescape reads a string with escapes or bytes that are not ASCII from
// start, into r.scratch.
func (r *jsonReader) unescape(start int) []byte {
	b := r.scratch[:0]
	i := start
	for {
		if i >= len(r.data) {
			r.pos = i
			r.syntax("unexpected end of JSON input")
			return nil
		}
		c := r.data[i]
		switch {
		case c == '"':
			r.pos = i + 1
			r.scratch = b
			return b
		case c == '\\':
			if i+1 >= len(r.data) {
				r.pos = len(r.data)
				r.syntax("unexpected end of JSON input")
				return nil
			}
			e := r.data[i+1]
			switch e {
			case '"', '\\', '/':
				b = append(b, e)
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			case 'u':
				rr, ok := r.hex4(i + 2)
				if !ok {
					return nil
				}
				i += 6
				if utf16.IsSurrogate(rr) {
					if i+1 < len(r.data) && r.data[i] == '\\' && r.data[i+1] == 'u' {
						if rr1, ok := r.hex4Quiet(i + 2); ok {
							if dec := utf16.DecodeRune(rr, rr1); dec != utf8.RuneError {
								b = utf8.AppendRune(b, dec)
								i += 6
								continue
							}
						}
					}
					rr = utf8.RuneError
				}
				b = utf8.AppendRune(b, rr)
				continue
			default:
				r.pos = i + 1
				r.syntaxAt("in string escape code")
				return nil
			}
			i += 2
		case c < ' ':
			r.pos = i
			r.syntaxAt("in string literal")
			return nil
		case c < utf8.RuneSelf:
			b = append(b, c)
			i++
		default:
			rr, size := utf8.DecodeRune(r.data[i:])
			b = utf8.AppendRune(b, rr) // RuneError for an invalid byte
			i += size
		}
	}
}

// hex4 reads the four hex digits of a \u escape at i.
func (r *jsonReader) hex4(i int) (rune, bool) {
	var v rune
	for j := i; j < i+4; j++ {
		if j >= len(r.data) {
			r.pos = len(r.data)
			r.syntax("unexpected end of JSON input")
			return 0, false
		}
		d := jsonHexDigit(r.data[j])
		if d < 0 {
			r.pos = j
			r.syntaxAt("in \\u hexadecimal character escape")
			return 0, false
		}
		v = v<<4 | d
	}
	return v, true
}

// hex4Quiet reads four hex digits at i if they are there; a bad escape
// after a lone surrogate is found, and reported, when read as its own.
func (r *jsonReader) hex4Quiet(i int) (rune, bool) {
	if i+4 > len(r.data) {
		return 0, false
	}
	var v rune
	for j := i; j < i+4; j++ {
		d := jsonHexDigit(r.data[j])
		if d < 0 {
			return 0, false
		}
		v = v<<4 | d
	}
	return v, true
}

func jsonHexDigit(c byte) rune {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0')
	case 'a' <= c && c <= 'f':
		return rune(c - 'a' + 10)
	case 'A' <= c && c <= 'F':
		return rune(c - 'A' + 10)
	}
	return -1
}

// number reads a number's text, checking its syntax.
func (r *jsonReader) number() []byte {
	start := r.pos
	i := r.pos
	d := r.data
	if i < len(d) && d[i] == '-' {
		i++
	}
	switch {
	case i >= len(d):
		r.pos = i
		r.syntaxChar(' ', "in numeric literal")
		return nil
	case d[i] == '0':
		i++
	case '1' <= d[i] && d[i] <= '9':
		for i++; i < len(d) && '0' <= d[i] && d[i] <= '9'; i++ {
		}
	default:
		r.pos = i
		if i == start {
			r.syntaxAt("looking for beginning of value")
		} else {
			r.syntaxAt("in numeric literal")
		}
		return nil
	}
	if i < len(d) && d[i] == '.' {
		i++
		if i >= len(d) || d[i] < '0' || d[i] > '9' {
			r.pos = i
			r.syntaxChar(' ', "after decimal point in numeric literal")
			return nil
		}
		for i++; i < len(d) && '0' <= d[i] && d[i] <= '9'; i++ {
		}
	}
	if i < len(d) && (d[i] == 'e' || d[i] == 'E') {
		i++
		if i < len(d) && (d[i] == '+' || d[i] == '-') {
			i++
		}
		if i >= len(d) || d[i] < '0' || d[i] > '9' {
			r.pos = i
			r.syntaxChar(' ', "in exponent of numeric literal")
			return nil
		}
		for i++; i < len(d) && '0' <= d[i] && d[i] <= '9'; i++ {
		}
	}
	r.pos = i
	return d[start:i]
}
