package emit

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// runtimeSources is package runtime: the fixed support code of generated
// packages, written as ordinary Go and tested where it stands. Its _test.go
// files are embedded too (a pattern cannot leave them out) and skipped when
// the table is built.
//
//go:embed runtime/*.go
var runtimeSources embed.FS

// providedFile is the runtime file of stand-ins for what the spec-dependent
// emitters write (the API's StreamError, newErrorBody, the handler and
// Client types…): never copied, and references to its names are no edges
// of the graph.
const providedFile = "provided.go"

// runtimeTable is the runtime's declaration graph, built once per process
// from the embedded sources: which declaration each package-level name
// belongs to, what each declaration refers to, and the source text to copy.
type runtimeTable struct {
	// decls maps every package-level name (a type's methods belong to the
	// type) to the declaration that declares it.
	decls map[string]*runtimeDecl
	// files lists the runtime source files in name order, each with its
	// declarations in source order.
	files []*runtimeFile
	// provided are the types provided.go stands in for, declared by the
	// spec-dependent emitters (handler, Client, clientCall).
	provided map[string]bool
	// byUse maps the name of each runtime method of a provided type to
	// the receiver types that have it. Such a method is a declaration of
	// its own, keyed "type.method" in decls, needed where a selector names
	// it: the generated type's method set is what its code calls, not all
	// the runtime has (a server without bodies has no readBody).
	byUse map[string][]string
	// withType maps a provided type to its exported runtime methods
	// (handler.ServeHTTP), copied wherever the type is declared: they
	// satisfy interfaces (http.Handler) that the generated code relies on
	// without a selector naming them.
	withType map[string][]string
	// declShape has bit len(name)%64 of entry name[0] set for every name
	// in decls: most identifiers of a generated file (v, r, errs, field
	// names) are told apart from every runtime name by it, without
	// hashing them (runtimeScan reads every identifier of every file).
	declShape [256]uint64
}

// mayDeclare reports whether name might be a key of decls: false only
// where it is not.
func (t *runtimeTable) mayDeclare(name string) bool {
	return name != "" && t.declShape[name[0]]&(1<<(len(name)%64)) != 0
}

// runtimeFile is one runtime source file.
type runtimeFile struct {
	// name is the file's name without ".go"; its copy is name.gen.go.
	name  string
	decls []*runtimeDecl
	// imports maps the name a file's import is known by to its spec
	// ("\"strings\"", or `websocket "github.com/coder/websocket"`).
	imports map[string]string
	// methodDecls are the declarations of this file's methods of types
	// declared in other files.
	methodDecls map[*ast.FuncDecl]*runtimeDecl
}

// runtimeDecl is one package-level declaration of the runtime with its
// methods when it is a type.
type runtimeDecl struct {
	names []string
	file  *runtimeFile
	// pieces are the declaration's source (doc comment included) and that
	// of each method.
	pieces []sourcePiece
	// refs are the runtime names the declaration (and its methods) refer
	// to; imports the import names they use.
	refs, imports []string
	// companions are the exported functions that return this type
	// (JSONNull for JSONValue): part of the type's API for the user, so
	// they are copied with it though generated code may never call them.
	companions []string
	// methods are the type's methods declared in other files (a reader
	// whose number parsing has a file of its own): each a declaration of
	// its file, copied whenever the type is.
	methods []*runtimeDecl
	// recv is, for such a method, the name of its receiver type.
	recv string
}

// sourcePiece is the text of one top-level declaration of a runtime file
// and where it starts there, so that a copy keeps the file's order.
type sourcePiece struct {
	offset int
	text   string
}

// loadRuntime returns the table of the embedded runtime. The sources are
// compiled and tested as package runtime, so a failure here is a broken
// build, not bad input.
var loadRuntime = sync.OnceValue(func() *runtimeTable {
	t, err := buildRuntimeTable(runtimeSources, "runtime")
	if err != nil {
		panic(err)
	}
	return t
})

// buildRuntimeTable parses the non-test Go files of dir in fsys into a
// declaration graph.
func buildRuntimeTable(fsys fs.FS, dir string) (*runtimeTable, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, err
	}
	t := &runtimeTable{decls: map[string]*runtimeDecl{}, provided: map[string]bool{}, byUse: map[string][]string{}, withType: map[string][]string{}}
	if err := t.readProvided(fsys, dir); err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	var parsed []*ast.File
	for _, ent := range entries {
		name := ent.Name()
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") || name == providedFile {
			continue
		}
		src, err := fs.ReadFile(fsys, path.Join(dir, name))
		if err != nil {
			return nil, err
		}
		af, err := parser.ParseFile(fset, name, src, parser.ParseComments)
		if err != nil {
			return nil, err
		}
		rf, err := t.addFile(fset, af, strings.TrimSuffix(name, ".go"), src)
		if err != nil {
			return nil, err
		}
		t.files = append(t.files, rf)
		parsed = append(parsed, af)
	}
	// Methods declared apart from their types join them.
	for _, rf := range t.files {
		for _, d := range rf.decls {
			if d.recv == "" {
				continue
			}
			owner, ok := t.decls[d.recv]
			if !ok {
				return nil, fmt.Errorf("runtime/%s.go: a method of %s, which the runtime does not declare", rf.name, d.recv)
			}
			owner.methods = append(owner.methods, d)
		}
	}
	// References are resolved once every file's names are known.
	for i, af := range parsed {
		t.linkFile(af, t.files[i])
	}
	for name := range t.decls {
		if name != "" {
			t.declShape[name[0]] |= 1 << (len(name) % 64)
		}
	}
	return t, nil
}

