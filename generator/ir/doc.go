// Package ir is specgen's model of an API, between the loaded documents and
// the emitted Go.
//
// It is plain data: it imports only the standard library and knows neither
// kin-openapi nor jsonschema nor jennifer. Every name in it is already a Go
// identifier (decided once, by package lower), every collection is an
// ordered slice (so nothing downstream ranges over a map), and every type is
// one of a closed set behind the sealed Type interface.
//
//	API
//	├── Decls: named Go types (struct, enum, or any other Type)
//	├── Operations: method + path, params, body, responses (client/server)
//	└── Security schemes
package ir
