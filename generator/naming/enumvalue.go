package naming

import (
	"fmt"
	"strings"
	"unicode"
)

// symbolWords spells the punctuation that enum values are sometimes made of
// ("+", ">=", "*"), so that such a value still gets a readable constant name.
var symbolWords = map[rune]string{
	'+': "Plus", '-': "Minus", '*': "Star", '/': "Slash", '\\': "Backslash",
	'<': "Lt", '>': "Gt", '=': "Eq", '!': "Not", '.': "Dot", ',': "Comma",
	'_': "Underscore", ' ': "Space", '@': "At", '#': "Hash", '$': "Dollar",
	'%': "Percent", '&': "And", '|': "Or", '^': "Caret", '~': "Tilde",
	':': "Colon", ';': "Semicolon", '?': "Question", '(': "LParen",
	')': "RParen", '[': "LBracket", ']': "RBracket", '{': "LBrace",
	'}': "RBrace", '"': "Quote", '\'': "Apostrophe", '`': "Backtick",
}

// EnumValue returns the suffix that, appended to an enum's type name, names
// the constant for value s. The suffix may start with a digit (the type name
// before it makes the identifier valid).
//
//	EnumValue("")            → "Empty"
//	EnumValue("slim-window") → "SlimWindow"
//	EnumValue("-1")          → "Minus1"
//	EnumValue(">=")          → "GtEq"
func EnumValue(s string) string {
	if s == "" {
		return "Empty"
	}
	w := cased(s)
	if strings.HasPrefix(s, "-") && len(s) > 1 && unicode.IsDigit(rune(s[1])) {
		return "Minus" + w // w has the digit
	}
	// "Minus" alone is spelled rune by rune, as it always was (constant
	// names must not change between versions).
	if w != "" && w != "Minus" {
		return w
	}
	return spelled(s)
}

// spelled names a value of no letters or digits by spelling every rune.
func spelled(s string) string {
	var b strings.Builder
	for _, r := range s {
		if w, ok := symbolWords[r]; ok {
			b.WriteString(w)
			continue
		}
		fmt.Fprintf(&b, "U%04X", r)
	}
	return b.String()
}

// EnumValueSigned is EnumValue with the signs of s spelled: a "+" or "-"
// at the start or before a digit, which EnumValue drops as punctuation. It
// names a value whose EnumValue name another value took ("Etc/GMT-1" beside
// "Etc/GMT+1" is EtcGmtMinus1, "-name" beside "name" is MinusName) better
// than a counter would (EtcGmt12 reads as GMT 12).
func EnumValueSigned(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c == '+' || c == '-') && (i == 0 || i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9') {
			b.WriteString(" " + symbolWords[rune(c)] + " ")
			continue
		}
		b.WriteByte(c)
	}
	if w := cased(b.String()); w != "" && w != "Minus" && w != "Plus" {
		return w
	}
	return EnumValue(s) // a sign alone is spelled as EnumValue spells it
}
