package runtime

import (
	"strings"
	"unicode/utf8"
)

// isFormatURITemplate reports whether s is a URI Template by RFC 6570's
// grammar (section 2): literals and {expressions}. A literal is any
// character but controls, space and "<>\^`{|}, with "%" only as a percent
// escape ("'" is allowed, as the suite's tests have it, after erratum 6937);
// an expression is an optional operator and a comma-separated list of
// variable names (letters, digits, "_", percent escapes, single dots
// between them), each with an optional explode "*" or prefix ":1"–":9999".
// jsonschema only matches the braces; docs/formats.md says where that
// differs.
func isFormatURITemplate(s string) bool {
	for s != "" {
		switch c := s[0]; {
		case c == '{':
			end := strings.IndexByte(s, '}')
			if end < 0 || !formatURITemplateExpression(s[1:end]) {
				return false
			}
			s = s[end+1:]
		case c == '%':
			if !formatPercentEscape(s) {
				return false
			}
			s = s[3:]
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s)
			if !formatUCSChar(r) && !formatIPrivate(r) {
				return false
			}
			s = s[size:]
		default:
			if c <= ' ' || c == 0x7f || strings.IndexByte("\"<>\\^`{|}", c) >= 0 {
				return false
			}
			s = s[1:]
		}
	}
	return true
}

// formatURITemplateExpression reports whether e, the text between the braces of
// an expression, is an optional operator and a variable list.
func formatURITemplateExpression(e string) bool {
	if e != "" && strings.IndexByte("+#./;?&=,!@|", e[0]) >= 0 {
		e = e[1:]
	}
	for {
		spec, rest, more := strings.Cut(e, ",")
		if !formatURITemplateVarSpec(spec) {
			return false
		}
		if !more {
			return true
		}
		e = rest
	}
}

// formatURITemplateVarSpec reports whether spec is a variable name with an
// optional modifier ("*", or ":" and a max-length of 1 to 9999 without a
// leading zero).
func formatURITemplateVarSpec(spec string) bool {
	if name, ok := strings.CutSuffix(spec, "*"); ok {
		return formatURITemplateVarName(name)
	}
	name, length, prefix := strings.Cut(spec, ":")
	if prefix && (length == "" || len(length) > 4 || length[0] == '0' || !formatAllDigits(length)) {
		return false
	}
	return formatURITemplateVarName(name)
}

// formatURITemplateVarName reports whether name is varchars (ALPHA, DIGIT, "_"
// or a percent escape) with single dots between them.
func formatURITemplateVarName(name string) bool {
	if name == "" || name[0] == '.' || name[len(name)-1] == '.' {
		return false
	}
	for i := 0; i < len(name); i++ {
		switch c := name[i]; {
		case c == '%':
			if !formatPercentEscape(name[i:]) {
				return false
			}
			i += 2
		case c == '.':
			if name[i+1] == '.' {
				return false
			}
		case !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'):
			return false
		}
	}
	return true
}
