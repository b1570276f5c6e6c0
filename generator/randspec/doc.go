// Package randspec writes random but valid API descriptions — OpenAPI 3.1,
// OpenAPI 3.0, Swagger 2.0 and standalone JSON Schema — for testing the
// generator generatively: every document is a deterministic function of
// its seed, so a failure found by one run is reproduced by its seed alone.
//
// The documents are built from the constructs of README's support matrix,
// nested and combined (unions of unions, unions whose variants become one
// Go type, allOf of unions, maps of arrays of nullable enums, recursive
// references), with every parameter place, style and shape, every media
// type, and names chosen to collide: with each other, with Go keywords,
// with the generated package's own identifiers and with the local names of
// the generated methods (Options.Locals).
//
// What it writes is valid by construction where the formats say so; what a
// generator may still refuse (a construct it does not support) is part of
// the test, counted by the caller.
package randspec
