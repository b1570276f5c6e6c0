package lower

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/specgen/specgen/generator/document"
	"github.com/specgen/specgen/generator/ir"
	"github.com/specgen/specgen/generator/naming"
)

// Config holds the choices that lowering takes from the user.
type Config struct {
	// Overrides map schemas to existing Go types instead of generating them.
	Overrides []Override
	// Strict makes every degraded construct (a keyword Validate does not
	// check, a parameter sent as its JSON text, a raw body…) an error
	// instead of a note.
	Strict bool
	// AssertFormat checks format in JSON values of drafts where it only
	// annotates (2019-09, 2020-12).
	AssertFormat bool
	// TypedFormats gives strings of format uuid and date-time in JSON
	// Schema files the Go types of OpenAPI documents (uuid.UUID,
	// time.Time) rather than the runtime's string types (formatKind).
	TypedFormats bool
	// AssertContent checks contentEncoding (base64) and contentMediaType
	// (application/json) on strings, which Validate leaves unchecked by
	// default (ir.ContentCheck).
	AssertContent bool
	// LenientOverrides skips overrides that name no schema instead of
	// failing: specgen diff applies one set of overrides to two versions,
	// and a schema may exist in only one of them.
	LenientOverrides bool
	// ErrorSchema names the schema of error answers (its name in the spec,
	// such as "Response", or its JSON pointer); "" to detect it from the
	// documented error responses (see ir.ErrorModel).
	ErrorSchema string
	// Modules are the module paths the output's module can import from;
	// nil when not known (every x-go-type of a known path is then used).
	Modules []string
	// ImportPath is the output package's import path, "" when not known:
	// an x-go-type in an internal package is used only when the tree
	// rooted at internal's parent holds this path.
	ImportPath string
	// NoShare keeps every anonymous schema's own Go type (shareEqual is
	// not run): for tests that hold the shared output to the names and
	// types of the unshared one.
	NoShare bool
}

// Override maps the schema called Schema (its name in the spec, such as
// "uuid.NullUUID", or its JSON pointer) to an existing Go type.
type Override struct {
	Schema string
	Type   ir.Ident
}

// Lower builds the IR for doc.
func Lower(doc *document.Document, cfg Config) (*ir.API, error) {
	l := &lowerer{
		cfg:         cfg,
		schemaOnly:  doc.Format == "jsonschema",
		scope:       naming.NewScopeOver(fixedReserved),
		decls:       map[string]*ir.Decl{},
		names:       map[string]string{},
		specNames:   map[string]string{},
		goTypeNoted: map[string]bool{},
		overrides:   map[string]ir.Ident{},
		checked:     make(map[string]bool, doc.Schemas),
		mergedCache: map[string]*document.Schema{},
		wantsCache:  make(map[*document.Schema]bool, doc.Schemas),
		values:      map[string]*ir.ValueSchema{},
		roots:       map[string]bool{},
		variants:    map[*ir.Operation][]string{},
		paths:       map[*ir.Operation][]routeSeg{},
		pathPrefix:  map[*ir.Param]string{},
		api: &ir.API{
			Title: doc.Title, Version: doc.Version, Description: doc.Description,
			BasePath: doc.BasePath,
		},
	}
	l.anchors = dynamicAnchors(doc)
	for _, w := range doc.Warnings {
		l.noteAs(ir.NoteSpecWarning, w.Source, "%s", w.Msg)
	}
	for _, d := range doc.DanglingRefs {
		l.degrade(ir.NoteDanglingRef, d.Source, "%s", d.Msg)
	}
	if err := l.indexOverrides(doc); err != nil {
		return nil, err
	}
	for _, n := range doc.Named {
		if n.Root {
			l.roots[n.Schema.Key] = true
		}
	}
	l.nameDefinitions(doc.Named)
	for _, n := range l.sortedNamed(doc.Named) {
		if _, ok := l.overrides[n.Schema.Key]; ok {
			continue
		}
		l.declFor(n.Schema, "")
	}
	l.securitySchemes(doc)
	l.operations(doc)
	l.errorModel(doc)
	if m := l.api.ErrorModel; m != nil && m.MediaType == "" {
		m.MediaType = defaultErrorMediaType
	}
	l.nameEnumConstants()
	if len(l.errs) > 0 {
		return nil, l.errs
	}
	l.breakCycles()
	l.bodyPointers()
	l.paramPointers()
	l.api.Decls = make([]*ir.Decl, 0, len(l.decls))
	for _, d := range l.decls {
		l.api.Decls = append(l.api.Decls, d)
	}
	sortDecls(l.api.Decls)
	l.markAnyKindVariants()
	l.elemPointers()
	l.decodeNames()
	sort.Slice(l.api.ValueSchemas, func(i, j int) bool { return l.api.ValueSchemas[i].Name < l.api.ValueSchemas[j].Name })
	if l.schemaOnly && !l.cfg.NoShare {
		// Only JSON Schema documents share: an API's operations name their
		// inline bodies and responses after themselves, and a client
		// method returning EveryLocalRequest would read wrong.
		shareEqual(l.api)
	}
	sort.Slice(l.api.ValueSchemas, func(i, j int) bool { return l.api.ValueSchemas[i].Name < l.api.ValueSchemas[j].Name })
	l.namePatterns()
	l.api.Patterns = l.patternList()
	return l.api, nil
}

