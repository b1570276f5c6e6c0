// Package document is the model of loaded API descriptions that lowering
// reads: schemas with their references resolved, operations, security
// schemes, and errors with source locations.
//
// It is plain data that imports only the standard library and the IR's
// Source type. Package load fills it from kin-openapi and jsonschema; package
// lower reads it without ever seeing those libraries.
package document
