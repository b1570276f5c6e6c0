package load

import (
	"fmt"
	"github.com/specgen/specgen/generator/document"
	"maps"
	"path/filepath"
	"sort"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/specgen/specgen/generator/loc"
)

// Config names the inputs of one run.
type Config struct {
	// Spec is an OpenAPI 3.0/3.1 or Swagger 2.0 document (YAML or JSON);
	// "" when only schema files are given.
	Spec string
	// Schemas are standalone JSON Schema files; each file's root and $defs
	// become named types.
	Schemas []string
	// NoValidation skips kin-openapi's validation of an OpenAPI document,
	// whose findings are only warnings: specgen diff, which prints no
	// notes, saves a tenth of its time.
	NoValidation bool
	// RefMaps say where local copies of remote documents are.
	RefMaps []RefMap

	// compilerChecksMeta leaves the meta-schema check to the schema
	// compiler, as before metaGate: tests compare the two.
	compilerChecksMeta bool
	// textOnly serves every file to the schema compiler as JSON text, as
	// before valueServer: tests compare the two.
	textOnly bool
	// walkAlone converts schemas on the walk's goroutine only, as before
	// walkAhead, and compiles a schema file's definitions there too, as
	// before compileInOrder: tests compare the two.
	walkAlone bool
	// mendFirst compiles a schema file only once it is mended, as before
	// compileEarly: tests compare the two.
	mendFirst bool
	// kinStructure has kin-openapi load the structure even without
	// validation, as before fileStructure: tests compare the two.
	kinStructure bool
	// readFiles, when set, is told whether the structure was read from the
	// files (fileStructure), for tests.
	readFiles *bool
	// keptEarly, when set, is told whether the early compile was kept
	// (compile_early.go), for tests.
	keptEarly *bool
}

// Load reads, checks and resolves the inputs named by cfg.
func Load(cfg Config) (*document.Document, error) {
	if cfg.Spec == "" && len(cfg.Schemas) == 0 {
		return nil, fmt.Errorf("nothing to load: give an OpenAPI document (-spec) or a JSON Schema file (-schema)")
	}
	l := &loader{fs: newFileSet(), doc: &document.Document{Format: "jsonschema"}, noValidation: cfg.NoValidation, kinStructure: cfg.kinStructure, walkAlone: cfg.walkAlone, readFiles: cfg.readFiles}
	l.fs.warn = l.warn
	l.fs.dangling = func(src loc.Source, format string, a ...any) {
		l.doc.DanglingRefs = append(l.doc.DanglingRefs, &document.Error{Source: src, Msg: fmt.Sprintf(format, a...)})
	}
	l.fs.refMaps = cfg.RefMaps
	draft := jsonschema.Draft2020
	// Read every named file before following any $ref, so that each file
	// is known by the path the user gave rather than the path a $ref took.
	var spec *File
	if cfg.Spec != "" {
		f, err := l.fs.readPath(cfg.Spec)
		if err != nil {
			return nil, err
		}
		spec = f
	}
	var schemaFiles []*File
	for _, p := range cfg.Schemas {
		f, err := l.fs.readPath(p)
		if err != nil {
			return nil, err
		}
		schemaFiles = append(schemaFiles, f)
		if l.fs.schemaInputs == nil {
			l.fs.schemaInputs = map[string]bool{}
		}
		l.fs.schemaInputs[f.URL] = true
	}
	if spec != nil {
		var err error
		if draft, err = l.detect(spec); err != nil {
			return nil, err
		}
		l.fs.swagger = l.doc.Format == "swagger-2.0"
		l.fs.root = spec
	}
	// A lone schema file compiles while its $refs are checked and it is
	// mended (compile_early.go).
	early := l.compileEarly(cfg, spec, schemaFiles)
	defer early.end()
	for _, f := range append([]*File{spec}, schemaFiles...) {
		if f == nil {
			continue
		}
		if err := l.fs.checkRefs(f, map[string]bool{}); err != nil {
			return nil, err
		}
	}
	// The draft a file that names none is compiled in: the spec's, or the
	// first schema file's. Each file is repaired in the draft it will be
	// compiled in (a draft-07 schema's $ref to a file without $schema
	// reads that file's items list as draft-07's tuple, not 2020-12's
	// mistake).
	early.refsChecked()
	if spec == nil && len(schemaFiles) > 0 {
		draft = schemaDraft(schemaFiles[0], draft)
	}
	l.fs.draft = draft
	for _, f := range l.fs.order {
		repairEnums(f, dialectOf(f, draft), l.warn)
	}
	kept := early.take(l, draft)
	if cfg.keptEarly != nil {
		*cfg.keptEarly = kept
	}
	if !kept {
		if err := l.serveFiles(cfg, spec == nil, draft); err != nil {
			return nil, err
		}
	}
	if spec != nil && l.fs.swagger {
		// Its bytes are final here unless the conversion's own mending
		// changes them (swagger_ahead.go).
		l.swagger = decodeSwaggerAhead(spec.JSON)
	}

	l.walker = newWalker(l.fs)
	l.loopFree = map[*document.Schema]bool{}
	l.bareRefs = map[string]bool{}

	if spec != nil {
		if err := l.openAPI(spec); err != nil {
			return nil, err
		}
	}
	for _, f := range schemaFiles {
		if err := l.schemaFile(f); err != nil {
			return nil, err
		}
	}
	l.referencedDefinitions()
	if spec != nil {
		l.inheritMapped()
	}
	l.anchored()
	l.doc.Schemas = len(l.walker.byKey)
	return l.doc, nil
}