// lowerer is the state of one Lower call.
type lowerer struct {
	cfg Config
	// schemaOnly says the inputs are JSON Schema files alone, whose
	// documents null is a value in (see ir.Field.NullRejected).
	schemaOnly bool
	api        *ir.API
	scope      *naming.Scope
	// schemes holds every security scheme an operation may name, by its
	// name in the spec: the declared ones and, for a name declared nowhere
	// (or whose $ref was not read), one the generated code cannot check.
	schemes map[string]*ir.SecurityScheme
	// notedUnmeetable are the requirements (file#pointer) already noted as
	// never met (noteBasicWithBearer).
	notedUnmeetable map[string]bool
	// schemeScope holds the schemes' Go names.
	schemeScope *naming.Scope
	// decls holds every declaration made, by schema Key.
	decls map[string]*ir.Decl
	// names holds the Go name chosen for each named schema, by Key.
	names map[string]string
	// specNames holds the spec's name for each named schema, by Key.
	specNames map[string]string
	// goTypeNoted holds the schemas whose x-go-type was noted as not
	// used, so that each is noted once.
	goTypeNoted map[string]bool
	// overrides maps schema Keys to the Go types that replace them.
	overrides map[string]ir.Ident
	// checked holds the Keys whose keywords have been reported on.
	checked map[string]bool
	// mergedCache holds the allOf merges made, by Key.
	mergedCache map[string]*document.Schema
	// wantsCache holds wantsValue's answers, by schema.
	wantsCache map[*document.Schema]bool
	// values holds the run-time checks made (see valueSchema), by Key, and
	// valueNames the names of their functions.
	values     map[string]*ir.ValueSchema
	valueNames *naming.Scope
	// anchors holds the dynamic anchors of each schema resource, by its
	// Key (see dynamic.go).
	anchors map[string]map[string]*document.Schema
	// roots holds the Keys of the roots of standalone schema files.
	roots map[string]bool
	// pendingEnums are the enums whose constants nameEnumConstants names
	// once every type is named.
	pendingEnums []pendingEnum
	// variants holds the names claimed for the response types of each
	// operation that has a result type, in response order.
	variants map[*ir.Operation][]string
	// paths holds each operation's path segments, for grouping routes.
	paths map[*ir.Operation][]routeSeg
	// pathPrefix holds the literal text before a label (".") or matrix
	// (";id=") path parameter, which route() puts in the path.
	pathPrefix map[*ir.Param]string
	// patterns holds how each pattern is matched (checkPattern), by its
	// text.
	patterns map[string]*lowPattern
	errs     document.Errors
}

// noteAs records a non-fatal diagnostic of the given kind.
func (l *lowerer) noteAs(kind ir.NoteKind, src ir.Source, format string, a ...any) {
	l.api.Notes = append(l.api.Notes, ir.Note{Source: src, Kind: kind, Message: fmt.Sprintf(format, a...)})
}

// degrade records that something is generated as the nearest faithful Go
// rather than exactly: a note of the given kind, or under -strict an
// error, for CI that wants every construct typed exactly. The caller
// generates the degraded form either way (an error stops the run before
// emitting).
func (l *lowerer) degrade(kind ir.NoteKind, src ir.Source, format string, a ...any) {
	msg := fmt.Sprintf(format, a...)
	if l.cfg.Strict {
		l.errs = append(l.errs, &document.Error{Source: src, Msg: fmt.Sprintf("%s [%s, an error under -strict]", msg, kind)})
		return
	}
	l.api.Notes = append(l.api.Notes, ir.Note{Source: src, Kind: kind, Degraded: true, Message: msg})
}

// fail records an error; lowering goes on to report every error at once.
// construct names what is unsupported, for errors of that kind.
func (l *lowerer) fail(src ir.Source, construct, format string, a ...any) {
	l.errs = append(l.errs, &document.Error{Source: src, Construct: construct, Msg: fmt.Sprintf(format, a...)})
}

