// Package load reads API descriptions into specgen's document model.
//
// It is the only package that knows the input libraries: kin-openapi loads
// and validates OpenAPI 3.0/3.1 documents (and converts Swagger 2.0), and
// santhosh-tekuri/jsonschema/v5 compiles every schema, from OpenAPI documents
// and standalone JSON Schema files alike, whose compiled graph is walked into
// document.Schema values. A yaml.v3 node tree of each file gives source positions and
// property order, which neither library keeps.
//
// The result, a Document, is plain data for package lower; errors are *document.Error
// values naming file, JSON pointer and, where known, line and column.
package load
