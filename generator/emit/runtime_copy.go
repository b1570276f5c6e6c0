package emit

import (
	"fmt"
	"go/format"
	"go/scanner"
	"go/token"
	"slices"
	"strings"

	"github.com/specgen/specgen/generator/emit/gofmt"
)

// fileScan is what one spec-dependent file says the package needs from the
// runtime: the runtime names it uses, the provided types it declares
// (handler, Client…) and the runtime methods its selectors name
// (h.writeError). It is read from tokens, not syntax trees (parsing every
// generated file again would cost a sizeable part of a large API's
// generation): an identifier counts unless it follows a dot. Over-counting
// (a struct field named like a runtime type) only copies an unused
// declaration; a runtime name a file declares at top level is a collision
// lowering should have prevented (generator/lower/fixednames.go), reported
// rather than emitted.
type fileScan struct {
	used, declared, selected []string
}

// combineRoots joins the files' scans: a method of a provided type counts
// where a selector names it in some file and some file declares the type,
// and an exported one (ServeHTTP) wherever the type is declared.
func combineRoots(t *runtimeTable, scans []fileScan) []string {
	used, declared := map[string]bool{}, map[string]bool{}
	for _, sc := range scans {
		for _, n := range sc.used {
			used[n] = true
		}
		for _, n := range sc.declared {
			declared[n] = true
			for _, key := range t.withType[n] {
				used[key] = true
			}
		}
	}
	for _, sc := range scans {
		for _, name := range sc.selected {
			for _, recv := range t.byUse[name] {
				if declared[recv] {
					used[recv+"."+name] = true
				}
			}
		}
	}
	return sortedKeys(used)
}

// scanFile reads one file for its fileScan, each name in order of
// first use: each file is scanned as soon as it is rendered (render.go).
// A name that a file declares rather than uses — a struct field, a var
// spec or a method named like a runtime declaration (a field EventStream
// of Kinesis' SubscribeToShardOutput) — is no use: copying the runtime
// declaration of that name for it is not harmless when the declaration
// calls what the spec-dependent emitters write only where the runtime
// type is really used (EventStream calls newStreamError, written only for
// an API with event streams), so the copy did not compile.
func scanFile(t *runtimeTable, f File) (fileScan, error) {
	lx := gofmt.NewLexer(f.Src)
	refused := false
	out, err := scanTokens(t, f, func() (token.Token, string) {
		tok, lit, ok := lx.Next()
		if !ok {
			refused = true
			return token.EOF, ""
		}
		return tok, lit
	})
	if !refused {
		return out, err
	}
	// Something the formatter's scanner does not read (a block comment, a
	// raw string across lines): the whole file again with go/scanner.
	var sc scanner.Scanner
	var errs scanner.ErrorList
	sc.Init(token.NewFileSet().AddFile(f.Path, -1, len(f.Src)), f.Src, errs.Add, 0)
	out, err = scanTokens(t, f, func() (token.Token, string) {
		_, tok, lit := sc.Scan()
		return tok, lit
	})
	if err == nil && errs.Len() > 0 {
		return fileScan{}, fmt.Errorf("emit %s: %w", f.Path, errs.Err())
	}
	return out, err
}

// scanTokens is scanFile over the tokens next returns (with the text of
// identifiers), until EOF.
func scanTokens(t *runtimeTable, f File, next func() (token.Token, string)) (fileScan, error) {
	var out fileScan
	// The names added to each list, each kept once.
	seenUsed, seenDeclared, seenSelected := map[string]bool{}, map[string]bool{}, map[string]bool{}
	add := func(list *[]string, seen map[string]bool, lit string) {
		if !seen[lit] {
			seen[lit] = true
			// A copy: lit is a slice of the whole file's text.
			*list = append(*list, strings.Clone(lit))
		}
	}
	// toks holds the current token and the two after it (lookahead for
	// declared names).
	type tokLit struct {
		tok token.Token
		lit string
	}
	read := func() tokLit {
		tok, lit := next()
		return tokLit{tok, lit}
	}
	toks := [3]tokLit{read(), read(), read()}
	prev, depth := token.ILLEGAL, 0
	// braces holds, for each open brace, the keyword before it (STRUCT,
	// INTERFACE, or another token for a block or a literal).
	var braces []token.Token
	for ; toks[0].tok != token.EOF; toks = [3]tokLit{toks[1], toks[2], read()} {
		tok, lit := toks[0].tok, toks[0].lit
		switch tok {
		case token.LBRACE, token.LPAREN:
			depth++
			if tok == token.LBRACE {
				braces = append(braces, prev)
			}
		case token.RBRACE, token.RPAREN:
			depth--
			if tok == token.RBRACE && len(braces) > 0 {
				braces = braces[:len(braces)-1]
			}
		case token.IDENT:
			if depth == 0 && prev == token.TYPE && t.provided[lit] {
				add(&out.declared, seenDeclared, lit)
			}
			if prev == token.PERIOD && t.byUse[lit] != nil {
				add(&out.selected, seenSelected, lit)
			}
			if d, ok := t.decls[lit]; ok && prev != token.PERIOD {
				if depth == 0 && (prev == token.FUNC || prev == token.TYPE || prev == token.VAR || prev == token.CONST) {
					return fileScan{}, fmt.Errorf("emit: %s declares %s, which runtime/%s.go declares too", f.Path, lit, d.file.name)
				}
				in := token.ILLEGAL
				if len(braces) > 0 {
					in = braces[len(braces)-1]
				}
				if !declaresName(prev, depth, in, toks[1].tok, toks[2].tok) {
					add(&out.used, seenUsed, lit)
				}
			}
		}
		prev = tok
	}
	return out, nil
}

