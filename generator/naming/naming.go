package naming

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Exported turns any spec string (a schema name, a property, an enum value,
// an operationId) into an exported Go identifier: words are split at
// punctuation, spaces and case changes, known initialisms are upper-cased
// (ID, URL, UUID, TTL…), other words are title-cased. A result that would
// start with a digit gets the prefix "X"; a string with no letters or digits
// at all returns "".
//
//	Exported("workspace_id")                → "WorkspaceID"
//	Exported("REQUIRED_TEMPLATE_VARIABLES") → "RequiredTemplateVariables"
//	Exported("slim-window")                 → "SlimWindow"
//	Exported("getWorkspaceByID")            → "GetWorkspaceByID"
func Exported(s string) string {
	var buf [64]byte
	return string(AppendExported(buf[:0], s))
}

// AppendExported appends Exported(s) to dst: a caller that joins it with
// other text (a prefix, a suffix) builds the name in one buffer.
func AppendExported(dst []byte, s string) []byte {
	start := len(dst)
	dst = appendCased(dst, s)
	if len(dst) == start {
		return dst
	}
	// A leading digit, or a leading letter without an upper-case form
	// (e.g. CJK), cannot make an identifier exported: prefix it.
	if r, _ := utf8.DecodeRune(dst[start:]); !unicode.IsLetter(r) || !unicode.IsUpper(r) {
		dst = append(dst, 0)
		copy(dst[start+1:], dst[start:])
		dst[start] = 'X'
	}
	return dst
}

// Unexported returns the lower-camel form of s for local variables and
// parameters, never a Go keyword or predeclared identifier.
//
//	Unexported("workspace_id") → "workspaceID"
//	Unexported("type")         → "type_"
func Unexported(s string) string {
	words := Words(s)
	var b strings.Builder
	for i, w := range words {
		if i == 0 {
			b.WriteString(lowerFirstWord(w))
			continue
		}
		b.WriteString(casedWord(w))
	}
	out := b.String()
	if out == "" {
		return "v"
	}
	if r, _ := utf8.DecodeRuneInString(out); !unicode.IsLetter(r) && r != '_' {
		out = "v" + out
	}
	if IsReserved(out) {
		out += "_"
	}
	return out
}

// Words splits s into words at every rune that is not a letter or digit and
// at lower→upper and acronym→word boundaries ("HTTPServer" → HTTP, Server).
// Digits stay attached to the word before them ("oauth2" → oauth2).
func Words(s string) []string {
	var words []string
	runes := []rune(s)
	start := -1
	flush := func(end int) {
		if start >= 0 && end > start {
			words = append(words, string(runes[start:end]))
		}
		start = -1
	}
	for i, r := range runes {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
			continue
		}
		prev := runes[i-1]
		switch {
		case unicode.IsUpper(r) && (unicode.IsLower(prev) || unicode.IsDigit(prev)):
			// "workspaceID" → workspace | ID; "v2Beta" → v2 | Beta
			flush(i)
			start = i
		case unicode.IsLower(r) && unicode.IsUpper(prev) && i-1 > start:
			// "HTTPServer" → HTTP | Server
			flush(i - 1)
			start = i - 1
		}
	}
	flush(len(runes))
	return words
}

// casedWord writes one word in exported form: an initialism in upper case,
// anything else with its first letter upper and the rest lower.
func casedWord(w string) string {
	if ini, ok := initialism(w); ok {
		return ini
	}
	lower := strings.ToLower(w)
	r, size := utf8.DecodeRuneInString(lower)
	return string(unicode.ToUpper(r)) + lower[size:]
}

// lowerFirstWord writes the first word of an unexported name.
func lowerFirstWord(w string) string {
	return strings.ToLower(w)
}
