package golden_test

import (
	"bytes"
	"fmt"
	"go/format"
	"go/token"
	"os"
	"path/filepath"
	"testing"

	"github.com/specgen/specgen/conformance/randschema"
	"github.com/specgen/specgen/generator"
	"github.com/specgen/specgen/generator/emit"
	"github.com/specgen/specgen/generator/emit/gofmt"
	"github.com/specgen/specgen/generator/randspec"
	"github.com/specgen/specgen/internal/synthschema"
)

// TestFastFormatDifferential holds emit/gofmt to its one promise: for every
// file specgen builds, jennifer's raw text laid out by gofmt.Format is
// go/format.Source of the same text (printed again to its fixed point),
// byte for byte. The inputs are every
// golden case, Coder's whole API, the large synthetic schema of
// BenchmarkLargeSchema, and random specs and schemas. It also reports
// how much was laid out without go/format, and fails if that share of
// the bytes falls below 90% (a regression to fallbacks is a slowdown
// nobody would otherwise see).
func TestFastFormatDifferential(t *testing.T) {
	var total gofmt.Stats
	check := func(t *testing.T, cfg generator.Config) {
		t.Helper()
		res, err := generator.Lower(cfg)
		if err != nil {
			return // error cases have no Go to format
		}
		files, err := emit.Emit(res.API, emit.Config{Package: cfg.Package, ImportPath: cfg.ImportPath, Raw: true})
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			want, err := format.Source(f.Src)
			if err != nil {
				t.Fatalf("%s: %v", f.Path, err)
			}
			// gofmt's fixed point: go/format is not always idempotent on
			// doc comments (a tight list before loose items), and the
			// output must be what gofmt leaves alone.
			for again, _ := format.Source(want); !bytes.Equal(again, want); again, _ = format.Source(want) {
				want = again
			}
			got, st, err := gofmt.FormatStats(f.Src)
			if err != nil {
				t.Fatalf("%s: %v", f.Path, err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s: gofmt.Format differs from go/format.Source:\n%s", f.Path, firstDiff(want, got))
			}
			if err := sameTokens(f.Src, want); err != nil {
				t.Errorf("%s: %v", f.Path, err)
			}
			if bytes.Equal(want, f.Src) {
				// Runtime files are copied already formatted; only
				// jennifer's files go through the formatter in Emit.
				continue
			}
			total.Decls += st.Decls
			total.Fallbacks += st.Fallbacks
			total.Bytes += st.Bytes
			total.FallbackBytes += st.FallbackBytes
			if st.WholeFile {
				total.Fallbacks++
				total.Decls++
				total.Bytes += len(f.Src)
				total.FallbackBytes += len(f.Src)
			}
		}
	}
	t.Run("golden", func(t *testing.T) {
		for _, dir := range caseDirs(t, "") {
			check(t, loadCase(t, dir))
		}
	})
	t.Run("coder", func(t *testing.T) {
		check(t, generator.Config{Spec: "../../shared/corpus/coder/swagger.json", Package: "coder"})
	})
	tmp := t.TempDir()
	t.Run("synthschema", func(t *testing.T) {
		path := filepath.Join(tmp, "large.schema.json")
		if err := os.WriteFile(path, synthschema.Config(1_500_000), 0o644); err != nil {
			t.Fatal(err)
		}
		check(t, generator.Config{Schemas: []string{path}, Package: "large"})
	})
	seeds := 40
	if testing.Short() {
		seeds = 8
	}
	t.Run("randspec", func(t *testing.T) {
		for seed := range uint64(seeds) {
			d := randspec.Generate(seed, randspec.Options{})
			path := filepath.Join(tmp, fmt.Sprint(seed)+"-"+d.Name)
			if err := os.WriteFile(path, d.Text, 0o644); err != nil {
				t.Fatal(err)
			}
			cfg := generator.Config{Package: "rand"}
			if d.IsSpec() {
				cfg.Spec = path
			} else {
				cfg.Schemas = []string{path}
			}
			check(t, cfg)
		}
	})
	t.Run("randschema", func(t *testing.T) {
		for seed := range uint64(seeds) {
			for _, d := range randschema.Drafts {
				s := randschema.Generate(seed, d, 0)
				path := filepath.Join(tmp, fmt.Sprintf("%d-%s.schema.json", seed, d))
				if err := os.WriteFile(path, s.Source, 0o644); err != nil {
					t.Fatal(err)
				}
				check(t, generator.Config{Schemas: []string{path}, Package: "rand"})
			}
		}
	})
	t.Logf("declarations: %d, %d to go/format (%.2f%%); bytes: %d, %d to go/format (%.2f%%)",
		total.Decls, total.Fallbacks, 100*float64(total.Fallbacks)/float64(total.Decls),
		total.Bytes, total.FallbackBytes, 100*float64(total.FallbackBytes)/float64(total.Bytes))
	if total.FallbackBytes*10 > total.Bytes {
		t.Errorf("%d of %d bytes went to go/format: more than 10%%", total.FallbackBytes, total.Bytes)
	}
}

