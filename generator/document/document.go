package document

import "github.com/specgen/specgen/generator/loc"

// Document is everything lowering needs from the inputs of one run.
type Document struct {
	// Format is the detected input kind: "openapi-3.1", "openapi-3.0",
	// "swagger-2.0", or "jsonschema" when only schema files were given.
	Format string

	Title       string
	Version     string
	Description string
	// BasePath is the path of the first server URL ("/api/v2"), or "".
	BasePath string

	// Named lists the schemas the inputs name, in document order:
	// components/schemas of the OpenAPI document, then for each schema file
	// its root and its $defs (or definitions).
	Named []*Property

	// Anchored lists the schemas with a $dynamicAnchor or
	// $recursiveAnchor: true, in key order, for the dynamic scope of
	// $dynamicRef and $recursiveRef.
	Anchored []*Schema

	Operations      []*Operation
	SecuritySchemes []*SecurityScheme

	// Warnings are problems that did not stop loading (a spec that kin-openapi
	// does not consider valid is still generated from, as real specs often
	// fail validation for reasons that do not matter to a generator).
	Warnings []*Error
	// DanglingRefs are schema $refs naming a schema that does not exist
	// in a file that does, each read as any JSON value: the nearest
	// faithful Go, noted by lowering as degraded (an error under -strict).
	DanglingRefs []*Error

	// Schemas is how many schemas loading made (each once, by key): a
	// size for the maps lowering keeps per schema, which otherwise grow
	// through it, hashing each long key again at every growth.
	Schemas int
}

// Operation is one method on one path, with its refs resolved.
type Operation struct {
	ID          string
	Method      string // upper case
	Path        string
	Summary     string
	Description string
	Deprecated  bool
	Tags        []string
	Params      []*Param // path-item parameters merged in, op-level first
	Body        *Body
	Responses   []*Response // in status order, default last
	// Security is the effective requirement list (the document's when the
	// operation declares none); nil when neither declares any.
	Security []SecurityRequirement
	GoName   string // x-go-name
	// WebSocket is the x-websocket extension: true or false says whether
	// the operation upgrades to a WebSocket, overriding what lowering
	// infers; nil when absent.
	WebSocket *bool
	// Follow is the x-websocket-follow extension; nil when absent.
	Follow *Follow
	Source loc.Source
}

// Follow is an operation's x-websocket-follow extension: when the query
// parameter Parameter is present, the operation upgrades to a WebSocket
// and streams Messages, one JSON text message each, instead of answering.
// OpenAPI cannot say this; Coder's build logs work so (?follow).
type Follow struct {
	Parameter string
	Messages  *Schema
	Source    loc.Source
}

// Param is a path, query, header or cookie parameter.
type Param struct {
	Name        string
	In          string
	Description string
	Required    bool
	Deprecated  bool
	Style       string
	Explode     *bool
	Schema      *Schema // from schema, or from the single content entry
	// ContentType is the media type of the content entry ("application/json")
	// for a parameter given with content; "" for one given with schema.
	ContentType string
	Source      loc.Source
}

// Body is a request body.
type Body struct {
	Required    bool
	Description string
	Content     []*MediaType
	Source      loc.Source
}

// MediaType is one content entry.
type MediaType struct {
	Name   string
	Schema *Schema // nil when the spec gives none
	// Encoding is the media type's `encoding` map: how each property of a
	// form body travels, by property name (looked up, never ranged over).
	Encoding map[string]PropertyEncoding
}

// PropertyEncoding is one entry of a media type's `encoding` map; only
// its style is read (deepObject: bracket notation, metadata[key]=value).
type PropertyEncoding struct {
	Style string
}

// Response is one entry of an operation's responses.
type Response struct {
	Status      string // "200", "2XX", "default"
	Description string
	Content     []*MediaType
	Headers     []*Param
	Source      loc.Source
}

// SecurityScheme is a components/securitySchemes entry.
type SecurityScheme struct {
	Name        string
	Type        string
	In          string
	ParamName   string
	Scheme      string
	Description string
}

// SecurityRequirement is one entry of a security list: every named scheme
// at once. An empty list of schemes means no credential is needed.
type SecurityRequirement struct {
	Schemes []string
	Source  loc.Source // where the requirement is written (the operation's or the document's security list)
}
