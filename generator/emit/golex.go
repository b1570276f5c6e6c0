package emit

import (
	"bytes"
	"go/token"
	"unicode"
	"unicode/utf8"
)

// goLexer splits formatted Go source into go/scanner's tokens with no
// allocation: scanFile reads every rendered file, 5.5 MB of Go for a large
// schema, and go/scanner's copy of every identifier and literal and its
// line table cost about a twentieth of the whole generation. It inserts
// semicolons as go/scanner does (mode 0: comments skipped). On anything it
// does not know (a byte no token starts with, an unterminated literal) it
// stops and sets bad, and scanFile reads the file with go/scanner instead.
// TestGoLexerAsScanner holds it to go/scanner's tokens over every golden
// file and the runtime sources.
type goLexer struct {
	src  []byte
	pos  int
	semi bool // a newline here ends a statement
	bad  bool
}

// next returns the next token and, for identifiers and literals, its
// text (a slice of src); EOF at the end or once bad.
func (l *goLexer) next() (token.Token, []byte) {
	src := l.src
	for {
		for l.pos < len(src) && (src[l.pos] == ' ' || src[l.pos] == '\t' || src[l.pos] == '\r' || src[l.pos] == '\n' && !l.semi) {
			l.pos++
		}
		if l.pos >= len(src) || src[l.pos] == '\n' {
			if l.semi {
				l.semi = false
				l.pos++
				return token.SEMICOLON, nil
			}
			return token.EOF, nil
		}
		if src[l.pos] != '/' || l.pos+1 >= len(src) || src[l.pos+1] != '/' && src[l.pos+1] != '*' {
			break
		}
		// A comment: a line comment ends at its newline, which the loop
		// reads next; a general comment that spans lines ends a statement.
		if src[l.pos+1] == '/' {
			for l.pos < len(src) && src[l.pos] != '\n' {
				l.pos++
			}
			continue
		}
		end := bytes.Index(src[l.pos+2:], []byte("*/"))
		if end < 0 {
			return l.fail()
		}
		newline := bytes.IndexByte(src[l.pos+2:l.pos+2+end], '\n') >= 0
		l.pos += 2 + end + 2
		if newline && l.semi {
			l.semi = false
			return token.SEMICOLON, nil
		}
	}
	start := l.pos
	c := src[l.pos]
	switch {
	case isIdentByte(c) && !isDigitByte(c) || c >= utf8.RuneSelf && l.letter(true):
		l.pos++
		for l.pos < len(src) && (isIdentByte(src[l.pos]) || src[l.pos] >= utf8.RuneSelf && l.letter(false)) {
			l.pos++
		}
		lit := src[start:l.pos]
		tok := token.IDENT
		if len(lit) > 1 {
			tok = token.Lookup(string(lit))
		}
		l.semi = tok == token.IDENT || tok == token.BREAK || tok == token.CONTINUE || tok == token.FALLTHROUGH || tok == token.RETURN
		return tok, lit
	case isDigitByte(c) || c == '.' && l.pos+1 < len(src) && isDigitByte(src[l.pos+1]):
		return l.number()
	case c == '"' || c == '\'' || c == '`':
		return l.quoted(c)
	}
	l.pos++
	tok := l.operator(c)
	if tok == token.ILLEGAL {
		return l.fail()
	}
	l.semi = tok == token.RPAREN || tok == token.RBRACK || tok == token.RBRACE || tok == token.INC || tok == token.DEC
	return tok, nil
}

// letter reports whether the rune at pos (not ASCII) goes on an
// identifier (a letter, or a digit after the first), and moves pos to its
// last byte when it does.
func (l *goLexer) letter(first bool) bool {
	r, n := utf8.DecodeRune(l.src[l.pos:])
	if unicode.IsLetter(r) || !first && unicode.IsDigit(r) {
		l.pos += n - 1
		return true
	}
	return false
}

func (l *goLexer) fail() (token.Token, []byte) {
	l.bad = true
	l.pos = len(l.src)
	l.semi = false
	return token.EOF, nil
}