// sameTokens holds gofmt.FormatVisit to what emit's scan for runtime
// names relies on (generator/emit/render.go): the tokens it visits while
// formatting raw are the tokens of the formatted text, as gofmt.Lexer
// reads them, but for the parentheses go/printer drops around a lone
// result type (`func f() (error) {` → `func f() error {`), and its output
// is formatted's.
func sameTokens(raw, formatted []byte) error {
	type tokLit struct {
		t   token.Token
		lit string
	}
	var visited []tokLit
	out, ok, err := gofmt.FormatVisit(raw, func(t token.Token, lit string) { visited = append(visited, tokLit{t, lit}) })
	if err != nil || !bytes.Equal(out, formatted) {
		return fmt.Errorf("FormatVisit differs from Format (%v)", err)
	}
	if !ok {
		return nil // went to go/format whole: emit scans the output
	}
	lx := gofmt.NewLexer(formatted)
	// parens is the nesting of parentheses in visited; dropped the levels
	// whose parentheses the output does not have.
	parens := 0
	var dropped []int
	for i, n := 0, 0; ; i++ {
		t, lit, ok := lx.Next()
		if !ok {
			return nil // the Lexer refuses the output: emit reads it with go/scanner
		}
		for ; i < len(visited) && visited[i] != (tokLit{t, lit}); i++ {
			switch v := visited[i].t; {
			case v == token.LPAREN && i > 0 && visited[i-1].t == token.RPAREN:
				parens++
				dropped = append(dropped, parens)
				continue
			case v == token.RPAREN && len(dropped) > 0 && dropped[len(dropped)-1] == parens:
				parens--
				dropped = dropped[:len(dropped)-1]
				continue
			}
			return fmt.Errorf("token %d of the output: FormatVisit visited %v %q, the output has %v %q", n, visited[i].t, visited[i].lit, t, lit)
		}
		if i == len(visited) {
			return fmt.Errorf("token %d of the output, %v %q: FormatVisit visited no more", n, t, lit)
		}
		switch t {
		case token.LPAREN:
			parens++
		case token.RPAREN:
			parens--
		}
		n++
		if t == token.EOF {
			if i+1 != len(visited) {
				return fmt.Errorf("FormatVisit visited %d tokens after the output's EOF", len(visited)-i-1)
			}
			return nil
		}
	}
}

// firstDiff shows the first line where a and b differ, with context.
func firstDiff(a, b []byte) string {
	al, bl := bytes.Split(a, []byte("\n")), bytes.Split(b, []byte("\n"))
	for i := 0; i < len(al) || i < len(bl); i++ {
		if i >= len(al) || i >= len(bl) || !bytes.Equal(al[i], bl[i]) {
			lo := max(i-3, 0)
			return fmt.Sprintf("line %d\nwant:\n%s\ngot:\n%s", i+1,
				bytes.Join(al[lo:min(i+3, len(al))], []byte("\n")), bytes.Join(bl[lo:min(i+3, len(bl))], []byte("\n")))
		}
	}
	return ""
}
