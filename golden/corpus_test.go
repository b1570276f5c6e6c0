package golden_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/specgen/specgen/generator"
	"github.com/specgen/specgen/generator/ir"
	"github.com/specgen/specgen/generator/sharedtest"
)

// TestCorpusBuilds generates every API description in ../shared/corpus and
// proves the output compiles and vets: specgen either generates code that
// builds or fails with a located error, never in between.
func TestCorpusBuilds(t *testing.T) {
	if testing.Short() {
		t.Skip("builds generated packages; skipped in -short mode")
	}
	specs := corpusSpecs(t)
	if len(specs) == 0 {
		t.Fatal("no API descriptions found in ../shared/corpus")
	}
	hints := 0
	for _, spec := range specs {
		name := strings.TrimSuffix(filepath.Base(spec), filepath.Ext(spec))
		t.Run(filepath.Base(filepath.Dir(spec))+"/"+name, func(t *testing.T) {
			r, err := generator.Run(generator.Config{Spec: spec, Package: "api"})
			if err != nil {
				t.Fatalf("generate: %v", err)
			}
			buildAndVet(t, r.Files)
			checkEveryOperationAndSchema(t, spec, r.API)
			checkMethods(t, r)
			hints += checkWebSocketHints(t, r.API)
		})
	}
	if hints == 0 {
		t.Error("no corpus operation says it works via WebSockets: checkWebSocketHints checked nothing")
	}
}

// corpusSpecs finds the files in the corpus that are OpenAPI or Swagger
// documents.
func corpusSpecs(t *testing.T) []string {
	root := sharedtest.Path(t, "corpus")
	var out []string
	filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		ext := filepath.Ext(path)
		if ext != ".json" && ext != ".yaml" && ext != ".yml" {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return nil
		}
		var head map[string]any
		if yaml.Unmarshal(b, &head) != nil {
			return nil
		}
		if head["openapi"] != nil || head["swagger"] != nil {
			out = append(out, path)
		}
		return nil
	})
	return out
}