// serveFiles makes the compiler that compiles the files in draft and gives
// it every file, as a value where it can (compiler_doc.go) when the files
// are schema files only (schemaFiles).
func (l *loader) serveFiles(cfg Config, schemaFiles bool, draft *jsonschema.Draft) error {
	l.compiler = jsonschema.NewCompiler()
	l.compiler.Draft = draft
	l.compiler.ExtractAnnotations = true
	l.compiler.LoadURL = l.fs.loadURL
	if !cfg.compilerChecksMeta {
		l.fs.metaGate = gateMetaSchema(l.compiler)
	}
	var values *valueServer
	if schemaFiles && !cfg.textOnly {
		// Schema files only: nothing but the compiler reads their JSON
		// (an OpenAPI document's files are read by kin-openapi too).
		values = newValueServer(l.compiler)
	}
	for _, f := range l.fs.order {
		// A file with resources of other drafts is served as text, split
		// (dialects.go).
		if l.fs.dialectResources(f, draft) == nil && l.fs.serveValue(values, f) {
			continue // its JSON is made only if something asks (File.text)
		}
		if err := f.refreshJSON(); err != nil {
			return err
		}
	}
	return nil
}

// definitionParents are the keys under which documents keep named schemas.
var definitionParents = map[string]bool{"$defs": true, "definitions": true, "schemas": true}

// referencedDefinitions names the schemas that $refs reached in other files
// by where they live: "#/$defs/User" is User, and so is "#/User" in a file
// of bare schemas. Without this they would be named from the path of their
// first use.
func (l *loader) referencedDefinitions() {
	named := maps.Clone(l.bareRefs)
	for _, n := range l.doc.Named {
		named[n.Schema.Key] = true
	}
	var found []*document.Property
	for _, s := range l.walker.memo {
		// Where a schema lives says first whether it is a definition at
		// all (most are properties and items of one): that costs less than
		// looking its long key up.
		name, ok := l.definitionName(s)
		if !ok || named[s.Key] {
			continue
		}
		found = append(found, &document.Property{Name: name, Schema: s})
		named[s.Key] = true
	}
	sort.Slice(found, func(i, j int) bool { return found[i].Schema.Key < found[j].Schema.Key })
	l.doc.Named = append(l.doc.Named, found...)
}

// definitionName is the name of the definition s is, by where it lives
// (a member of $defs, definitions or components/schemas, or of the top of
// a file of bare schemas), and false where it is none.
func (l *loader) definitionName(s *document.Schema) (string, bool) {
	// The first token, the last two and how many there are: all the
	// cases below read, without making the list.
	n, first, parent, last := 0, "", "", ""
	for tok := range pointerTokenSeq(s.Source.Pointer) {
		if n == 0 {
			first = tok
		}
		parent, last = last, tok
		n++
	}
	switch {
	case n == 1 && !isOpenAPIFile(l.fs, s) && !subschemaKeywords[last]:
		return last, true
	case n >= 2 && definitionParents[parent] &&
		(parent != "schemas" || n == 3 && first == "components" ||
			n == 2 && !isOpenAPIFile(l.fs, s)):
		return last, true
	}
	return "", false
}

// subschemaKeywords are the keywords whose value is one subschema: under
// a schema file's root they are parts of it, not schemas of their own.
var subschemaKeywords = map[string]bool{
	"if": true, "then": true, "else": true, "not": true, "items": true, "contains": true,
	"additionalProperties": true, "additionalItems": true, "propertyNames": true,
	"unevaluatedProperties": true, "unevaluatedItems": true, "contentSchema": true,
}