// addFile records the declarations of one file, attaching each method to
// its receiver's type when the type is declared in the same file; a method
// of a type from another file is a declaration of its own, attached to the
// type later, so that copying a type always copies its method set.
func (t *runtimeTable) addFile(fset *token.FileSet, af *ast.File, name string, src []byte) (*runtimeFile, error) {
	rf := &runtimeFile{name: name, imports: map[string]string{}, methodDecls: map[*ast.FuncDecl]*runtimeDecl{}}
	for _, is := range af.Imports {
		p, _ := strconv.Unquote(is.Path.Value)
		local, spec := importName(p), is.Path.Value
		if is.Name != nil {
			local, spec = is.Name.Name, is.Name.Name+" "+is.Path.Value
		}
		rf.imports[local] = spec
	}
	text := func(doc *ast.CommentGroup, n ast.Node) []sourcePiece {
		start := n.Pos()
		if doc != nil {
			start = doc.Pos()
		}
		off, end := fset.Position(start).Offset, fset.Position(n.End()).Offset
		return []sourcePiece{{off, alone(src, off, end)}}
	}
	var methods []*ast.FuncDecl
	for _, d := range af.Decls {
		var names []string
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv != nil {
				methods = append(methods, d)
				continue
			}
			names = []string{d.Name.Name}
			rf.decls = append(rf.decls, &runtimeDecl{names: names, file: rf, pieces: text(d.Doc, d)})
		case *ast.GenDecl:
			if d.Tok == token.IMPORT {
				continue
			}
			for _, s := range d.Specs {
				switch s := s.(type) {
				case *ast.TypeSpec:
					names = append(names, s.Name.Name)
				case *ast.ValueSpec:
					for _, n := range s.Names {
						names = append(names, n.Name)
					}
				}
			}
			rf.decls = append(rf.decls, &runtimeDecl{names: names, file: rf, pieces: text(d.Doc, d)})
		}
		for _, n := range names {
			if n == "_" || n == "init" {
				return nil, fmt.Errorf("runtime/%s.go: %s: a declaration nothing can refer to is never copied", name, n)
			}
			if _, dup := t.decls[n]; dup {
				return nil, fmt.Errorf("runtime/%s.go: %s declared twice", name, n)
			}
			t.decls[n] = rf.decls[len(rf.decls)-1]
		}
	}
	for _, m := range methods {
		recv := receiverType(m)
		if t.provided[recv] {
			key := recv + "." + m.Name.Name
			if _, dup := t.decls[key]; dup {
				return nil, fmt.Errorf("runtime/%s.go: %s declared twice", name, key)
			}
			md := &runtimeDecl{names: []string{key}, file: rf, pieces: text(m.Doc, m)}
			rf.decls = append(rf.decls, md)
			rf.methodDecls[m] = md
			t.decls[key] = md
			t.byUse[m.Name.Name] = append(t.byUse[m.Name.Name], recv)
			if m.Name.IsExported() {
				t.withType[recv] = append(t.withType[recv], key)
			}
			continue
		}
		d, ok := t.decls[recv]
		if !ok || d.file != rf {
			// The type is in another file, perhaps not read yet: the
			// method is a declaration of this file, attached to its type
			// once every file is read.
			md := &runtimeDecl{file: rf, pieces: text(m.Doc, m), recv: recv}
			rf.decls = append(rf.decls, md)
			rf.methodDecls[m] = md
			continue
		}
		d.pieces = append(d.pieces, text(m.Doc, m)...)
	}
	return rf, nil
}

// alone returns the declaration at src[off:end] as gofmt lays it out
// apart from the rest of the file, a blank line before and after it, as a
// runtime copy holds it. A declaration that is apart in its file already
// (the sources are gofmt-ed) is as it stands; one next to another, as a
// run of one-line functions, may be aligned with it there and is
// formatted alone. Done when the table is built (Preload, while loading
// leaves a core idle), this leaves no formatting at the end of a run.
func alone(src []byte, off, end int) string {
	text := string(src[off:end])
	before := off == 0 || bytes.HasSuffix(src[:off], []byte("\n\n"))
	after := end == len(src) || bytes.HasPrefix(src[end:], []byte("\n\n")) || string(src[end:]) == "\n"
	if before && after {
		return text
	}
	const pkg = "package p\n\n"
	out, err := format.Source([]byte(pkg + text))
	if err != nil {
		panic(fmt.Sprintf("runtime declaration %q: %v", text, err)) // the sources compile: a bug here
	}
	return strings.TrimSuffix(strings.TrimPrefix(string(out), pkg), "\n")
}

