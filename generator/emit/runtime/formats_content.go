package runtime

import (
	"encoding/base64"
	"encoding/json"
)

// Draft 7's content keywords assert (jsonschema checks them there; later
// drafts made them annotations): a string whose contentEncoding is base64
// must decode (RFC 4648, padded), one whose contentMediaType is
// application/json must be JSON, after decoding where both are given.

// isContentBase64 reports whether s is base64 as encoding/base64's
// StdEncoding reads it (padded, line breaks ignored), which jsonschema
// uses; the common form is checked without decoding (and allocating).
func isContentBase64(s string) bool {
	if contentBase64Valid(s) {
		return true
	}
	_, err := base64.StdEncoding.DecodeString(s)
	return err == nil
}

// contentBase64Valid reports whether s is base64 without line breaks: the
// alphabet, whole quads, and padding only at the end.
func contentBase64Valid(s string) bool {
	if len(s)%4 != 0 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z', 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '+', c == '/':
		case c == '=' && (i == len(s)-1 || i == len(s)-2 && s[len(s)-1] == '='):
		default:
			return false
		}
	}
	return true
}

// isContentJSON reports whether s is a JSON text. (json.Valid takes bytes:
// a long string is copied, the one allocation of a valid value's check.)
func isContentJSON(s string) bool { return json.Valid([]byte(s)) }

// isContentBase64JSON reports whether s is base64 whose bytes are a JSON
// text.
func isContentBase64JSON(s string) bool {
	b, err := base64.StdEncoding.DecodeString(s)
	return err == nil && json.Valid(b)
}
