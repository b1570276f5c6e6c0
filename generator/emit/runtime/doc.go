// Package runtime is the fixed support code of generated packages: the Go
// that does not depend on the spec (validation errors and paths, format
// checks, JSON values, answers, body reading, event-stream framing…),
// written as ordinary Go and tested here.
//
// The emitter copies into a generated package the declarations its
// spec-dependent code refers to, and everything those refer to in turn
// (see emit's runtime_copy.go and docs/runtime.md): each file x.go whose
// declarations are needed becomes x.gen.go, holding only the needed ones,
// with the package clause rewritten and the imports they use. Nothing else
// is changed, so what is tested here is what runs there.
//
// Names declared here share the generated package's namespace: lowering
// keeps schemas and parameters off them (generator/lower/fixednames.go), and
// none may be a predeclared identifier.
package runtime