// isOpenAPIFile reports whether s lives in an OpenAPI document, or in a
// part of one that is no schema (a parameter's file), whose top-level keys
// (info, paths, schema…) are not schemas.
func isOpenAPIFile(fs *fileSet, s *document.Schema) bool {
	base, _, _ := strings.Cut(s.Key, "#")
	f, ok := fs.atURL(base)
	return ok && (isOpenAPIDoc(f) || isOpenAPIFragment(f))
}

type loader struct {
	fs           *fileSet
	noValidation bool
	kinStructure bool
	walkAlone    bool
	readFiles    *bool
	doc          *document.Document
	compiler     *jsonschema.Compiler
	// earlyQueue compiled the lone schema file before it was mended:
	// schemaFile takes its root and definitions from it (compile_early.go).
	earlyQueue *compileQueue
	walker     *walker
	// loopFree are the schemas checkLoops found free of loops.
	loopFree map[*document.Schema]bool
	// bareRefs are the keys of component schemas that are only a $ref,
	// whose name went to their target (hoistRefTargets).
	bareRefs map[string]bool
	// spec is the document operations are read from (for Swagger 2.0, the
	// converted one).
	spec *File
	// swagger is a Swagger 2.0 spec's decode into kin-openapi's model,
	// started when the file is read (swagger_ahead.go).
	swagger *swaggerAhead
}

// detect reads the version field and picks the schema dialect: OpenAPI 3.0
// schemas are draft-4-like ($ref siblings ignored, boolean exclusive
// bounds), 3.1 schemas are 2020-12.
func (l *loader) detect(f *File) (*jsonschema.Draft, error) {
	m, _ := f.Value.(map[string]any)
	if v, ok := m["openapi"].(string); ok {
		switch {
		case strings.HasPrefix(v, "3.0"):
			l.doc.Format = "openapi-3.0"
			return jsonschema.Draft4, nil
		case strings.HasPrefix(v, "3.1"), strings.HasPrefix(v, "3.2"):
			l.doc.Format = "openapi-3.1"
			return jsonschema.Draft2020, nil
		}
		return nil, &document.Error{Source: f.Source("#/openapi"), Construct: "OpenAPI version", Msg: fmt.Sprintf("%q (specgen reads 2.0, 3.0 and 3.1)", v)}
	}
	if v, ok := m["swagger"].(string); ok {
		if v != "2.0" {
			return nil, &document.Error{Source: f.Source("#/swagger"), Construct: "Swagger version", Msg: fmt.Sprintf("%q (specgen reads 2.0, 3.0 and 3.1)", v)}
		}
		l.doc.Format = "swagger-2.0"
		return jsonschema.Draft4, nil
	}
	return nil, &document.Error{Source: f.Source("#"), Msg: "not an OpenAPI document: no \"openapi\" or \"swagger\" field (pass JSON Schema files with -schema)"}
}

// compile compiles the schema at url#pointer and converts it.
func (l *loader) compile(f *File, pointer string) (*document.Schema, error) {
	return l.compileAhead(f, pointer, false)
}

// compileAhead is compile, converting beside the walk (ahead.go) when
// ahead is set: for the root of a schema file, whose walk reaches most of
// what the file holds.
func (l *loader) compileAhead(f *File, pointer string, ahead bool) (*document.Schema, error) {
	url, split := l.schemaURL(f, pointer)
	cs, err := l.compileURL(url)
	if err != nil {
		return nil, l.compileError(f, pointer, split, err)
	}
	return l.walkCompiled(cs, ahead)
}

// schemaURL is the URL the compiler knows the schema at pointer in f by,
// and whether it is a split root's (split.go).
func (l *loader) schemaURL(f *File, pointer string) (string, bool) {
	url, split := l.fs.splitFor(f, pointer)
	if !split {
		url = f.URL + normPointer(pointer)
	}
	return url, split
}

// walkCompiled converts a compiled schema, beside a walk ahead when ahead
// is set, and checks it for loops.
func (l *loader) walkCompiled(cs *jsonschema.Schema, ahead bool) (*document.Schema, error) {
	var s *document.Schema
	if ahead {
		l.walker.startAhead(cs)
		s = l.walker.schema(cs)
		l.walker.stopAhead()
	} else {
		s = l.walker.schema(cs) // beside a walk ahead of its own, if any
	}
	if err := checkLoops(s, l.loopFree, l.doc.Format != "jsonschema"); err != nil {
		return nil, err
	}
	return s, nil
}

