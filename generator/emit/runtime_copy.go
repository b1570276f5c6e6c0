package emit

import (
	"fmt"
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
// first use. A name that a file declares rather than uses — a struct
// field, a var spec or a method named like a runtime declaration (a field
// EventStream of Kinesis' SubscribeToShardOutput) — is no use: copying the
// runtime declaration of that name for it is not harmless when the
// declaration calls what the spec-dependent emitters write only where the
// runtime type is really used (EventStream calls newStreamError, written
// only for an API with event streams), so the copy did not compile.
// Emit scans a file while the formatter reads it (render.go); scanFile
// reads a file that was not formatted that way.
func scanFile(t *runtimeTable, f File) (fileScan, error) {
	lx := gofmt.NewLexer(f.Src)
	sc := newRuntimeScan(t, f.Path)
	for !sc.done {
		tok, lit, ok := lx.Next()
		if !ok {
			break
		}
		sc.push(tok, lit)
	}
	if sc.done {
		return sc.out, sc.err
	}
	// Something the formatter's scanner does not read (a block comment, a
	// raw string across lines): the whole file again with go/scanner.
	var s scanner.Scanner
	var errs scanner.ErrorList
	s.Init(token.NewFileSet().AddFile(f.Path, -1, len(f.Src)), f.Src, errs.Add, 0)
	sc = newRuntimeScan(t, f.Path)
	for !sc.done {
		_, tok, lit := s.Scan()
		sc.push(tok, lit)
	}
	if sc.err == nil && errs.Len() > 0 {
		return fileScan{}, fmt.Errorf("emit %s: %w", f.Path, errs.Err())
	}
	return sc.out, sc.err
}

// runtimeScan is scanFile's reading of one file, fed a token at a time
// (push, with the text of identifiers) until EOF; then done is set and out
// or err is the result.
type runtimeScan struct {
	t    *runtimeTable
	path string
	out  fileScan
	err  error
	done bool
	// The names added to each list, each kept once.
	seenUsed, seenDeclared, seenSelected map[string]bool
	// ring holds the last three tokens pushed, the current token and the
	// two after it (lookahead for declared names), the nth pushed at
	// n%3: shifting them on each push cost twice the rest of the scan.
	ring [3]tokLit
	n    int
	// prev is the token before the current one, depth the open braces
	// and parentheses.
	prev  token.Token
	depth int
	// braces holds, for each open brace, the keyword before it (STRUCT,
	// INTERFACE, or another token for a block or a literal).
	braces []token.Token
}

// tokLit is a token and its text.
type tokLit struct {
	tok token.Token
	lit string
}

func newRuntimeScan(t *runtimeTable, path string) *runtimeScan {
	return &runtimeScan{
		t: t, path: path, prev: token.ILLEGAL,
		seenUsed: map[string]bool{}, seenDeclared: map[string]bool{}, seenSelected: map[string]bool{},
	}
}

// push takes the next token; the token two before it is read with it and
// the one between as lookahead. At EOF it reads what is left.
func (s *runtimeScan) push(tok token.Token, lit string) {
	for !s.done {
		s.ring[s.n%3] = tokLit{tok, lit}
		s.n++
		if s.n >= 3 {
			cur := s.ring[s.n%3]
			if cur.tok == token.EOF {
				s.done = true
				return
			}
			s.step(cur, s.ring[(s.n+1)%3].tok, tok)
		}
		if tok != token.EOF {
			return
		}
	}
}

// add appends lit to list once.
func (s *runtimeScan) add(list *[]string, seen map[string]bool, lit string) {
	if !seen[lit] {
		seen[lit] = true
		// A copy: lit is a slice of the whole file's text.
		*list = append(*list, strings.Clone(lit))
	}
}

// step reads the current token, cur, with the two after it.
func (s *runtimeScan) step(cur tokLit, next, after token.Token) {
	t := s.t
	tok, lit := cur.tok, cur.lit
	switch tok {
	case token.LBRACE, token.LPAREN:
		s.depth++
		if tok == token.LBRACE {
			s.braces = append(s.braces, s.prev)
		}
	case token.RBRACE, token.RPAREN:
		s.depth--
		if tok == token.RBRACE && len(s.braces) > 0 {
			s.braces = s.braces[:len(s.braces)-1]
		}
	case token.IDENT:
		if s.depth == 0 && s.prev == token.TYPE && t.provided[lit] {
			s.add(&s.out.declared, s.seenDeclared, lit)
		}
		if s.prev == token.PERIOD && t.byUse[lit] != nil {
			s.add(&s.out.selected, s.seenSelected, lit)
		}
		if !t.mayDeclare(lit) {
			break
		}
		if d, ok := t.decls[lit]; ok && s.prev != token.PERIOD {
			if s.depth == 0 && (s.prev == token.FUNC || s.prev == token.TYPE || s.prev == token.VAR || s.prev == token.CONST) {
				s.out, s.err, s.done = fileScan{}, fmt.Errorf("emit: %s declares %s, which runtime/%s.go declares too", s.path, lit, d.file.name), true
				return
			}
			in := token.ILLEGAL
			if len(s.braces) > 0 {
				in = s.braces[len(s.braces)-1]
			}
			if !declaresName(s.prev, s.depth, in, next, after) {
				s.add(&s.out.used, s.seenUsed, lit)
			}
		}
	}
	s.prev = tok
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
// declarations use. The sources are gofmt-ed (a runtime test checks it),
// and each declaration is kept as gofmt lays it out alone (alone), a blank
// line apart from the next, so the copy is gofmt-ed too
// (TestRuntimeCopyFormatted); it depends only on the roots, so it is
// byte-identical across runs.
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
		out = append(out, File{Path: rf.name + ".gen.go", Src: []byte(b.String())})
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
