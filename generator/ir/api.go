package ir

import "github.com/specgen/specgen/generator/loc"

// API is one generated package's worth of API description.
type API struct {
	// Title, Version and Description come from the OpenAPI info object (or
	// the JSON Schema's title and description).
	Title       string
	Version     string
	Description string

	// BasePath is the path prefix of the first server URL ("/api/v2"), or "".
	BasePath string

	// Decls are the named types, sorted by Go name so that reordering a spec
	// does not reorder the output.
	Decls []*Decl

	// Aliases keep the names of the declarations that share another's
	// Go type (lower/share.go), sorted by Name.
	Aliases []*Alias

	// ValueSchemas are the run-time checks of JSON values (see Value),
	// sorted by Name.
	ValueSchemas []*ValueSchema

	// Operations are sorted by path, then method.
	Operations []*Operation

	// Routes are the server's net/http.ServeMux patterns, in the order of
	// their first operation.
	Routes []*Route

	// SecuritySchemes are sorted by name.
	SecuritySchemes []*SecurityScheme
	// SchemeChecks are the schemes whose checks the server takes
	// (With<Scheme>Check): those some operation's alternatives name that
	// the generated code cannot check (Auth.Unchecked), sorted by name.
	SchemeChecks []*SecurityScheme

	// ErrorModel is the struct of error answers; nil when the API has no
	// operations.
	ErrorModel *ErrorModel

	// Patterns are the patterns Validate matches, sorted by Source.
	Patterns []Pattern

	// Notes are decisions the generator made that a user may want to know
	// about (renames on collision, ignored keywords), in the order they were
	// made.
	Notes []Note
}

// Note is a diagnostic that does not stop generation.
type Note struct {
	Source Source
	// Kind groups notes of one sort in the summary (see notes.go); ""
	// for a note that names no kind.
	Kind NoteKind
	// Degraded is set when the note says that something is generated
	// as the nearest faithful Go rather than exactly; -strict makes
	// such notes errors.
	Degraded bool
	Message  string
}

// Ident is a Go identifier, qualified by import path when it lives outside
// the generated package ("" for the generated package and for predeclared
// types such as string).
type Ident struct {
	ImportPath string
	Name       string
}

// Source locates a construct in the input documents. It is defined in the
// leaf package loc, which the loaders use too; this name saves the IR's
// readers an import.
type Source = loc.Source