// declaresName reports whether an identifier between the tokens prev and
// next, then after, is a name being declared rather than used; in is the
// keyword before the innermost open brace. Declared are a method's name
// (`func (c *Client) Name(` at the top level, `Name(` at a line's start in
// an interface), a struct field's (`Name T`, `Name *T`, `Name []T`,
// `Name map[…]…` at a line's start in a struct; an embedded `Name`,
// `Name[T]` is a use) and a var spec's in a block (`Name T` after a
// line's end). Where it cannot tell, it says use: over-counting copies a
// declaration; missing a use leaves one out and the package does not
// compile.
func declaresName(prev token.Token, depth int, in, next, after token.Token) bool {
	if depth == 0 && prev == token.RPAREN && next == token.LPAREN {
		return true
	}
	lineStart := prev == token.SEMICOLON || prev == token.LBRACE
	switch {
	case in == token.INTERFACE:
		return lineStart && next == token.LPAREN
	case in == token.STRUCT:
		if !lineStart && prev != token.COMMA {
			return false
		}
		switch next {
		case token.IDENT, token.MUL, token.MAP, token.CHAN, token.FUNC, token.STRUCT, token.INTERFACE, token.COMMA:
			return true
		case token.LBRACK:
			return after == token.RBRACK || after == token.INT
		}
		return false
	}
	if prev != token.SEMICOLON {
		return false
	}
	switch next {
	case token.IDENT, token.MAP, token.CHAN, token.FUNC, token.STRUCT, token.INTERFACE:
		return true
	}
	return false
}

// closure returns the declarations roots need: their own, those every
// needed declaration refers to, and the companions of needed types.
func (t *runtimeTable) closure(roots []string) map[*runtimeDecl]bool {
	need := map[*runtimeDecl]bool{}
	var visit func(name string)
	var visitDecl func(d *runtimeDecl)
	visit = func(name string) {
		if d, ok := t.decls[name]; ok {
			visitDecl(d)
		}
	}
	visitDecl = func(d *runtimeDecl) {
		if need[d] {
			return
		}
		need[d] = true
		for _, r := range d.refs {
			visit(r)
		}
		for _, c := range d.companions {
			visit(c)
		}
		for _, m := range d.methods {
			visitDecl(m)
		}
	}
	for _, r := range roots {
		visit(r)
	}
	return need
}

// copyRuntime returns the runtime files the closure of roots touches, each
// as name.gen.go holding only its needed declarations in source order,
// under the generated header and package clause, with the imports those
// declarations use. The sources are gofmt-ed (a runtime test checks it), so
// the copy is too; it depends only on the roots, so it is byte-identical
// across runs.
func (t *runtimeTable) copyRuntime(pkg string, roots []string) []File {
	need := t.closure(roots)
	var out []File
	for _, rf := range t.files {
		var pieces []sourcePiece
		imports := map[string]bool{}
		for _, d := range rf.decls {
			if !need[d] {
				continue
			}
			pieces = append(pieces, d.pieces...)
			for _, i := range d.imports {
				imports[rf.imports[i]] = true
			}
		}
		if len(pieces) == 0 {
			continue
		}
		slices.SortFunc(pieces, func(a, b sourcePiece) int { return a.offset - b.offset })
		var b strings.Builder
		b.WriteString("// " + Header + "\n\npackage " + pkg + "\n\n")
		if specs := sortedImports(imports); len(specs) > 0 {
			b.WriteString("import (\n")
			for _, s := range specs {
				b.WriteString("\t" + s + "\n")
			}
			b.WriteString(")\n\n")
		}
		for i, p := range pieces {
			if i > 0 {
				b.WriteString("\n\n")
			}
			b.WriteString(p.text)
		}
		b.WriteString("\n")
		// A declaration kept without its neighbours may leave a run of
		// aligned one-line functions misaligned: format the copy.
		src, err := format.Source([]byte(b.String()))
		if err != nil {
			panic(fmt.Sprintf("runtime copy %s: %v", rf.name, err)) // the sources compile: a bug here
		}
		out = append(out, File{Path: rf.name + ".gen.go", Src: src})
	}
	return out
}

// sortedImports orders import specs by path, as gofmt orders one block.
func sortedImports(set map[string]bool) []string {
	specs := sortedKeys(set)
	pathOf := func(s string) string { return s[strings.IndexByte(s, '"'):] }
	slices.SortFunc(specs, func(a, b string) int { return strings.Compare(pathOf(a), pathOf(b)) })
	return specs
}
