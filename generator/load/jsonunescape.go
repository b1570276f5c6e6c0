package load

import (
	"unicode/utf8"
)

// unescape decodes the escapes of a JSON string's text (between its
// quotes), as encoding/json does, for text that is valid UTF-8 and whose
// \u escapes are no UTF-16 surrogates; ok is false for anything else,
// which the caller leaves to encoding/json (its replacement characters,
// its error). Long descriptions with line breaks and quotes are most of a
// schema's text: decoding each through json.Unmarshal was a third of
// parsing Vega-Lite's.
func unescape(text []byte) (s string, ok bool) {
	if !utf8.Valid(text) {
		return "", false
	}
	out := make([]byte, 0, len(text))
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c < 0x20 || c == '"' {
			return "", false // not in a JSON string's text
		}
		if c != '\\' {
			out = append(out, c)
			continue
		}
		if i+1 >= len(text) {
			return "", false
		}
		i++
		switch text[i] {
		case '"', '\\', '/':
			out = append(out, text[i])
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r, ok := hex4(text[i+1:])
			if !ok || r >= 0xD800 && r < 0xE000 {
				return "", false
			}
			out = utf8.AppendRune(out, r)
			i += 4
		default:
			return "", false
		}
	}
	return string(out), true
}

// hex4 reads the four hex digits of a \u escape.
func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range b[:4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r*16 + rune(c)
	}
	return r, true
}