// linkFile fills in what each declaration of af refers to: the runtime
// names and import names that its identifiers resolve to at package level
// (a local variable named like a runtime function is no reference).
func (t *runtimeTable) linkFile(af *ast.File, rf *runtimeFile) {
	unresolved := map[*ast.Ident]bool{}
	for _, id := range af.Unresolved {
		unresolved[id] = true
	}
	byName := map[string]*runtimeDecl{}
	for _, d := range rf.decls {
		for _, n := range d.names {
			byName[n] = d
		}
	}
	refs := map[*runtimeDecl]map[string]bool{}
	imports := map[*runtimeDecl]map[string]bool{}
	for _, decl := range af.Decls {
		var owner *runtimeDecl
		switch d := decl.(type) {
		case *ast.FuncDecl:
			if md, ok := rf.methodDecls[d]; ok {
				owner = md
			} else if d.Recv != nil {
				owner = byName[receiverType(d)]
			} else {
				owner = byName[d.Name.Name]
			}
		case *ast.GenDecl:
			if d.Tok == token.IMPORT {
				continue
			}
			owner = byName[specName(d.Specs[0])]
		}
		if refs[owner] == nil {
			refs[owner], imports[owner] = map[string]bool{}, map[string]bool{}
		}
		// h.writeError refers to the method of that name of a provided
		// type the declaration mentions (handler, in its receiver or
		// parameters); a jsonWriter's w.fail mentions none.
		mentioned, selected := map[string]bool{}, map[string]bool{}
		ast.Inspect(decl, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok && t.byUse[sel.Sel.Name] != nil {
				selected[sel.Sel.Name] = true
			}
			id, ok := n.(*ast.Ident)
			if ok && t.provided[id.Name] {
				mentioned[id.Name] = true
			}
			if !ok {
				return true
			}
			packageLevel := unresolved[id] || id.Obj != nil && af.Scope.Lookup(id.Name) == id.Obj
			if !packageLevel {
				return true
			}
			if d, ok := t.decls[id.Name]; ok && d != owner {
				refs[owner][id.Name] = true
			} else if _, ok := rf.imports[id.Name]; ok && unresolved[id] {
				imports[owner][id.Name] = true
			}
			return true
		})
		for name := range selected {
			for _, recv := range t.byUse[name] {
				if key := recv + "." + name; mentioned[recv] && t.decls[key] != owner {
					refs[owner][key] = true
				}
			}
		}
	}
	for _, d := range rf.decls {
		d.refs = sortedKeys(refs[d])
		d.imports = sortedKeys(imports[d])
	}
	for _, decl := range af.Decls {
		if fd, ok := decl.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.IsExported() && fd.Type.Results != nil {
			for _, r := range fd.Type.Results.List {
				if id, ok := r.Type.(*ast.Ident); ok {
					if d, ok := t.decls[id.Name]; ok && d != byName[fd.Name.Name] {
						d.companions = append(d.companions, fd.Name.Name)
					}
				}
			}
		}
	}
}

// readProvided records the types provided.go declares: the spec-dependent
// ones whose runtime methods are copied by use.
func (t *runtimeTable) readProvided(fsys fs.FS, dir string) error {
	src, err := fs.ReadFile(fsys, path.Join(dir, providedFile))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	af, err := parser.ParseFile(token.NewFileSet(), providedFile, src, parser.SkipObjectResolution)
	if err != nil {
		return err
	}
	for _, d := range af.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.TYPE {
			for _, s := range gd.Specs {
				t.provided[s.(*ast.TypeSpec).Name.Name] = true
			}
		}
	}
	return nil
}

// importName is the name an import of p is known by when not renamed: its
// last element, or the one before a major version suffix (math/rand/v2).
func importName(p string) string {
	base := path.Base(p)
	if len(base) > 1 && base[0] == 'v' && strings.Trim(base[1:], "0123456789") == "" {
		base = path.Base(path.Dir(p))
	}
	return base
}

// receiverType is the name of a method's receiver type.
func receiverType(m *ast.FuncDecl) string {
	x := m.Recv.List[0].Type
	if s, ok := x.(*ast.StarExpr); ok {
		x = s.X
	}
	switch ix := x.(type) {
	case *ast.IndexExpr:
		x = ix.X
	case *ast.IndexListExpr:
		x = ix.X
	}
	if id, ok := x.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

// specName is the first name a type, var or const spec declares.
func specName(s ast.Spec) string {
	switch s := s.(type) {
	case *ast.TypeSpec:
		return s.Name.Name
	case *ast.ValueSpec:
		return s.Names[0].Name
	}
	return ""
}

func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
