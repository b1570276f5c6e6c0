package lower

import "github.com/specgen/specgen/generator/ir"

// rawJSON is the type of a value no Go type can follow (a $dynamicRef, an
// allOf whose members contradict each other): json.RawMessage keeps every
// byte of it, and the caller decodes it as it knows best. Unlike `any`,
// it re-encodes exactly what was received.
func rawJSON() ir.Type {
	return &ir.Ref{External: ir.Ident{ImportPath: "encoding/json", Name: "RawMessage"}}
}
