package generator

import (
	"fmt"
	"go/token"
	"strings"

	"github.com/specgen/specgen/generator/document"
	"github.com/specgen/specgen/generator/emit"
	"github.com/specgen/specgen/generator/ir"
	"github.com/specgen/specgen/generator/load"
	"github.com/specgen/specgen/generator/lower"
)

// Config describes one generation.
type Config struct {
	// Spec is an OpenAPI 3.0/3.1 or Swagger 2.0 document; "" to generate
	// types from Schemas alone.
	Spec string
	// Schemas are standalone JSON Schema files.
	Schemas []string
	// Package is the Go package name of the output.
	Package string
	// ImportPath is the output's import path (ImportPathFor), when known:
	// an x-go-type in an internal package is used only when this path may
	// import it.
	ImportPath string
	// Overrides map schemas to existing Go types, as "SCHEMA=IMPORT/PATH.Type"
	// (for example "uuid.NullUUID=github.com/google/uuid.NullUUID").
	Overrides []string
	// Strict turns every degraded construct into an error: by default,
	// what cannot be typed exactly is generated as the nearest faithful Go
	// with a note (docs/degraded.md); Strict refuses it instead.
	Strict bool
	// RefMaps give local copies of remote documents that $refs reach, as
	// "URL=FILE", or "URL/=DIR" for every document below a URL prefix;
	// nothing is fetched from the network.
	RefMaps []string
	// AssertFormat checks format in schemas of JSON Schema files of drafts
	// 2019-09 and 2020-12 (typed fields and JSON values alike), where
	// format only annotates unless asked.
	AssertFormat bool
	// TypedFormats types strings of format uuid and date-time in JSON
	// Schema files as uuid.UUID and time.Time, as in OpenAPI documents,
	// rather than as UUIDString and DateTimeString: natural Go, but
	// decoding then rejects text the format allows (a leap second; in
	// 2019-09 and 2020-12 any string), and accepts forms of a uuid it
	// rejects (docs/formats.md).
	TypedFormats bool
	// AssertContent checks contentEncoding (base64) and contentMediaType
	// (application/json) on strings: draft-07 allows a validator to, the
	// reference validator (jsonschema v6) does not, and published
	// documents break them, so it is asked for, not the default.
	AssertContent bool
	// SkipUnsupported has no effect.
	//
	// Deprecated: degrading unsupported constructs with a note is the
	// default; -strict makes them errors.
	SkipUnsupported bool
	// LenientOverrides skips overrides that name no schema instead of
	// failing (for comparing versions where a schema exists in only one).
	LenientOverrides bool
	// NoValidation skips kin-openapi's validation of the document, whose
	// findings are only notes (for specgen diff, which prints none).
	NoValidation bool
	// ErrorSchema names the schema of the API's error answers ("Response");
	// "" to detect it from the documented error responses.
	ErrorSchema string
	// Modules are the module paths the output's module can import from
	// (ModulesFor: its own, those its go.mod requires or replaces, and a
	// go.work's); nil when not known. An x-go-type in a package of no
	// module listed is not used: the schema's own type is generated, with
	// a note.
	Modules []string
	// Loaded, when set, is called once the inputs are loaded, before they
	// are lowered (on one core of two, where Emit keeps both busy): the
	// CLI starts a garbage collection there (cmd/specgen/gc.go).
	Loaded func()
	// noShare keeps every anonymous schema's own Go type (lower.Config's
	// NoShare), for the test that compares the names sharing keeps.
	noShare bool
}

// File is one generated file.
type File = emit.File

// Result is the outcome of a generation: the files and what the generator
// noticed on the way.
type Result struct {
	Files []File
	API   *ir.API
	// Notes are non-fatal diagnostics (spec warnings, renames on collision,
	// keywords not checked), formatted with their location.
	Notes []string
	// Diagnostics are Notes with their kinds, in the same order.
	Diagnostics []Note
}

