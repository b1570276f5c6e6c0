package load

import (
	"maps"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/specgen/specgen/generator/loc"
)

// Real API descriptions carry defects that the tools their authors use
// (Redocly, Swagger UI, oapi-codegen…) pass over. specgen reads them the
// way those tools do, and says so: each tolerated defect is a located
// warning that names the change to the spec that would remove it. What is
// tolerated here is what has one plain reading; a document broken beyond
// that (malformed, or a schema that is generated pointing at nothing) is
// still an error.

// readExtensions are the specification extensions specgen reads; the
// $refs inside them are followed like any other. Every other "x-" member
// is the business of some other tool: its content is not resolved,
// validated or repaired (a $ref to a Markdown file of code samples that is
// not there must not stop generation).
var readExtensions = map[string]bool{"x-websocket-follow": true}

// foreignExtension reports whether key k is a specification extension
// specgen does not read.
func foreignExtension(k string) bool {
	return strings.HasPrefix(k, "x-") && !readExtensions[k]
}

// namedMaps are the keys whose value maps names (of properties, schemas,
// paths, status codes, media types…) to objects: a member "description"
// there is a name, not the keyword.
var namedMaps = map[string]bool{
	"properties": true, "patternProperties": true, "$defs": true, "definitions": true,
	"dependentSchemas": true, "dependencies": true, "schemas": true, "parameters": true,
	"responses": true, "headers": true, "examples": true, "links": true, "callbacks": true,
	"requestBodies": true, "securitySchemes": true, "securityDefinitions": true, "paths": true,
	"content": true, "encoding": true, "variables": true, "scopes": true, "mapping": true,
	"webhooks": true, "pathItems": true,
}

// textKeywords are the keywords whose value is text in every object that
// has them (operationId is a name, but as plainly a string).
var textKeywords = []string{"description", "summary", "operationId"}

// prepare mends, in f as read, what the tools of the ecosystem tolerate
// and the libraries specgen builds on reject, before any $ref in f is
// followed: a components map given as one $ref to a file holding it, and
// text keywords holding something other than text. It reports each as a
// warning.
func (fs *fileSet) prepare(f *File) {
	for _, line := range f.tabComments {
		fs.warn(loc.Source{File: f.Path, Line: line, Column: 1}, "a comment indented with tabs, which YAML readers refuse: read as a comment (indent it with spaces)")
	}
	f.tabComments = nil
	for _, line := range f.slashEscapes {
		fs.warn(loc.Source{File: f.Path, Line: line, Column: 1}, `a double-quoted scalar escapes "/" as "\/", which YAML 1.2 allows and yaml.v3 refuses: read as "/" (write "/")`)
	}
	f.slashEscapes = nil
	for _, line := range f.flowKeys {
		fs.warn(loc.Source{File: f.Path, Line: line, Column: 1}, `a plain key inside a flow collection is followed by its value with no space after the colon ("key:[ ]"), which YAML allows only after a quoted key and yaml.v3 refuses: read as "key: [ ]" (write the space)`)
	}
	f.flowKeys = nil
	fs.expandMapRefs(f)
	dropNonText(f, f.root, f.Value, rootPath(), "", !isOpenAPIDoc(f) && !isOpenAPIFragment(f), fs.readText, fs.warn)
	mendStringSchemaRefs(f, f.root, f.Value, rootPath(), false, false, fs.warn)
	if f == fs.root || !fs.swagger {
		mendSchemaResponseRefs(f, fs.swagger && f == fs.root, func(path string) any { return fs.relativeValue(f, path) }, fs.warn)
	}
	dropNullDefinitions(f, fs.warn)
	if !fs.swagger {
		wrapExamples(f, f.root, f.Value, rootPath(), "", false, fs.warn)
		mendCrossKindRefs(f, fs.warn)
	} else if f != fs.root && additionalPropertiesForms(f.Value, "", true) {
		// The other files of a split Swagger 2.0 document are read by
		// kin-openapi's loader as OpenAPI 3, not converted, as schemas
		// below additionalProperties are (OpenZiti's edge API: a
		// discriminator in a definitions file stopped the document).
		f.changed = true
	}
}

// exampleKeys are the members of an Example object.
var exampleKeys = []string{"value", "externalValue", "$ref", "summary", "description", "dataValue", "serializedValue"}