// compileURL compiles the schema at url. jsonschema v5 asserts that every
// schema it compiles is an object or a boolean and panics on any other
// value (a component schema written as null: FuzzGenerate found one), so a
// panic of the compiler becomes an error that compileError locates.
func (l *loader) compileURL(url string) (cs *jsonschema.Schema, err error) {
	return compileWith(l.compiler, url)
}

// compileWith is compileURL with compiler c.
func compileWith(c *jsonschema.Compiler, url string) (cs *jsonschema.Schema, err error) {
	defer func() {
		if p := recover(); p != nil {
			cs, err = nil, fmt.Errorf("a schema is an object or a boolean (the compiler failed on this one: %v)", p)
		}
	}()
	return c.Compile(url)
}

// compileError turns the schema compiler's error into one with a location.
func (l *loader) compileError(f *File, pointer string, split bool, err error) error {
	msg := err.Error()
	src := f.Source(pointer)
	var ve *jsonschema.ValidationError
	if errorsAs(err, &ve) {
		// The schema broke the draft's metaschema: point at the innermost
		// offending keyword, the first in the file of those it found.
		leaf := firstLeafCause(f, ve)
		// The instance validated against the metaschema is the whole
		// document, so the location is already absolute.
		if split {
			// The instance is the root served last that has the location.
			src = l.fs.servedSource(leaf.InstanceLocation, src)
		} else if src = f.Source("#" + leaf.InstanceLocation); src.Line == 0 {
			src = l.fs.servedSource(leaf.InstanceLocation, src)
		}
		if src.Line == 0 {
			src = nearestSource(f, src)
		}
		msg = "invalid schema: " + leaf.Message
	} else {
		msg = strings.TrimPrefix(msg, "jsonschema: ")
		msg = l.fs.unsplit(msg)
		msg = strings.ReplaceAll(msg, f.URL, f.Path)
		msg = "cannot compile schema: " + msg
	}
	return &document.Error{Source: src, Msg: msg, Err: err}
}

// nearestSource locates src, a place of f that no line of f holds (a
// Swagger 2.0 parameter's schema, which the conversion to OpenAPI 3 makes
// of the parameter's own keywords), at the nearest place above it that one
// does; src itself when none does.
func nearestSource(f *File, src loc.Source) loc.Source {
	toks := pointerTokens(src.Pointer)
	for i := len(toks) - 1; i > 0; i-- {
		if up := f.Source(child("#", toks[:i]...)); up.Line != 0 {
			return up
		}
	}
	return src
}

// schemaFile loads a standalone JSON Schema: its root is named by its title
// (or file name) and each $defs/definitions entry by its key.
func (l *loader) schemaFile(f *File) error {
	url, split := l.schemaURL(f, "#")
	var cs *jsonschema.Schema
	var err error
	queue := l.earlyQueue // the root, then the definitions (compile_early.go)
	if queue != nil {
		cs, err = queue.next()
	} else {
		cs, err = l.compileURL(url)
	}
	if err != nil {
		return l.compileError(f, "#", split, err)
	}
	root, err := l.walkCompiled(cs, !l.walkAlone)
	if err != nil {
		return err
	}
	defs := definitionsOf(f)
	if queue != nil {
		// Compiled while the file was mended, the definitions are
		// converted beside their walk too.
		l.aheadOfDefinitions(queue)
		defer l.walker.stopAhead()
	}
	if queue == nil && !l.walkAlone {
		// The definitions compile beside their walk (compile_ahead.go);
		// not beside the root's, whose walk ahead has the other core.
		queue = compileInOrder(l.compiler, l.defURLs(f, defs))
		defer queue.end()
	}
	m, _ := f.Value.(map[string]any)
	if m == nil {
		if _, isBool := f.Value.(bool); !isBool {
			return &document.Error{Source: f.Source("#"), Msg: "not a JSON Schema: the document is neither an object nor a boolean"}
		}
	}
	name := str(m["title"])
	if name == "" {
		name = strings.TrimSuffix(filepath.Base(f.Path), filepath.Ext(f.Path))
		name = strings.TrimSuffix(name, ".schema")
	}
	if l.doc.Title == "" {
		l.doc.Title = name
		l.doc.Description = str(m["description"])
	}
	for _, d := range defs {
		if !d.schema {
			// Not a schema: in a draft where the container is no
			// keyword (draft-07's $defs), a value a $ref may still
			// reach but nothing declares (partial-cibuildwheel's
			// $defs/description is a string). The oracle compiles
			// only what the root reaches.
			l.warn(f.Source(d.ptr), "%s/%s is not a schema (an object or a boolean): no type is declared for it", d.container, d.name)
			continue
		}
		var s *document.Schema
		if queue == nil {
			s, err = l.compile(f, d.ptr)
		} else if cs, cerr := queue.next(); cerr != nil {
			_, split := l.schemaURL(f, d.ptr)
			err = l.compileError(f, d.ptr, split, cerr)
		} else {
			s, err = l.walkCompiled(cs, false)
		}
		if err != nil {
			return err
		}
		l.doc.Named = append(l.doc.Named, &document.Property{Name: d.name, Schema: s})
	}
	l.doc.Named = append(l.doc.Named, &document.Property{Name: name, Schema: root, Root: true})
	return nil
}

