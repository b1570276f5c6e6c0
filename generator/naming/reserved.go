package naming

import "go/token"

// predeclared lists Go's predeclared identifiers: a local variable with one of
// these names compiles but shadows the builtin, which generated code must
// never do.
var predeclared = map[string]bool{
	"any": true, "append": true, "bool": true, "byte": true, "cap": true,
	"clear": true, "close": true, "comparable": true, "complex": true,
	"complex128": true, "complex64": true, "copy": true, "delete": true,
	"error": true, "false": true, "float32": true, "float64": true,
	"imag": true, "int": true, "int16": true, "int32": true, "int64": true,
	"int8": true, "iota": true, "len": true, "make": true, "max": true,
	"min": true, "new": true, "nil": true, "panic": true, "print": true,
	"println": true, "real": true, "recover": true, "rune": true,
	"string": true, "true": true, "uint": true, "uint16": true, "uint32": true,
	"uint64": true, "uint8": true, "uintptr": true,
}

// IsReserved reports whether name is a Go keyword or predeclared identifier.
func IsReserved(name string) bool {
	return token.IsKeyword(name) || predeclared[name]
}
