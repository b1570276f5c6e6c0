package golden_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/specgen/specgen/generator"
	"github.com/specgen/specgen/generator/textdiff"
)

// specCopy is a copy of spec/ that a test edits: both documents as yaml.v3
// trees, written back (as YAML, whatever the file name says; the loader
// reads by content) by generate.
type specCopy struct {
	openapi, schema *yaml.Node
}

func loadSpecCopy(t *testing.T) *specCopy {
	t.Helper()
	read := func(path string) *yaml.Node {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var doc yaml.Node
		if err := yaml.Unmarshal(b, &doc); err != nil {
			t.Fatal(err)
		}
		return doc.Content[0]
	}
	return &specCopy{openapi: read("../spec/openapi.yaml"), schema: read("../spec/workspace.schema.json")}
}

// generate writes the copy to a temporary directory and generates gen/coder
// from it, with gen/coder's flags.
func (s *specCopy) generate(t *testing.T) map[string]string {
	t.Helper()
	dir := t.TempDir()
	write := func(name string, n *yaml.Node) string {
		b, err := yaml.Marshal(n)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	files, err := generator.Generate(generator.Config{
		Spec: write("openapi.yaml", s.openapi), Schemas: []string{write("workspace.schema.json", s.schema)},
		Package: "coder", Overrides: []string{"uuid.NullUUID=github.com/google/uuid.NullUUID"},
	})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, f := range files {
		out[f.Path] = string(f.Src)
	}
	return out
}

// at walks mapping keys from n; it fails the test when one is missing.
func at(t *testing.T, n *yaml.Node, keys ...string) *yaml.Node {
	t.Helper()
	for _, k := range keys {
		found := false
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == k {
				n, found = n.Content[i+1], true
				break
			}
		}
		if !found {
			t.Fatalf("no key %q", k)
		}
	}
	return n
}

// addKey appends key: <value, in YAML> to a mapping.
func addKey(t *testing.T, m *yaml.Node, key, value string) {
	t.Helper()
	var v yaml.Node
	if err := yaml.Unmarshal([]byte(value), &v); err != nil {
		t.Fatal(err)
	}
	m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key, Style: yaml.DoubleQuotedStyle}, v.Content[0])
}

// insertKey is addKey at the front of the mapping.
func insertKey(t *testing.T, m *yaml.Node, key, value string) {
	t.Helper()
	addKey(t, m, key, value)
	n := len(m.Content)
	m.Content = append(m.Content[n-2:], m.Content[:n-2]...)
}

// reverseKeys reverses the order of a mapping's entries.
func reverseKeys(m *yaml.Node) {
	var pairs [][2]*yaml.Node
	for i := 0; i+1 < len(m.Content); i += 2 {
		pairs = append(pairs, [2]*yaml.Node{m.Content[i], m.Content[i+1]})
	}
	m.Content = m.Content[:0]
	for i := len(pairs) - 1; i >= 0; i-- {
		m.Content = append(m.Content, pairs[i][0], pairs[i][1])
	}
}

var hunkHeader = regexp.MustCompile(`^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@`)

// touched returns, for every generated file that changed, the top-level
// declarations that the unified diff's removed and added lines fall in
// ("type Workspace", "func (*Workspace) validate", "const
// WorkspaceStatusPending"), and how many lines it removed and added.
func touched(t *testing.T, before, after map[string]string) (decls map[string][]string, removed, added int) {
	t.Helper()
	decls = map[string][]string{}
	names := map[string]bool{}
	for n := range before {
		names[n] = true
	}
	for n := range after {
		names[n] = true
	}
	for name := range names {
		d := textdiff.Unified("a/"+name, "b/"+name, before[name], after[name])
		if d == "" {
			continue
		}
		oldDecls, newDecls := declLines(t, name, before[name]), declLines(t, name, after[name])
		set := map[string]bool{}
		var oldLine, newLine int
		for _, line := range strings.Split(d, "\n") {
			if m := hunkHeader.FindStringSubmatch(line); m != nil {
				oldLine, _ = strconv.Atoi(m[1])
				newLine, _ = strconv.Atoi(m[2])
				continue
			}
			switch {
			case strings.HasPrefix(line, "---"), strings.HasPrefix(line, "+++"), line == "":
			case line[0] == '-':
				set[oldDecls[oldLine]] = true
				removed++
				oldLine++
			case line[0] == '+':
				set[newDecls[newLine]] = true
				added++
				newLine++
			default:
				oldLine++
				newLine++
			}
		}
		delete(set, "") // the blank line that separates an added declaration
		for s := range set {
			decls[name] = append(decls[name], s)
		}
		sort.Strings(decls[name])
	}
	return decls, removed, added
}

// declLines maps each line of a Go file to the top-level declaration it
// belongs to (with its doc comment), or "" between declarations.
func declLines(t *testing.T, name, src string) map[int]string {
	t.Helper()
	out := map[int]string{}
	if src == "" {
		return out
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, parser.ParseComments)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	for _, d := range f.Decls {
		start := d.Pos()
		var label string
		switch d := d.(type) {
		case *ast.GenDecl:
			if d.Doc != nil {
				start = d.Doc.Pos()
			}
			label = genDeclName(d)
		case *ast.FuncDecl:
			if d.Doc != nil {
				start = d.Doc.Pos()
			}
			label = "func " + d.Name.Name
			if d.Recv != nil && len(d.Recv.List) > 0 {
				label = fmt.Sprintf("func (%s) %s", exprText(d.Recv.List[0].Type), d.Name.Name)
			}
		}
		for l := fset.Position(start).Line; l <= fset.Position(d.End()).Line; l++ {
			out[l] = label
		}
	}
	return out
}

func genDeclName(d *ast.GenDecl) string {
	if len(d.Specs) == 0 {
		return d.Tok.String()
	}
	switch s := d.Specs[0].(type) {
	case *ast.TypeSpec:
		return "type " + s.Name.Name
	case *ast.ValueSpec:
		return d.Tok.String() + " " + s.Names[0].Name
	case *ast.ImportSpec:
		return "import"
	}
	return d.Tok.String()
}

func exprText(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.StarExpr:
		return "*" + exprText(e.X)
	case *ast.Ident:
		return e.Name
	}
	return fmt.Sprintf("%T", e)
}

// declaredNames returns every package-level identifier the files declare.
func declaredNames(t *testing.T, files map[string]string) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	for name, src := range files {
		f, err := parser.ParseFile(token.NewFileSet(), name, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, obj := range f.Scope.Objects {
			out[obj.Name] = true
		}
	}
	return out
}
