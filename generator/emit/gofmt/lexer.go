package gofmt

import "go/token"

// Lexer reads Go text of the kind jennifer writes, before or after
// formatting, a token at a time with go/scanner's tokens (semicolons
// inserted as go/scanner inserts them), without copying identifiers and
// literals or keeping a line table: emit scans every rendered file for
// the runtime names it uses, 5.5 MB of Go for a large schema, with the
// scanner Format already has rather than a second one. What Format's
// scanner refuses (block comments, raw strings across lines, number forms
// jennifer never writes) ends the reading with ok false, and the caller
// reads the file with go/scanner instead.
type Lexer struct{ ts tokens }

// NewLexer returns a Lexer over src, which it reads in place: the texts
// it returns are slices of src and change if src does.
func NewLexer(src []byte) *Lexer { return &Lexer{ts: *newTokens(src)} }

// Next returns the next token other than a comment, with its text (for a
// semicolon go/scanner inserts, "\n"), EOF at the end; ok is false where
// the text is refused.
func (l *Lexer) Next() (t token.Token, lit string, ok bool) {
	for {
		tk, ok := l.ts.next()
		if !ok {
			return token.ILLEGAL, "", false
		}
		if tk.t != token.COMMENT {
			return tk.t, tk.lit, true
		}
	}
}
