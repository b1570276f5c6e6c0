package lower

import (
	"go/ast"
	"go/parser"
	"slices"
	"strings"

	"github.com/specgen/specgen/generator/document"
	"github.com/specgen/specgen/generator/ir"
)

// goType returns the Go type a schema's x-go-type names, when specgen can
// be sure the output compiles with it: a type expression of predeclared
// names (uint64, interface{}, map[string]float64), or one name of a
// package whose import path is known (github.com/google/uuid.UUID,
// time.Time, Addr with x-go-type-import net/netip). The extension is
// written for oapi-codegen's or go-swagger's output, and a name of that
// package (Typesense's `[]*ApiKey`, Moby's `Summary`) is not one of
// specgen's (APIKey): such a schema is generated as usual, with a note, where
// it was copied into code that did not compile.
func (l *lowerer) goType(s *document.Schema) (ir.Ident, bool) {
	if s.GoType == "" {
		return ir.Ident{}, false
	}
	id, ok := goTypeIdent(s.GoType, s.GoTypeImport)
	if ok && internalAllowed(id.ImportPath, l.cfg.ImportPath) && importable(id.ImportPath, l.cfg.Modules) {
		return id, true
	}
	if !l.goTypeNoted[s.Key] {
		l.goTypeNoted[s.Key] = true
		switch {
		case ok && internalAllowed(id.ImportPath, l.cfg.ImportPath):
			l.noteAs(ir.NoteChoice, s.Source, "x-go-type %q is in %s, which no module the output's go.mod or go.work names holds: the schema's own Go type is generated instead (require the module, or use it in the go.work, and generate again to use it, or name the type with -type)", s.GoType, id.ImportPath)
		case ok:
			l.noteAs(ir.NoteChoice, s.Source, "x-go-type %q is in %s, an internal package, which only the tree rooted at its parent can import: the schema's own Go type is generated instead (generate into that tree, under a go.mod naming its module, to use it)", s.GoType, id.ImportPath)
		default:
			l.noteAs(ir.NoteChoice, s.Source, "x-go-type %q is not a type specgen can name (a name in another generator's package, or in a package whose import path is not given): the schema's own Go type is generated instead", s.GoType)
		}
	}
	return ir.Ident{}, false
}

// importable reports whether the output's module can import path:
// modules are its own module's path, those its go.mod requires or
// replaces and those of its go.work (generator.ModulesFor), nil when not
// known. The standard library's packages (no dot in the first
// element) always can, and so can uuid's, which the output imports
// anyway. OpenMeter's description names x-go-type-import
// github.com/cloudevents/sdk-go/v2/event and its own server's
// pkg/models: for a client of its API those modules are not required,
// and the package did not build.
func importable(path string, modules []string) bool {
	if modules == nil {
		return true
	}
	first, _, _ := strings.Cut(path, "/")
	if !strings.Contains(first, ".") {
		return true
	}
	within := func(m string) bool { return path == m || strings.HasPrefix(path, m+"/") }
	return within(uuidModule) || slices.ContainsFunc(modules, within)
}

// uuidModule is the module of the uuid package the output imports.
const uuidModule = "github.com/google/uuid"

// internalAllowed reports whether the package at importer (the output's
// import path, "" when not known) may import path: Go lets only the tree
// rooted at an "internal" element's parent import it. The description's
// vendor wrote such a path for its own code (LaunchDarkly's
// x-go-type-import github.com/launchdarkly/gonfalon/internal/reps2): in
// its users' packages it would not compile, in the vendor's own tree it
// does.
func internalAllowed(path, importer string) bool {
	elems := strings.Split(path, "/")
	for i, e := range elems {
		if e != "internal" {
			continue
		}
		parent := strings.Join(elems[:i], "/")
		if importer == "" || parent == "" || (importer != parent && !strings.HasPrefix(importer, parent+"/")) {
			return false
		}
	}
	return true
}

// goTypeIdent reads an x-go-type value as an identifier jennifer can write.
func goTypeIdent(typ, importPath string) (ir.Ident, bool) {
	typ = strings.TrimSpace(typ)
	if importPath != "" {
		// x-go-type-import gives the package: the type is its
		// exported name, written bare or qualified by the package name.
		name := typ[strings.LastIndexByte(typ, '.')+1:]
		if !ast.IsExported(name) || strings.ContainsAny(name, "[]*{}() ") {
			return ir.Ident{}, false
		}
		return ir.Ident{ImportPath: importPath, Name: name}, true
	}
	if i := strings.LastIndexByte(typ, '.'); i > 0 && !strings.ContainsAny(typ, "[]*{}() ") {
		path, name := typ[:i], typ[i+1:]
		if ast.IsExported(name) && (strings.Contains(path, "/") || stdPackages[path]) {
			return ir.Ident{ImportPath: path, Name: name}, true
		}
		return ir.Ident{}, false
	}
	expr, err := parser.ParseExpr(typ)
	if err != nil || !predeclaredOnly(expr) {
		return ir.Ident{}, false
	}
	return ir.Ident{Name: typ}, true
}

// predeclaredOnly reports whether a type expression names only Go's
// predeclared types.
func predeclaredOnly(expr ast.Expr) bool {
	ok := true
	ast.Inspect(expr, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			ok = ok && predeclaredTypes[n.Name]
		case *ast.SelectorExpr, *ast.CallExpr, *ast.BasicLit, *ast.FuncType, *ast.ChanType:
			ok = false
		}
		return ok
	})
	return ok
}

var predeclaredTypes = map[string]bool{
	"any": true, "bool": true, "byte": true, "complex64": true, "complex128": true, "error": true,
	"float32": true, "float64": true, "int": true, "int8": true, "int16": true, "int32": true,
	"int64": true, "rune": true, "string": true, "uint": true, "uint8": true, "uint16": true,
	"uint32": true, "uint64": true, "uintptr": true,
}

// stdPackages are the standard library's packages whose import path is one
// element, so that "time.Time" names its package; a name such as
// "json.RawMessage" (encoding/json) needs x-go-type-import.
var stdPackages = map[string]bool{
	"bufio": true, "bytes": true, "cmp": true, "context": true, "crypto": true, "errors": true,
	"expvar": true, "flag": true, "fmt": true, "hash": true, "html": true, "image": true, "io": true,
	"iter": true, "log": true, "maps": true, "math": true, "mime": true, "net": true, "os": true,
	"path": true, "reflect": true, "regexp": true, "slices": true, "sort": true, "strconv": true,
	"strings": true, "sync": true, "time": true, "unicode": true, "unique": true,
}
