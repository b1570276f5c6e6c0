package runtime

import (
	"encoding/json"
	"errors"
	"unicode/utf8"
)

// jwHex are the hexadecimal digits of escapes and UUIDs.
const jwHex = "0123456789abcdef"

// jwSafe marks the ASCII bytes a JSON string holds as they are: printable,
// and neither the quote, the backslash nor the HTML-sensitive <, > and &,
// which encoding/json escapes so that JSON can be embedded in HTML.
var jwSafe = func() (t [utf8.RuneSelf]bool) {
	for c := ' '; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()

// str appends s as a JSON string exactly as encoding/json writes it:
// control characters as \b \f \n \r \t or \u00XX, <, > and & as \u003c,
// \u003e and \u0026, U+2028 and U+2029 as \u2028 and \u2029 (JavaScript
// reads them as line ends), and each byte of invalid UTF-8 as \ufffd.
func (w *jsonWriter) str(s string) {
	b := append(w.b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if jwSafe[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', jwHex[c>>4], jwHex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', jwHex[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	w.b = append(b, '"')
}

// rawJSON appends a JSON text held as it came (json.RawMessage) as
// encoding/json does: nil is null, the text must be valid, and it is
// compacted, its strings made HTML-safe.
func (w *jsonWriter) rawJSON(m []byte) {
	if m == nil {
		w.null()
		return
	}
	if !json.Valid(m) {
		w.fail(errors.New("json: error calling MarshalJSON for type json.RawMessage: invalid JSON"))
		w.null()
		return
	}
	b := w.b
	inString := false
	for i := 0; i < len(m); i++ {
		c := m[i]
		if !inString {
			switch c {
			case ' ', '\t', '\n', '\r':
				continue
			case '"':
				inString = true
			}
			b = append(b, c)
			continue
		}
		switch {
		case c == '\\':
			b = append(b, c, m[i+1]) // valid JSON: an escape has a next byte
			i++
			continue
		case c == '"':
			inString = false
		case c == '<' || c == '>' || c == '&':
			b = append(b, '\\', 'u', '0', '0', jwHex[c>>4], jwHex[c&0xf])
			continue
		case c == 0xe2 && i+2 < len(m) && m[i+1] == 0x80 && m[i+2]&^1 == 0xa8:
			// U+2028 and U+2029, as in str.
			b = append(b, '\\', 'u', '2', '0', '2', jwHex[m[i+2]&0xf])
			i += 2
			continue
		}
		b = append(b, c)
	}
	w.b = b
}