// wrapExamples reads the entries of an OpenAPI 3 examples map that are
// bare values (`examples: {one: 42}`, as Swagger 2.0's examples are
// written) as Example objects holding them: {value: 42}. kin-openapi's
// decoder rejects them; examples generate nothing, so only the warning
// says so. names says v maps names to objects (see isData): a property
// named "examples" is a schema, not an examples map.
func wrapExamples(f *File, n *node, v any, ptr tokenPath, parentKey string, names bool, warn func(loc.Source, string, ...any)) {
	if n == nil {
		return
	}
	switch x := v.(type) {
	case map[string]any:
		if parentKey == "examples" {
			if n := len(ptr); n >= 3 && atSchemaPlace(ptr[n-2], ptr[n-3]) {
				return // a schema's: mendSchemaExamplesMap reads it as a list
			}
			for _, k := range slices.Sorted(maps.Keys(x)) {
				if isExampleObject(x[k]) {
					continue
				}
				x[k] = map[string]any{"value": x[k]}
				f.changed = true
				warn(f.Source(ptr.with(k).String()), "example %q is a bare value, not an Example object: read as {value: ...} (write it so)", k)
			}
			return
		}
		for i, k := range n.keys {
			if isData(k, names) || (!names && foreignExtension(k)) || i >= len(n.kids) {
				continue
			}
			key := k
			if names {
				key = ""
			}
			wrapExamples(f, n.kids[i], x[k], ptr.with(k), key, namesAt(k, names), warn)
		}
	case []any:
		for i, e := range x {
			if i < len(n.kids) && parentKey != "examples" {
				wrapExamples(f, n.kids[i], e, ptr.with(strconv.Itoa(i)), "", false, warn)
			}
		}
	}
}

// isExampleObject reports whether v is an Example object (or a $ref to
// one).
func isExampleObject(v any) bool {
	m, ok := v.(map[string]any)
	if !ok {
		return false
	}
	for _, k := range exampleKeys {
		if _, ok := m[k]; ok {
			return true
		}
	}
	return len(m) == 0 || hasExtensionsOnly(m)
}

// hasExtensionsOnly reports whether every member of m is an extension.
func hasExtensionsOnly(m map[string]any) bool {
	for k := range m {
		if !strings.HasPrefix(k, "x-") {
			return false
		}
	}
	return true
}

// dropNonText mends the text keywords (description, summary, operationId)
// of the objects below v whose value is not a string: most often a $ref to
// a Markdown file, which Redocly inlines when it bundles and OpenAPI does
// not allow. A $ref to text (a file that is not YAML or JSON, or a string
// in one) is read as that text; anything else is left out, as the
// schema compiler's metaschema and kin-openapi's decoder both reject it
// and it is documentation (an operation without operationId is named from
// its path). parentKey is the key v is the value of. In a JSON Schema file
// (schemaFile) only the objects at a schema's place have keywords: one
// below a member that is no keyword is data, which a $ref may still
// reach (lerna's schema keeps its options as $defs/commandOptions/create/
// description, a schema the root refers to by that pointer).
func dropNonText(f *File, n *node, v any, ptr tokenPath, parentKey string, schemaFile bool, text func(f *File, ref string) (string, bool), warn func(loc.Source, string, ...any)) {
	if n == nil {
		return
	}
	switch x := v.(type) {
	case map[string]any:
		if !namedMaps[parentKey] && (!schemaFile || keywordPath(ptr)) {
			for _, k := range textKeywords {
				e, ok := x[k]
				if _, isText := e.(string); !ok || e == nil || isText {
					continue
				}
				f.changed = true
				if m, ok := e.(map[string]any); ok {
					if ref, ok := m["$ref"].(string); ok {
						if t, ok := text(f, ref); ok {
							x[k] = t
							warn(f.Source(ptr.with(k).String()), "%s is a $ref to %s: read as its text (write the text itself in the spec; OpenAPI allows no $ref there)", k, ref)
							continue
						}
					}
				}
				delete(x, k)
				warn(f.Source(ptr.with(k).String()), "%s is %s, not text: ignored (write the text itself in the spec%s)", k, describeValue(e), refNote(e))
			}
		}
		for i, k := range n.keys {
			if skipRefKeys[k] || foreignExtension(k) || i >= len(n.kids) {
				continue
			}
			dropNonText(f, n.kids[i], x[k], ptr.with(k), k, schemaFile, text, warn)
		}
	case []any:
		if parentKey == "examples" {
			return // data
		}
		for i, e := range x {
			if i < len(n.kids) {
				dropNonText(f, n.kids[i], e, ptr.with(strconv.Itoa(i)), "", schemaFile, text, warn)
			}
		}
	}
}

