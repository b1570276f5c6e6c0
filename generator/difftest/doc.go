// Package difftest holds generated Validate methods to a reference: it
// runs documents through santhosh-tekuri/jsonschema (draft 2020-12, formats
// asserted), the oracle, and through a generated Go type (decode, then
// Validate), and compares the verdicts and the JSON pointers of the
// failures.
//
// Where they differ, the disagreement must be explained by an entry of
// Differences, each a documented, deliberate difference (the null policy,
// what Go's number and time types can decode…) that checks the document
// before excusing anything. Anything else is a bug in the generator.
//
// Documents come from real payloads and from Mutants, which derives
// hundreds of variants of a document from the schemas that apply to each
// of its values; Instance builds a base document from a schema alone.
// The package is test support: tests in golden/ and gen/ use it.
package difftest
