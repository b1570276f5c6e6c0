// Package generator turns API descriptions into Go source.
//
//	spec/*.yaml|json ──load──▶ documents ──lower──▶ ir.API ──emit──▶ []File ──cmd/specgen──▶ gen/
//	   (kin-openapi,            (positions,          (plain data,      (jennifer only,       (the only
//	    jsonschema/v5)           raw schemas)         ordered slices)   no disk I/O)          disk writer)
//
// Generate is pure: it reads the input files and returns the output files,
// and writes nothing. Package load reads documents, lower makes every naming
// and ordering decision, ir is the model between them, emit renders Go with
// jennifer, and naming spells identifiers.
package generator
