package emit

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"

	"github.com/dave/jennifer/jen"
)

// gofmtConfig is go/format's printer configuration (format.Source prints
// with it): tabs for indentation, spaces for alignment, a tab width of 8,
// and number literals normalized (1<<30, go/printer's bit for go/format and
// gofmt).
var gofmtConfig = printer.Config{Mode: printer.UseSpaces | printer.TabIndent | 1<<30, Tabwidth: 8}

// renderGo prints jf as gofmt-ed source and returns the syntax tree it was
// printed from. It does what jennifer's File.Render does (jennifer prints
// the file, then go/format.Source parses and prints it again), with the
// parse kept: the runtime scan reads the tree (scanSyntax) instead of
// tokenizing the printed file once more, which was a twentieth of a large
// API's generation. The bytes are format.Source's: the same parser mode, the
// same import sorting, the same printer configuration
// (TestRenderGoIsGofmt).
func renderGo(name string, jf *jen.File) ([]byte, *ast.File, error) {
	jf.NoFormat = true
	var raw bytes.Buffer
	if err := jf.Render(&raw); err != nil {
		return nil, nil, fmt.Errorf("emit %s: %w", name, err)
	}
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, name, raw.Bytes(), parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, nil, fmt.Errorf("emit %s: %w while formatting source:\n%s", name, err, raw.Bytes())
	}
	ast.SortImports(fset, file)
	// gofmt's output is shorter than jennifer's (tabs for spaces, no
	// blanks around most tokens): one buffer of the input's size holds it
	// without growing.
	var out bytes.Buffer
	out.Grow(raw.Len())
	if err := gofmtConfig.Fprint(&out, fset, file); err != nil {
		return nil, nil, fmt.Errorf("emit %s: %w", name, err)
	}
	return out.Bytes(), file, nil
}