// Note is one diagnostic with its kind, for grouping.
type Note struct {
	// Kind groups notes of one sort ("" for a note of no kind).
	Kind ir.NoteKind
	// Degraded is set for a construct generated as the nearest faithful
	// Go rather than exactly: an error under Strict.
	Degraded bool
	// Where is file:line:col (#/pointer), "" for a note about the whole
	// API.
	Where   string
	Message string
}

// String is the note as Notes has it: where, then what.
func (n Note) String() string {
	if n.Where == "" {
		return n.Message
	}
	return n.Where + ": " + n.Message
}

// Generate reads the inputs named by cfg and returns the generated files.
func Generate(cfg Config) ([]File, error) {
	r, err := Run(cfg)
	if err != nil {
		return nil, err
	}
	return r.Files, nil
}

// Run is Generate with the notes and the IR kept.
func Run(cfg Config) (*Result, error) {
	emit.Preload()
	r, err := Lower(cfg)
	if err != nil {
		return nil, err
	}
	r.Files, err = emit.Emit(r.API, emit.Config{Package: cfg.Package, ImportPath: cfg.ImportPath})
	if err != nil {
		return nil, err
	}
	return r, nil
}

// Lower reads the inputs named by cfg and lowers them to the IR, as Run
// does, without writing Go: what specgen diff compares. The Result has no
// Files.
func Lower(cfg Config) (*Result, error) {
	if cfg.Package == "" {
		return nil, fmt.Errorf("no package name given")
	}
	if !token.IsIdentifier(cfg.Package) || token.IsKeyword(cfg.Package) {
		return nil, fmt.Errorf("package name %q is not a Go identifier", cfg.Package)
	}
	overrides, err := ParseOverrides(cfg.Overrides)
	if err != nil {
		return nil, err
	}
	var refMaps []load.RefMap
	for _, s := range cfg.RefMaps {
		m, err := load.ParseRefMap(s)
		if err != nil {
			return nil, err
		}
		refMaps = append(refMaps, m)
	}
	doc, err := load.Load(load.Config{Spec: cfg.Spec, Schemas: cfg.Schemas, RefMaps: refMaps, NoValidation: cfg.NoValidation})
	if err != nil {
		return nil, err
	}
	if cfg.Loaded != nil {
		cfg.Loaded()
	}
	api, err := lower.Lower(doc, lower.Config{Overrides: overrides, Strict: cfg.Strict, AssertFormat: cfg.AssertFormat, TypedFormats: cfg.TypedFormats, AssertContent: cfg.AssertContent, LenientOverrides: cfg.LenientOverrides, ErrorSchema: cfg.ErrorSchema, Modules: cfg.Modules, ImportPath: cfg.ImportPath, NoShare: cfg.noShare})
	if err != nil {
		return nil, err
	}
	r := &Result{API: api}
	for _, n := range api.Notes {
		note := Note{Kind: n.Kind, Degraded: n.Degraded, Where: document.FormatSource(n.Source), Message: n.Message}
		r.Diagnostics = append(r.Diagnostics, note)
		r.Notes = append(r.Notes, note.String())
	}
	return r, nil
}

// ParseOverrides reads "SCHEMA=IMPORT/PATH.Type" entries.
func ParseOverrides(specs []string) ([]lower.Override, error) {
	var out []lower.Override
	for _, s := range specs {
		name, typ, ok := strings.Cut(s, "=")
		dot := strings.LastIndex(typ, ".")
		if !ok || name == "" || dot <= 0 || dot == len(typ)-1 || strings.LastIndex(typ, "/") > dot {
			return nil, fmt.Errorf("type override %q: want SCHEMA=IMPORT/PATH.Type, e.g. uuid.NullUUID=github.com/google/uuid.NullUUID", s)
		}
		out = append(out, lower.Override{Schema: name, Type: ir.Ident{ImportPath: typ[:dot], Name: typ[dot+1:]}})
	}
	return out, nil
}
