package gofmt

import (
	"go/scanner"
	"go/token"
	"os"
	"path/filepath"
	"testing"
)

// TestLexerAsScanner holds Lexer to go/scanner's tokens (mode 0: comments
// skipped, semicolons inserted) and identifier and literal text, over
// every golden package, the runtime sources and corners the generated
// files rarely hold: a file it cannot read must say so (ok false), never
// read it differently. Generated files are read whole (the runtime-name
// scan in emit depends on it); the runtime sources, hand-written Go, may
// be refused.
func TestLexerAsScanner(t *testing.T) {
	files := map[string][]byte{
		"corners": []byte("package p\n\nvar a, b = 0x1F, 1e-3 // c\nvar c = .5 + 1.5 + 07 + 1_000\n" +
			"func f() { y := '\\''; z := \"q\\\"\"; w := `raw` }\n" +
			"func g(xs ...int) { a &^= 1; b <<= 2; c >>= 3; ch <- v; <-ch; i++; j--; return }\n" +
			"type T[P ~int] struct{ A [3]int; B *T; ñ名2 int }\nfunc h() {\n\tfor {\n\t\tbreak\n\t}\n}\n// last"),
		"no newline": []byte("package p\nvar x = y"),
	}
	generated := map[string]bool{"corners": true, "no newline": true}
	for _, glob := range []string{"../../../golden/*/want/*.go", "../runtime/*.go"} {
		paths, err := filepath.Glob(glob)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range paths {
			src, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			files[p] = src
			generated[p] = filepath.Base(filepath.Dir(p)) == "want"
		}
	}
	if len(files) < 100 {
		t.Fatalf("only %d files: the golden cases moved?", len(files))
	}
	refused := 0
	for name, src := range files {
		var sc scanner.Scanner
		sc.Init(token.NewFileSet().AddFile(name, -1, len(src)), src, nil, 0)
		lx := NewLexer(src)
		for i := 0; ; i++ {
			_, wantTok, wantLit := sc.Scan()
			tok, lit, ok := lx.Next()
			if !ok {
				refused++
				if generated[name] {
					t.Errorf("%s: token %d (%s %q): Lexer refused generated Go", name, i, wantTok, wantLit)
				}
				break
			}
			if wantTok == token.SEMICOLON || !wantTok.IsLiteral() {
				wantLit, lit = "", ""
			}
			if tok != wantTok || lit != wantLit {
				t.Errorf("%s: token %d is %s %q, want %s %q", name, i, tok, lit, wantTok, wantLit)
				break
			}
			if tok == token.EOF {
				break
			}
		}
	}
	t.Logf("%d files, %d refused (hand-written runtime sources)", len(files), refused)
}

// TestLexerRefuses: a byte no token starts with, an unterminated literal
// or a block comment is left to go/scanner.
func TestLexerRefuses(t *testing.T) {
	for _, src := range []string{"var x = #", "var x = ·", "var x = \"open\n", "x /* open", "var x = 'a", "x /* closed */"} {
		lx := NewLexer([]byte(src))
		refused := false
		for {
			tok, _, ok := lx.Next()
			if !ok {
				refused = true
				break
			}
			if tok == token.EOF {
				break
			}
		}
		if !refused {
			t.Errorf("%q: read to the end, want refused", src)
		}
	}
}
