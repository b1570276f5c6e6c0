package gofmt

import (
	"go/token"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// tok is one token of the raw text with the source line it starts on
// (lines decide where go/printer breaks and how many blank lines it
// keeps).
type tok struct {
	t    token.Token
	lit  string // the token's text
	line int
	off  int // byte offset in the raw text
	// col1 is set when the token starts a line (go/printer formats a
	// comment group as a doc comment when it abuts such a token).
	col1 bool
}

// tokens reads the raw text a token at a time. It is a scanner for the
// Go jennifer writes, not for all Go: go/scanner cost more than the rest
// of Format together (a mutex per line, a string per identifier). What it
// does not know, or what go/scanner would report as an error, it refuses
// (next reports false) and the file goes to go/format whole, which then
// reports the error as jennifer's Render did: binary, 0o-octal,
// imaginary and hexadecimal float numbers, block comments, raw strings
// and comments across lines, invalid escapes or UTF-8.
type tokens struct {
	src  string
	pos  int
	line int
	// semi is set after a token a line break ends with a semicolon, as
	// go/scanner inserts it: the parser needs them to see where
	// statements and declarations end, and to refuse what go/parser
	// would reject ("expected ';'").
	semi bool
}

// newTokens reads src in place: the tokens' texts are slices of it, not
// of a copy (string(src) copied each file's raw text, 5 MB for a large
// schema, to read it once). src must not change while they are in use:
// Format's callers hand over text they no longer write to, and nothing of
// src outlives Format but what it copied into its result.
func newTokens(src []byte) *tokens {
	return &tokens{src: unsafe.String(unsafe.SliceData(src), len(src)), line: 1}
}

// next returns the next token, EOF at the end, or false for text it
// refuses.
func (ts *tokens) next() (tok, bool) {
	var t tok
	ok := ts.scan(&t)
	return t, ok
}

// scan is next into *t, which formatFile's loop reuses: a token is six
// words, and returned by value it was copied out of next and again into
// the loop's variable (6% of formatting FHIR R4's large files).
func (ts *tokens) scan(t *tok) bool {
	s := ts.src
	i := ts.pos
	for i < len(s) {
		c := s[i]
		if c == ' ' || c == '\t' {
			i++
		} else if c == '\n' {
			if ts.semi {
				ts.semi = false
				ts.pos = i
				*t = tok{t: token.SEMICOLON, lit: "\n", line: ts.line, off: i}
				return true
			}
			ts.line++
			i++
		} else {
			break
		}
	}
	*t = tok{off: i, line: ts.line, col1: i == 0 || s[i-1] == '\n'}
	if i == len(s) || ts.semi && s[i] == '/' && i+1 < len(s) && s[i+1] == '/' {
		if ts.semi {
			// A line comment, or the end, after a token a semicolon
			// follows at a line break.
			ts.semi = false
			ts.pos = i
			*t = tok{t: token.SEMICOLON, lit: "\n", line: ts.line, off: i}
			return true
		}
		t.t = token.EOF
		ts.pos = i
		return true
	}
	end, tt := scanOne(s, i)
	if tt == token.ILLEGAL {
		return false
	}
	t.t, t.lit = tt, s[i:end]
	ts.pos = end
	switch tt {
	case token.IDENT, token.INT, token.FLOAT, token.IMAG, token.CHAR, token.STRING,
		token.BREAK, token.CONTINUE, token.FALLTHROUGH, token.RETURN,
		token.INC, token.DEC, token.RPAREN, token.RBRACK, token.RBRACE:
		ts.semi = true
	case token.COMMENT:
	default:
		ts.semi = false
	}
	return true
}

// scanOne returns the end and kind of the token at s[i], ILLEGAL for
// one it refuses.
func scanOne(s string, i int) (int, token.Token) {
	c := s[i]
	switch {
	case isLetter(c) || c >= utf8.RuneSelf:
		j := i
		for j < len(s) {
			if c := s[j]; isLetter(c) || isDigit(c) {
				j++
				continue
			} else if c < utf8.RuneSelf {
				break
			}
			r, size := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) && (j == i || !unicode.IsDigit(r)) {
				break
			}
			j += size
		}
		if j == i {
			return 0, token.ILLEGAL
		}
		return j, keyword(s[i:j])
	case isDigit(c) || c == '.' && i+1 < len(s) && isDigit(s[i+1]):
		return scanNumber(s, i)
	case c == '"':
		return scanQuoted(s, i, '"', token.STRING)
	case c == '\'':
		return scanQuoted(s, i, '\'', token.CHAR)
	case c == '`':
		j := i + 1
		for j < len(s) && s[j] != '`' {
			if s[j] == '\n' || s[j] == '\r' || s[j] == 0 {
				return 0, token.ILLEGAL
			}
			j++
		}
		if j == len(s) || !utf8.ValidString(s[i:j]) {
			return 0, token.ILLEGAL
		}
		return j + 1, token.STRING
	case c == '/' && i+1 < len(s) && s[i+1] == '/':
		j := i + 2
		for j < len(s) && s[j] != '\n' {
			if s[j] == '\r' || s[j] == 0 {
				return 0, token.ILLEGAL
			}
			j++
		}
		if !utf8.ValidString(s[i:j]) {
			return 0, token.ILLEGAL
		}
		return j, token.COMMENT
	}
	return scanOperator(s, i)
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isHex(c byte) bool { return isDigit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }

// scanNumber accepts hexadecimal integers and decimal integers and
// floats (digits, fraction, exponent).
func scanNumber(s string, i int) (int, token.Token) {
	j := i
	if s[j] == '0' && j+1 < len(s) && (s[j+1] == 'x' || s[j+1] == 'X') {
		j += 2
		k := j
		for j < len(s) && isHex(s[j]) {
			j++
		}
		if j == k || j < len(s) && (isLetter(s[j]) || s[j] == '.' || s[j] >= utf8.RuneSelf) {
			return 0, token.ILLEGAL
		}
		return j, token.INT
	}
	kind := token.INT
	k := j
	for j < len(s) && (isDigit(s[j]) || s[j] == '_' && j > k && j+1 < len(s) && isDigit(s[j+1])) {
		j++
	}
	if j < len(s) && s[j] == '.' {
		kind = token.FLOAT
		j++
		for j < len(s) && isDigit(s[j]) {
			j++
		}
	}
	if j < len(s) && (s[j] == 'e' || s[j] == 'E') {
		kind = token.FLOAT
		j++
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		e := j
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j == e {
			return 0, token.ILLEGAL
		}
	}
	if j-k > 1 && s[k] == '0' && !hasFloatPart(s[k:j]) {
		// An octal integer: 0 and octal digits.
		for n := k + 1; n < j; n++ {
			if s[n] > '7' {
				return 0, token.ILLEGAL
			}
		}
	}
	if j < len(s) && (isLetter(s[j]) || s[j] == '.' || s[j] >= utf8.RuneSelf) {
		return 0, token.ILLEGAL
	}
	return j, kind
}

func hasFloatPart(lit string) bool {
	for i := 0; i < len(lit); i++ {
		if lit[i] == '.' || lit[i] == 'e' || lit[i] == 'E' {
			return true
		}
	}
	return false
}

// scanQuoted accepts an interpreted string or a rune literal on one line
// with go/scanner's escapes.
func scanQuoted(s string, i int, quote byte, kind token.Token) (int, token.Token) {
	j := i + 1
	n := 0
	for {
		if j >= len(s) {
			return 0, token.ILLEGAL
		}
		c := s[j]
		if c == quote {
			break
		}
		if c == '\n' || c == '\r' || c == 0 {
			return 0, token.ILLEGAL
		}
		n++
		if c != '\\' {
			if c < utf8.RuneSelf {
				j++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[j:])
			if r == utf8.RuneError || r == 0xFEFF {
				return 0, token.ILLEGAL
			}
			j += size
			continue
		}
		j++
		if j >= len(s) {
			return 0, token.ILLEGAL
		}
		var digits, base int
		var maxv rune
		switch e := s[j]; {
		case e == 'a' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't' || e == 'v' || e == '\\' || e == quote:
			j++
			continue
		case '0' <= e && e <= '7':
			digits, base, maxv = 3, 8, 255
		case e == 'x':
			j++
			digits, base, maxv = 2, 16, 255
		case e == 'u':
			j++
			digits, base, maxv = 4, 16, utf8.MaxRune
		case e == 'U':
			j++
			digits, base, maxv = 8, 16, utf8.MaxRune
		default:
			return 0, token.ILLEGAL
		}
		var v rune
		for ; digits > 0; digits-- {
			if j >= len(s) {
				return 0, token.ILLEGAL
			}
			d := rune(16)
			switch c := s[j]; {
			case isDigit(c):
				d = rune(c - '0')
			case 'a' <= c && c <= 'f':
				d = rune(c - 'a' + 10)
			case 'A' <= c && c <= 'F':
				d = rune(c - 'A' + 10)
			}
			if d >= rune(base) {
				return 0, token.ILLEGAL
			}
			v = v*rune(base) + d
			j++
		}
		if v > maxv || 0xD800 <= v && v < 0xE000 {
			return 0, token.ILLEGAL
		}
	}
	if kind == token.CHAR && n != 1 {
		return 0, token.ILLEGAL
	}
	return j + 1, kind
}

// scanOperator reads an operator or delimiter.
func scanOperator(s string, i int) (int, token.Token) {
	// next reports whether s[i+1] is c.
	next := func(c byte) bool { return i+1 < len(s) && s[i+1] == c }
	// assign returns op, or opAssign when '=' follows.
	assign := func(op, opAssign token.Token) (int, token.Token) {
		if next('=') {
			return i + 2, opAssign
		}
		return i + 1, op
	}
	switch s[i] {
	case '(':
		return i + 1, token.LPAREN
	case ')':
		return i + 1, token.RPAREN
	case '{':
		return i + 1, token.LBRACE
	case '}':
		return i + 1, token.RBRACE
	case '[':
		return i + 1, token.LBRACK
	case ']':
		return i + 1, token.RBRACK
	case ',':
		return i + 1, token.COMMA
	case ';':
		return i + 1, token.SEMICOLON
	case '~':
		return i + 1, token.TILDE
	case '.':
		if i+2 < len(s) && s[i+1] == '.' && s[i+2] == '.' {
			return i + 3, token.ELLIPSIS
		}
		return i + 1, token.PERIOD
	case ':':
		return assign(token.COLON, token.DEFINE)
	case '=':
		return assign(token.ASSIGN, token.EQL)
	case '!':
		return assign(token.NOT, token.NEQ)
	case '*':
		return assign(token.MUL, token.MUL_ASSIGN)
	case '/':
		if next('*') {
			// A general comment (jennifer writes one for a comment with a
			// line break in it): refused, never read as an operator.
			return 0, token.ILLEGAL
		}
		return assign(token.QUO, token.QUO_ASSIGN)
	case '%':
		return assign(token.REM, token.REM_ASSIGN)
	case '^':
		return assign(token.XOR, token.XOR_ASSIGN)
	case '+':
		if next('+') {
			return i + 2, token.INC
		}
		return assign(token.ADD, token.ADD_ASSIGN)
	case '-':
		if next('-') {
			return i + 2, token.DEC
		}
		return assign(token.SUB, token.SUB_ASSIGN)
	case '|':
		if next('|') {
			return i + 2, token.LOR
		}
		return assign(token.OR, token.OR_ASSIGN)
	case '&':
		switch {
		case next('&'):
			return i + 2, token.LAND
		case next('^'):
			i++
			return assign(token.AND_NOT, token.AND_NOT_ASSIGN)
		}
		return assign(token.AND, token.AND_ASSIGN)
	case '<':
		switch {
		case next('-'):
			return i + 2, token.ARROW
		case next('<'):
			i++
			return assign(token.SHL, token.SHL_ASSIGN)
		}
		return assign(token.LSS, token.LEQ)
	case '>':
		if next('>') {
			i++
			return assign(token.SHR, token.SHR_ASSIGN)
		}
		return assign(token.GTR, token.GEQ)
	}
	return 0, token.ILLEGAL
}

// keyword is token.Lookup without its map: identifiers far outnumber
// keywords, and most do not start with a lower-case letter.
func keyword(id string) token.Token {
	if len(id) < 2 || len(id) > 11 || id[0] < 'b' || id[0] > 'v' {
		return token.IDENT
	}
	switch id {
	case "break":
		return token.BREAK
	case "case":
		return token.CASE
	case "chan":
		return token.CHAN
	case "const":
		return token.CONST
	case "continue":
		return token.CONTINUE
	case "default":
		return token.DEFAULT
	case "defer":
		return token.DEFER
	case "else":
		return token.ELSE
	case "fallthrough":
		return token.FALLTHROUGH
	case "for":
		return token.FOR
	case "func":
		return token.FUNC
	case "go":
		return token.GO
	case "goto":
		return token.GOTO
	case "if":
		return token.IF
	case "import":
		return token.IMPORT
	case "interface":
		return token.INTERFACE
	case "map":
		return token.MAP
	case "package":
		return token.PACKAGE
	case "range":
		return token.RANGE
	case "return":
		return token.RETURN
	case "select":
		return token.SELECT
	case "struct":
		return token.STRUCT
	case "switch":
		return token.SWITCH
	case "type":
		return token.TYPE
	case "var":
		return token.VAR
	}
	return token.IDENT
}
