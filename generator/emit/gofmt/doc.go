// Package gofmt lays out the raw text jennifer prints (File.NoFormat) the
// way go/format.Source would, byte for byte, at a fraction of its cost.
//
// go/format parses the whole file into an AST and prints it back through
// go/printer and a tabwriter; for specgen's output that cost more than
// building and printing the jennifer trees together. jennifer's raw text
// is regular (one statement a line, expressions on one line, composite
// literals with one element a line), so the layout can be decided from
// the token stream and the raw line structure: Format parses each top-level
// declaration into a small expression tree only where go/printer's
// decisions depend on structure (binary-expression spacing, composite
// literal line breaks, key and field alignment) and writes what
// go/printer would write, through text/tabwriter only where it aligns.
//
// Whatever it does not recognise it leaves to go/format, one top-level
// declaration at a time (top-level declarations separated by a blank line
// are laid out independently by go/printer), so the result is always
// go/format's. The differential tests in this package hold that to the
// byte over every golden case, Coder's API, the large synthetic schema and
// random specs and schemas.
package gofmt
