package emit

import (
	"go/scanner"
	"go/token"
	"os"
	"path/filepath"
	"testing"
)

// TestGoLexerAsScanner holds goLexer to go/scanner's tokens (mode 0:
// comments skipped, semicolons inserted) and identifier and literal text,
// over every golden package, the runtime sources and corners that the
// generated files rarely or never hold; a file it cannot read must say so
// (bad), never read it differently.
func TestGoLexerAsScanner(t *testing.T) {
	files := map[string][]byte{
		"corners": []byte("package p\n\nvar a, b = 0x1F, 1e-3 // c\nvar c = .5 + 1.5i + 0x1p-2 + 07 + 1_000\n" +
			"func f() { x := `raw\nline` /* one */; y := '\\''; z := \"q\\\"\" /* two\nlines */ }\n" +
			"func g(xs ...int) { a &^= 1; b <<= 2; c >>= 3; d &&= e; ch <- v; <-ch; i++; j--; return }\n" +
			"type T[P ~int] struct{ A [3]int; B *T; ñ名2 int }\nfunc h() {\n\tfor {\n\t\tbreak\n\t}\n}\n// last"),
		"no newline": []byte("package p\nvar x = y"),
	}
	for _, glob := range []string{"../../golden/*/want/*.go", "runtime/*.go"} {
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
		}
	}
	if len(files) < 100 {
		t.Fatalf("only %d files: the golden cases moved?", len(files))
	}
	for name, src := range files {
		var sc scanner.Scanner
		sc.Init(token.NewFileSet().AddFile(name, -1, len(src)), src, nil, 0)
		lx := &goLexer{src: src}
		for i := 0; ; i++ {
			_, wantTok, wantLit := sc.Scan()
			tok, lit := lx.next()
			if lx.bad {
				t.Errorf("%s: token %d (%s %q): goLexer gave up", name, i, wantTok, wantLit)
				break
			}
			if wantTok == token.SEMICOLON || !wantTok.IsLiteral() {
				wantLit, lit = "", nil
			}
			if tok != wantTok || string(lit) != wantLit {
				t.Errorf("%s: token %d is %s %q, want %s %q", name, i, tok, lit, wantTok, wantLit)
				break
			}
			if tok == token.EOF {
				break
			}
		}
	}
}

// TestGoLexerGivesUp: a byte no token starts with or an unterminated
// literal is left to go/scanner.
func TestGoLexerGivesUp(t *testing.T) {
	for _, src := range []string{"var x = #", "var x = ·", "var x = \"open\n", "x /* open", "var x = 'a"} {
		lx := &goLexer{src: []byte(src)}
		for tok, _ := lx.next(); tok != token.EOF; tok, _ = lx.next() {
		}
		if !lx.bad {
			t.Errorf("%q: read to the end, want bad", src)
		}
	}
}