// indexOverrides finds the schemas each override names.
func (l *lowerer) indexOverrides(doc *document.Document) error {
	for _, o := range l.cfg.Overrides {
		found := false
		for _, n := range doc.Named {
			if n.Name == o.Schema || n.Schema.Source.Pointer == o.Schema || n.Schema.Key == o.Schema {
				l.overrides[n.Schema.Key] = o.Type
				found = true
			}
		}
		if !found && !l.cfg.LenientOverrides {
			return fmt.Errorf("type override %q: no schema of that name (named schemas are the keys of components/schemas, $defs and definitions)", o.Schema)
		}
	}
	return nil
}

// sortedNamed returns the named schemas in the order their declarations
// are made: by Go name, so that the spec's order does not matter.
func (l *lowerer) sortedNamed(named []*document.Property) []*document.Property {
	out := append([]*document.Property(nil), named...)
	sort.SliceStable(out, func(i, j int) bool {
		// A base whose variants inherit it (load/inherit.go) first: a
		// variant lowered before its base, and reaching the base through
		// a property (siblings: [Fish] in Shark), would meet its own
		// declaration half made, which the union cannot tell from a
		// type that is no struct, and wrap it.
		if bi, bj := isInheritBase(out[i].Schema), isInheritBase(out[j].Schema); bi != bj {
			return bi
		}
		return l.names[out[i].Schema.Key] < l.names[out[j].Schema.Key]
	})
	return out
}

// nameDefinitions claims a Go name for every named schema before anything
// else is named, so that inline schemas never take a definition's name.
// Definitions are claimed in order of their preferred Go name; of two
// schemas that want the same name, the one whose qualifier the spec uses
// most ("codersdk" in Coder's API) gets it, then the one whose spec name
// sorts first. The result does not depend on document order.
func (l *lowerer) nameDefinitions(named []*document.Property) {
	type cand struct {
		p    *document.Property
		want string
		freq int
	}
	qualifiers := map[string]int{}
	for _, p := range named {
		qualifiers[qualifier(p.Name)]++
	}
	var cands []cand
	seen := map[string]bool{}
	for _, p := range named {
		if seen[p.Schema.Key] {
			continue
		}
		seen[p.Schema.Key] = true
		want := p.Schema.GoName
		if want == "" {
			want = naming.Exported(shortName(p.Name))
		}
		if want == "" {
			want = "Schema"
		}
		cands = append(cands, cand{p, want, qualifiers[qualifier(p.Name)]})
	}
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.want != b.want {
			return a.want < b.want
		}
		if a.freq != b.freq {
			return a.freq > b.freq
		}
		return a.p.Name < b.p.Name
	})
	for _, c := range cands {
		name := c.want
		if l.scope.Taken(name) {
			name = l.qualifiedName(c.p.Name, name)
		}
		got, _ := l.scope.Claim(name)
		if got != c.want {
			l.noteAs(ir.NoteRenamed, c.p.Schema.Source, "schema %q is named %s: %s is taken", c.p.Name, got, c.want)
		}
		l.names[c.p.Schema.Key] = got
		l.specNames[c.p.Schema.Key] = c.p.Name
	}
}

// qualifiedName names a schema whose short name is taken: the later of
// two schemas that want one name keeps as much of its qualifier as tells it
// apart, the shortest free suffix of its dotted name ("wsproxysdk.Region" →
// WsproxysdkRegion; "io.k8s.api.core.v1.Container" → V1Container, not
// IoK8sAPICoreV1Container), else its whole name.
func (l *lowerer) qualifiedName(specName, short string) string {
	segs := strings.Split(specName, ".")
	for k := 2; k < len(segs); k++ {
		if n := naming.Exported(strings.Join(segs[len(segs)-k:], ".")); n != "" && n != short && !l.scope.Taken(n) {
			return n
		}
	}
	if full := naming.Exported(specName); full != "" {
		return full
	}
	return short
}

// qualifier returns the Go-package-like prefix of a schema name
// ("codersdk" of "codersdk.Workspace"), or "".
func qualifier(name string) string {
	if i := strings.LastIndex(name, "."); i > 0 {
		return name[:i]
	}
	return ""
}

// shortName drops a Go-package-like qualifier from a schema name
// ("codersdk.WorkspaceBuild" → "WorkspaceBuild", "uuid.NullUUID" →
// "NullUUID"), as swaggo-generated specs qualify every name that way.
func shortName(name string) string {
	if i := strings.LastIndex(name, "."); i >= 0 && i < len(name)-1 {
		return name[i+1:]
	}
	return name
}

// sortDecls orders declarations by name. slices.SortFunc runs the same
// pattern-defeating quicksort as sort.Slice (both are generated from one
// template, so equal names, which a scope never gives, would land alike)
// without swapping through reflection.
func sortDecls(ds []*ir.Decl) {
	slices.SortFunc(ds, func(a, b *ir.Decl) int { return strings.Compare(a.Name, b.Name) })
}
