package golden_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// generatedJSONUses lists every place in generated code that uses package
// reflect or encoding/json's decoding and encoding functions, keyed
// "file:function" ("*." for a method of any type), each with its reason
// (docs/no-reflection.md). The generated codecs of the API's types use
// neither; TestNoReflectionInGenerated fails on any use not listed here,
// so reflection cannot creep back in unnoticed.
var generatedJSONUses = map[string]string{
	// The one use of reflect on the decoding side: an error path.
	"jsonread.gen.go:*.mismatchSkipped reflect.TypeOf": "*json.UnmarshalTypeError, the error encoding/json gives for a mismatch, holds a reflect.Type",
	// -type overrides: types specgen does not declare and cannot see into.
	"jsonwrite_values.gen.go:isZeroJSON reflect.ValueOf": "omitzero of a -type override without an IsZero method",
	"jsonwrite.gen.go:*.marshal json.Marshal":            "a -type override value, written as encoding/json writes it",
	"jsonwrite_values.gen.go:jwMarshal json.Marshal":     "a body that is not a generated type (a -type override)",
	"jsonread_values.gen.go:jsonStd json.Unmarshal":      "a -type override without UnmarshalJSON, and []byte (base64)",
	"jsonwrite_string.gen.go:*.rawJSON json.Valid":       "a json.RawMessage field is checked as encoding/json checks it (a scan, no reflection)",
	"content.gen.go:isContentJSON json.Valid":            "-assert-content's contentMediaType application/json (a scan, no reflection)",
	"content.gen.go:isContentBase64JSON json.Valid":      "-assert-content's base64-encoded JSON (a scan, no reflection)",
	// Left for later (docs/no-reflection.md says why each is not a codec).
	"client.gen.go:decodeErrorBody json.Unmarshal": "an error answer's body, decoded leniently",
	"client.gen.go:*.* json.Marshal":               "a parameter with JSON content (deepObject filters, JSON query values)",
	"handlerinput.gen.go:* json.Unmarshal":         "a parameter with JSON content",
	"eventstream.gen.go:* json.Unmarshal":          "an event of a stream, through its type's UnmarshalJSON",
	"websocketstream.gen.go:* json.Unmarshal":      "a WebSocket message, through its type's UnmarshalJSON",
	"stream.gen.go:newStreamError json.Unmarshal":  "a stream's error event",
}

// jsonCodecCalls are encoding/json's functions that decode or encode by
// reflection (or scan a whole document again).
var jsonCodecCalls = map[string]bool{
	"Unmarshal": true, "Marshal": true, "MarshalIndent": true, "NewDecoder": true, "NewEncoder": true, "Valid": true, "Compact": true, "Indent": true,
}

// TestNoReflectionInGenerated reads every generated file of the golden
// cases and gen/, and fails on a use of reflect or of encoding/json's
// codec functions outside generatedJSONUses.
func TestNoReflectionInGenerated(t *testing.T) {
	files, _ := filepath.Glob("*/want/*.gen.go")
	more, _ := filepath.Glob("../gen/*/*.gen.go")
	files = append(files, more...)
	if len(files) < 100 {
		t.Fatalf("only %d generated files found", len(files))
	}
	seen := map[string]bool{}
	fset := token.NewFileSet()
	for _, path := range files {
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		base := filepath.Base(path)
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok {
				continue
			}
			ast.Inspect(fn, func(n ast.Node) bool {
				sel, ok := n.(*ast.SelectorExpr)
				if !ok {
					return true
				}
				pkg, ok := sel.X.(*ast.Ident)
				if !ok || !(pkg.Name == "reflect" || pkg.Name == "json" && jsonCodecCalls[sel.Sel.Name]) {
					return true
				}
				use := pkg.Name + "." + sel.Sel.Name
				if !allowedUse(base, fn, use, seen) {
					t.Errorf("%s: %s uses %s: generated code decodes and encodes without reflection; if this use is needed, list it with its reason in generatedJSONUses and docs/no-reflection.md", fset.Position(sel.Pos()), funcName(fn), use)
				}
				return true
			})
		}
	}
	var unused []string
	for k := range generatedJSONUses {
		if !seen[k] {
			unused = append(unused, k)
		}
	}
	sort.Strings(unused)
	if len(unused) > 0 {
		t.Errorf("generatedJSONUses lists uses no generated file has any more (remove them, and from docs/no-reflection.md): %s", strings.Join(unused, "; "))
	}
}

// allowedUse reports whether generatedJSONUses lists use in fn of file,
// marking the entry seen.
func allowedUse(file string, fn *ast.FuncDecl, use string, seen map[string]bool) bool {
	name := funcName(fn)
	keys := []string{file + ":" + name + " " + use, file + ":* " + use}
	if fn.Recv != nil {
		keys = append(keys, file+":*."+fn.Name.Name+" "+use, file+":*.* "+use)
	}
	for _, k := range keys {
		if _, ok := generatedJSONUses[k]; ok {
			seen[k] = true
			return true
		}
	}
	return false
}

func funcName(fn *ast.FuncDecl) string {
	if fn.Recv == nil || len(fn.Recv.List) == 0 {
		return fn.Name.Name
	}
	t := fn.Recv.List[0].Type
	if s, ok := t.(*ast.StarExpr); ok {
		t = s.X
	}
	if id, ok := t.(*ast.Ident); ok {
		return id.Name + "." + fn.Name.Name
	}
	return "?." + fn.Name.Name
}