// defURLs are the URLs of the definitions in defs that are schemas, in
// order: what schemaFile takes from its compile queue.
func (l *loader) defURLs(f *File, defs []definition) []string {
	var urls []string
	for _, d := range defs {
		if d.schema {
			u, _ := l.schemaURL(f, d.ptr)
			urls = append(urls, u)
		}
	}
	return urls
}

// definition is one member of a schema file's $defs or definitions.
type definition struct {
	container, name, ptr string
	// schema says the value is a schema (an object or a boolean).
	schema bool
}

// definitionsOf lists f's $defs and definitions members, in that order
// and each in the file's order.
func definitionsOf(f *File) []definition {
	var out []definition
	for _, defs := range []string{"$defs", "definitions"} {
		for _, k := range f.Keys(child("#", defs)) {
			ptr := child("#", defs, k)
			out = append(out, definition{container: defs, name: k, ptr: ptr, schema: isSchemaValue(rawAt(f, ptr))})
		}
	}
	return out
}

// warn records a problem that does not stop generation.
func (l *loader) warn(src loc.Source, format string, a ...any) {
	l.doc.Warnings = append(l.doc.Warnings, &document.Error{Source: src, Msg: fmt.Sprintf(format, a...)})
}

// refHidesSiblings reports whether d is a draft before 2019-09, where a
// $ref's siblings are ignored.
func refHidesSiblings(d *jsonschema.Draft) bool {
	return d == jsonschema.Draft4 || d == jsonschema.Draft6 || d == jsonschema.Draft7
}

// fileDialect says which of the drafts whose forms repairEnums mends a
// file (or a root schema in it) is read as: 2020-12 (OpenAPI 3.1) or
// draft 4 (OpenAPI 3.0, Swagger 2.0). A file that names another draft
// keeps that draft's meaning (an items list is a tuple in draft 7, with
// additionalItems, not something to repair; a numeric exclusiveMinimum
// is right there).
type fileDialect struct{ draft2020, draft4 bool }

// dialectOf returns the dialect of a file: the draft it names in $schema,
// or, naming none, def, the draft of the run (the spec's, or the first
// schema file's).
func dialectOf(f *File, def *jsonschema.Draft) fileDialect {
	m, _ := f.Value.(map[string]any)
	s, _ := m["$schema"].(string)
	if s == "" {
		return fileDialect{draft2020: sameDraft(def, jsonschema.Draft2020), draft4: sameDraft(def, jsonschema.Draft4)}
	}
	return namedDialect(s)
}

// namedDialect is the dialect a $schema URI names.
func namedDialect(uri string) fileDialect {
	return fileDialect{draft2020: strings.Contains(uri, "2020-12"), draft4: strings.Contains(uri, "draft-04")}
}

// schemaID returns the identifier a schema object declares: $id, or in a
// file that names draft 4 in $schema, that draft's id. In a file that
// names draft 4, 6 or 7, an id beside $ref is no identifier: those drafts
// ignore every sibling of $ref, so the $ref resolves against the base
// around it, as the compiler resolves it (the OCI image-spec's
// `{"id": ".../descriptor/annotations", "$ref": "defs-descriptor.json#…"}`).
func schemaID(f *File, x map[string]any) (string, bool) {
	m, _ := f.Value.(map[string]any)
	s, _ := m["$schema"].(string)
	if _, ok := x["$ref"]; ok && refHidesSiblings(namedDraft(s)) {
		return "", false
	}
	if id, ok := x["$id"].(string); ok && id != "" {
		return id, true
	}
	if strings.Contains(s, "draft-04") {
		if id, ok := x["id"].(string); ok && id != "" {
			return id, true
		}
	}
	return "", false
}
