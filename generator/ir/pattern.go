package ir

// Pattern is how generated code matches one pattern of the schema (a
// `pattern`, a name in `patternProperties`), decided once in lowering.
// Patterns are ECMA-262 regular expressions: Go's regexp matches those it
// can read with the same meaning, the runtime's ECMA-262 matcher the rest.
type Pattern struct {
	// Source is the pattern as the schema writes it.
	Source string
	// Go is the same pattern in Go's regexp syntax; "" when Go's regexp
	// cannot match it as ECMA-262 does (lookaround, backreferences), and
	// the runtime's ECMA-262 matcher does.
	Go string
	// Name is the package-level variable that holds the compiled pattern
	// (patternWorkspaceName), named by lowering after the first place
	// that matches it.
	Name string
}