// buildAndVet writes files into a package inside this module (under
// testdata, which ./... skips) and runs go build and go vet on it.
func buildAndVet(t *testing.T, files []generator.File) {
	t.Helper()
	if err := os.MkdirAll("testdata", 0o755); err != nil {
		t.Fatal(err)
	}
	dir, err := os.MkdirTemp("testdata", "corpus-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	pkg := filepath.Join(dir, "api")
	os.MkdirAll(pkg, 0o755)
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(pkg, f.Path), f.Src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	build := []string{"build", "./" + pkg}
	if hasFile(files, "routes.gen.go") {
		// ServeMux panics on patterns it cannot register side by side, and
		// NewHandler registers every operation's: run it, not just build it.
		if err := os.WriteFile(filepath.Join(pkg, "handler_test.go"), []byte(newHandlerTest), 0o644); err != nil {
			t.Fatal(err)
		}
		build = []string{"test", "-count=1", "-run", "^TestNewHandlerRegisters$", "./" + pkg}
	}
	for _, args := range [][]string{build, {"vet", "./" + pkg}} {
		cmd := exec.Command("go", args...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
}

// newHandlerTest builds the generated server's handler.
const newHandlerTest = `package api

import "testing"

func TestNewHandlerRegisters(t *testing.T) {
	if NewHandler(nil) == nil {
		t.Fatal("NewHandler returned nil")
	}
}
`

func hasFile(files []generator.File, name string) bool {
	for _, f := range files {
		if f.Path == name {
			return true
		}
	}
	return false
}

// checkEveryOperationAndSchema checks that nothing was dropped: every
// operation of the document has a Go operation, every definition a type.
func checkEveryOperationAndSchema(t *testing.T, spec string, api *ir.API) {
	t.Helper()
	b, _ := os.ReadFile(spec)
	var doc struct {
		Paths       map[string]map[string]any `yaml:"paths"`
		Definitions map[string]any            `yaml:"definitions"`
		Components  struct {
			Schemas map[string]any `yaml:"schemas"`
		} `yaml:"components"`
	}
	if err := yaml.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	generated := map[string]bool{}
	for _, op := range api.Operations {
		generated[op.Method+" "+op.Path] = true
	}
	ops := 0
	for path, item := range doc.Paths {
		for method := range item {
			switch method {
			case "get", "put", "post", "delete", "options", "head", "patch", "trace":
				ops++
				if !generated[strings.ToUpper(method)+" "+path] {
					t.Errorf("operation %s %s was not generated", strings.ToUpper(method), path)
				}
			}
		}
	}
	if len(api.Operations) != ops {
		t.Errorf("%d operations in the document, %d generated", ops, len(api.Operations))
	}
	declared := map[string]bool{}
	for _, d := range api.Decls {
		if d.Named() {
			declared[d.SchemaName] = true
		}
	}
	for name := range doc.Definitions {
		if !declared[name] {
			t.Errorf("definition %q has no Go type", name)
		}
	}
	for name := range doc.Components.Schemas {
		if !declared[name] {
			t.Errorf("schema %q has no Go type", name)
		}
	}
}

// viaWebSocket is how API descriptions such as Coder's say in prose that an
// operation is a WebSocket.
var viaWebSocket = regexp.MustCompile(`(?i)\bvia[^a-z]+websockets?\b`)

// checkWebSocketHints: an operation that says "via WebSockets" in its
// summary or description, without x-websocket or a 101 response, is plain
// HTTP (prose decides nothing), and a note at the operation says to add
// x-websocket to make it one. It returns how many operations say so.
func checkWebSocketHints(t *testing.T, api *ir.API) int {
	t.Helper()
	hinted := map[ir.Source]bool{}
	for _, n := range api.Notes {
		if n.Kind == ir.NoteNotGenerated && strings.Contains(n.Message, "add x-websocket: true") {
			hinted[n.Source] = true
		}
	}
	n := 0
	for _, op := range api.Operations {
		says := viaWebSocket.MatchString(op.Summary) || viaWebSocket.MatchString(op.Doc)
		if says && !op.WebSocket && !hinted[op.Source] {
			t.Errorf("%s %s says it is a WebSocket, is not one, and no note says how to make it one", op.Method, op.Path)
		}
		if hinted[op.Source] && op.WebSocket {
			t.Errorf("%s %s is a WebSocket, yet a note says to add x-websocket", op.Method, op.Path)
		}
		if says && !op.WebSocket {
			n++
		}
	}
	return n
}

// checkMethods parses the generated package and checks that every
// operation has a method on *Client and one in the Server interface, and
// that WebSocket operations say so in both doc comments.
func checkMethods(t *testing.T, r *generator.Result) {
	t.Helper()
	client, server := map[string]string{}, map[string]string{}
	fset := token.NewFileSet()
	for _, f := range r.Files {
		file, err := parser.ParseFile(fset, f.Path, f.Src, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range file.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv != nil && len(d.Recv.List) == 1 && types.ExprString(d.Recv.List[0].Type) == "*Client" {
					client[d.Name.Name] = d.Doc.Text()
				}
			case *ast.GenDecl:
				for _, spec := range d.Specs {
					ts, ok := spec.(*ast.TypeSpec)
					if !ok || ts.Name.Name != "Server" {
						continue
					}
					for _, m := range ts.Type.(*ast.InterfaceType).Methods.List {
						server[m.Names[0].Name] = m.Doc.Text()
					}
				}
			}
		}
	}
	if len(server) != len(r.API.Operations) {
		t.Errorf("Server has %d methods for %d operations", len(server), len(r.API.Operations))
	}
	for _, op := range r.API.Operations {
		for side, methods := range map[string]map[string]string{"*Client": client, "Server": server} {
			doc, ok := methods[op.Name]
			switch {
			case !ok:
				t.Errorf("%s %s: %s has no method %s", op.Method, op.Path, side, op.Name)
			case op.WebSocket && !strings.Contains(doc, "is a WebSocket"):
				t.Errorf("%s.%s does not say it is a WebSocket:\n%s", side, op.Name, doc)
			}
		}
	}
}