// readText returns the text a $ref written in f names: a string in a YAML
// or JSON file, or the whole of any other local file (Markdown).
func (fs *fileSet) readText(f *File, ref string) (string, bool) {
	target, frag, err := resolveRef(f.URL, ref)
	if err != nil {
		return "", false
	}
	path, err := localPath(target)
	if err != nil {
		return "", false
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".yaml", ".yml", ".json":
		tf, err := fs.readURL(target)
		if err != nil {
			return "", false
		}
		s, ok := rawAt(tf, "#"+frag).(string)
		return s, ok
	}
	if frag != "" {
		return "", false
	}
	b, err := os.ReadFile(path)
	return string(b), err == nil
}

// refNote adds, for a $ref where text belongs, why it is not followed.
func refNote(v any) string {
	if m, ok := v.(map[string]any); ok {
		if _, ok := m["$ref"]; ok {
			return "; OpenAPI allows no $ref there, and bundlers that inline Markdown do so before other tools read it"
		}
	}
	return ""
}

// describeValue names what a value is, for messages: "a $ref to ./intro.md"
// or its JSON type.
func describeValue(v any) string {
	if m, ok := v.(map[string]any); ok {
		if ref, ok := m["$ref"].(string); ok {
			return "a $ref to " + ref
		}
	}
	switch kind := jsonKindOf(v); kind {
	case "object", "array":
		return "an " + kind
	case "":
		return "not a string"
	default:
		return "a " + kind
	}
}

// extensionRefs reports the $refs inside a specification extension specgen
// does not read (ext, at ptr) that point at nothing, without following
// them: a warning, since the extension is some other tool's business.
func (fs *fileSet) extensionRefs(f *File, v any, ptr, base, ext string) {
	switch x := v.(type) {
	case map[string]any:
		if ref, ok := x["$ref"].(string); ok && !fs.resolvesShallow(base, ref) {
			fs.warn(f.Source(child(ptr, "$ref")), "$ref %q inside %s points at nothing: not followed, as specgen does not read %s (point it at what exists, or remove it)", ref, ext, ext)
		}
		for _, k := range slices.Sorted(maps.Keys(x)) {
			fs.extensionRefs(f, x[k], child(ptr, k), base, ext)
		}
	case []any:
		for i, e := range x {
			fs.extensionRefs(f, e, child(ptr, strconv.Itoa(i)), base, ext)
		}
	}
}

// resolvesShallow reports whether ref (against base) names something that
// exists, reading no file: a place in a file already read, a schema's $id,
// a local file that is there, or a remote URL (not ours to fetch).
func (fs *fileSet) resolvesShallow(base, ref string) bool {
	target, frag, err := resolveRef(base, ref)
	if err != nil {
		return false
	}
	if tf, ok := fs.known(target); ok {
		return !strings.HasPrefix(frag, "/") || rawAt(tf, "#"+frag) != nil
	}
	if _, ok := fs.embeddedAt(target); ok {
		return true
	}
	path, err := localPath(target)
	if err != nil {
		return true
	}
	_, err = os.Stat(path)
	return err == nil
}

// againstDocument reads a fragment-only $ref that names nothing against the
// $id of the schema around it (base) against the document instead, when
// the document has what it names. OpenAPI 3.1 lets any schema declare an
// $id, and JSON Schema resolves "#/components/schemas/Tag" inside it
// against that $id, where there is no components; its author meant the
// document, and Redocly, Swagger UI and most generators read it so. It
// returns the ref rewritten as an absolute one into f (which kinView gives
// kin-openapi back as written).
func (fs *fileSet) againstDocument(f *File, base, at, ref string) (string, bool) {
	if base == f.URL || !strings.HasPrefix(ref, "#/") {
		return "", false
	}
	target, frag, err := resolveRef(base, ref)
	if err != nil {
		return "", false
	}
	if e, ok := fs.embeddedAt(target); ok && rawAt(e.file, join(e.ptr, frag)) != nil {
		return "", false // it resolves as written
	}
	if tf, ok := fs.known(target); ok && rawAt(tf, "#"+frag) != nil {
		return "", false
	}
	if rawAt(f, "#"+frag) == nil {
		return "", false // nowhere: checkRef reports it
	}
	fs.warn(f.Source(at), "$ref %q names nothing in the schema whose $id is %s, against which JSON Schema resolves it: read against the document, as meant (drop the $id, or refer to the target by an $id of its own)", ref, base)
	return f.URL + ref, true
}

