package emit

import (
	_ "embed"
	"strings"
)

// jsonValueSource is package jsonvalue: fixed support code, written as
// ordinary Go and tested where it stands.
//
//go:embed jsonvalue/jsonvalue.go
var jsonValueSource string

// jsonValueFile returns jsonvalue.gen.go: the source of package jsonvalue
// with the generated header and package clause in place of its own package
// documentation and clause.
func (e *emitter) jsonValueFile() File {
	_, body, _ := strings.Cut(jsonValueSource, "\npackage jsonvalue\n")
	src := "// " + Header + "\n\npackage " + e.cfg.Package + "\n" + body
	return File{Path: "jsonvalue.gen.go", Src: []byte(src)}
}