// number reads a number literal: INT, or FLOAT with a point or an
// exponent, or IMAG.
func (l *goLexer) number() (token.Token, []byte) {
	src, start := l.src, l.pos
	tok := token.INT
	hex := src[l.pos] == '0' && l.pos+1 < len(src) && (src[l.pos+1] == 'x' || src[l.pos+1] == 'X')
	if hex {
		l.pos += 2
	}
	for l.pos < len(src) {
		c := src[l.pos]
		switch {
		case !hex && (c == 'e' || c == 'E') || hex && (c == 'p' || c == 'P'):
			tok = token.FLOAT
			l.pos++
			if l.pos < len(src) && (src[l.pos] == '+' || src[l.pos] == '-') {
				l.pos++
			}
			continue
		case c == 'i':
			tok = token.IMAG
		case c == '.':
			tok = token.FLOAT
		case !isIdentByte(c):
			l.semi = true
			return tok, src[start:l.pos]
		}
		l.pos++
	}
	l.semi = true
	return tok, src[start:l.pos]
}

// quoted reads a string, raw string or rune literal opened by q.
func (l *goLexer) quoted(q byte) (token.Token, []byte) {
	src, start := l.src, l.pos
	for l.pos++; l.pos < len(src); l.pos++ {
		switch c := src[l.pos]; {
		case c == q:
			l.pos++
			l.semi = true
			if q == '\'' {
				return token.CHAR, src[start:l.pos]
			}
			return token.STRING, src[start:l.pos]
		case c == '\\' && q != '`':
			l.pos++
		case c == '\n' && q != '`':
			return l.fail()
		}
	}
	return l.fail()
}

// operator reads the operator or delimiter that starts with c (already
// read), longest first as go/scanner does; ILLEGAL for any other byte.
func (l *goLexer) operator(c byte) token.Token {
	op, ok := operators[c]
	if !ok {
		return token.ILLEGAL
	}
	for _, f := range op.longer {
		if end := l.pos + len(f.rest); end <= len(l.src) && string(l.src[l.pos:end]) == f.rest {
			l.pos = end
			return f.tok
		}
	}
	return op.plain
}

// opForm is a longer operator: the bytes after its first, and its token.
type opForm struct {
	rest string
	tok  token.Token
}

// operators are Go's operators and delimiters by their first byte: the
// token of the byte alone and the longer forms, longest first.
var operators = map[byte]struct {
	plain  token.Token
	longer []opForm
}{
	',': {plain: token.COMMA}, ';': {plain: token.SEMICOLON},
	'(': {plain: token.LPAREN}, ')': {plain: token.RPAREN},
	'[': {plain: token.LBRACK}, ']': {plain: token.RBRACK},
	'{': {plain: token.LBRACE}, '}': {plain: token.RBRACE},
	'~': {plain: token.TILDE},
	'.': {token.PERIOD, []opForm{{"..", token.ELLIPSIS}}},
	':': {token.COLON, []opForm{{"=", token.DEFINE}}},
	'+': {token.ADD, []opForm{{"+", token.INC}, {"=", token.ADD_ASSIGN}}},
	'-': {token.SUB, []opForm{{"-", token.DEC}, {"=", token.SUB_ASSIGN}}},
	'*': {token.MUL, []opForm{{"=", token.MUL_ASSIGN}}},
	'/': {token.QUO, []opForm{{"=", token.QUO_ASSIGN}}},
	'%': {token.REM, []opForm{{"=", token.REM_ASSIGN}}},
	'^': {token.XOR, []opForm{{"=", token.XOR_ASSIGN}}},
	'<': {token.LSS, []opForm{{"-", token.ARROW}, {"<=", token.SHL_ASSIGN}, {"<", token.SHL}, {"=", token.LEQ}}},
	'>': {token.GTR, []opForm{{">=", token.SHR_ASSIGN}, {">", token.SHR}, {"=", token.GEQ}}},
	'=': {token.ASSIGN, []opForm{{"=", token.EQL}}},
	'!': {token.NOT, []opForm{{"=", token.NEQ}}},
	'&': {token.AND, []opForm{{"^=", token.AND_NOT_ASSIGN}, {"^", token.AND_NOT}, {"=", token.AND_ASSIGN}, {"&", token.LAND}}},
	'|': {token.OR, []opForm{{"=", token.OR_ASSIGN}, {"|", token.LOR}}},
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

func isIdentByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' || isDigitByte(c)
}