// againstRoot reads a fragment-only $ref (or discriminator mapping) written
// in a file of a split document that names nothing in that file, but does
// in the document the user gave (`#/components/schemas/Pet` in
// schemas/owner.yaml): its author wrote it for the bundled document, where
// every file's content ends up, and bundlers leave it as written. It
// returns the place it names there, as an absolute ref, following the
// $refs that place is only (a component that is a $ref to its own file).
func (fs *fileSet) againstRoot(f *File, ref string) (string, bool) {
	root := fs.root
	if root == nil || f == root || !strings.HasPrefix(ref, "#/") || rawAt(f, ref) != nil || rawAt(root, ref) == nil {
		return "", false
	}
	tf, frag := root, ref
	for hops := 0; hops < 8; hops++ {
		m, ok := rawAt(tf, frag).(map[string]any)
		next, isRef := m["$ref"].(string)
		if !ok || !isRef || !onlyRef(m) {
			break
		}
		target, nextFrag, err := resolveRef(tf.URL, next)
		if err != nil {
			break
		}
		nf, err := fs.readURL(target)
		if err != nil || rawAt(nf, "#"+nextFrag) == nil {
			break
		}
		tf, frag = nf, "#"+nextFrag
	}
	return tf.URL + "#" + escapeFragment(frag), true
}

// mappingAgainstRoot mends the discriminator mapping of schema x (at ptr
// in f) as againstRoot reads its values.
func (fs *fileSet) mappingAgainstRoot(f *File, x map[string]any, ptr string) {
	d, _ := x["discriminator"].(map[string]any)
	mapping, _ := d["mapping"].(map[string]any)
	for _, k := range slices.Sorted(maps.Keys(mapping)) {
		ref, _ := mapping[k].(string)
		if meant, ok := fs.againstRoot(f, ref); ok {
			mapping[k] = meant
			f.changed = true
			fs.warn(f.Source(child(ptr, "discriminator", "mapping", k)), "%q names nothing in %s: read against %s, the document it is part of (refs resolve against the file they are in: write the path of the file it names)", ref, f.Path, fs.root.Path)
		}
	}
}

// slashBeforeFragment reads a $ref whose file part ends in a slash before
// its fragment (`./current-api-session.yml/#/responses/detail`, OpenZiti's
// edge API) as the file without it, where that names a file: a slash
// makes it a folder's URL, which nothing can read, and go-swagger, which
// such documents are written for, drops it. Only a remote ref or one whose
// file without the slash is not there is left to checkRef to report.
func (fs *fileSet) slashBeforeFragment(f *File, base, at, ref string) (string, bool) {
	file, frag, hasFrag := strings.Cut(ref, "#")
	trimmed := strings.TrimRight(file, "/")
	if trimmed == file || trimmed == "" || strings.HasSuffix(trimmed, "/.") || strings.HasSuffix(trimmed, "..") {
		return "", false
	}
	target, _, err := resolveRef(base, trimmed)
	if err != nil {
		return "", false
	}
	u, err := url.Parse(target)
	if err != nil || u.Scheme != "file" {
		return "", false
	}
	if _, err := fs.readPath(fs.rel(filepath.FromSlash(u.Path))); err != nil {
		return "", false
	}
	meant := trimmed
	if hasFrag {
		meant += "#" + frag
	}
	fs.warn(f.Source(at), "$ref %q names a folder (its file part ends in a slash): read as %q, the file it names without the slash (write that)", ref, meant)
	return meant, true
}

// relativeValue returns the decoded file that path, a $ref's file part
// written in f, names; nil when it is not a local file that reads.
func (fs *fileSet) relativeValue(f *File, path string) any {
	target, _, err := resolveRef(f.URL, path)
	if err != nil {
		return nil
	}
	if tf, ok := fs.localFile(target); ok {
		return tf.Value
	}
	return nil
}

// localFile returns the file at target, a URL: one read already, else a
// local file read now; false when it is remote or does not read (the
// $ref's check reports that).
func (fs *fileSet) localFile(target string) (*File, bool) {
	if tf, ok := fs.known(target); ok {
		return tf, true
	}
	u, err := url.Parse(target)
	if err != nil || u.Scheme != "file" {
		return nil, false
	}
	tf, err := fs.readPath(fs.rel(filepath.FromSlash(u.Path)))
	return tf, err == nil
}
