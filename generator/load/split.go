package load

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
)

// The schema compiler (jsonschema v5) keeps one table of the subschemas it
// found in each document, and for each schema asked for at a place that is
// no schema keyword's (components/schemas/Pet, an operation's body schema:
// everywhere in an OpenAPI document) it walks that whole table. Compiled
// from the OpenAPI document itself, the schemas of an API cost time
// quadratic in their number: a 10 MB spec spent 18 of its 24 s there.
//
// So each schema root of an OpenAPI document (a component schema, or any
// other schema compiled or referred to on its own) is served to the
// compiler as a document of its own, at a URL of its own, with its $refs
// rewritten to the absolute URLs of the roots they lead into. Each table
// stays as small as one root; locate maps the locations back, so names,
// keys and error positions do not change.

// splitMarker separates a document's URL from the number of one of its
// served roots: file:///api.yaml/~specgen-root/3.
const splitMarker = "/~specgen-root/"

// splitFor returns the URL the compiler should compile the schema at ptr of
// f by: its root's URL and the rest of ptr as the fragment. ok is false when
// f is not an OpenAPI document, or when the root holds an $id or an anchor
// (which are resolved against the document: those are compiled from it).
func (fs *fileSet) splitFor(f *File, ptr string) (string, bool) {
	if !isOpenAPIDoc(f) && !isOpenAPIFragment(f) {
		return "", false
	}
	ptr = normPointer(ptr)
	root, rest := splitRootOf(ptr)
	if root == "" {
		return "", false
	}
	fs.mu.Lock()
	defer fs.mu.Unlock()
	key := f.URL + root
	n, ok := fs.splitIndex[key]
	if !ok {
		sub := rawAt(f, root)
		if !isSchemaValue(sub) || declaresBase(sub) {
			return "", false
		}
		n = len(fs.splits)
		fs.splits = append(fs.splits, schemaRoot{file: f, ptr: root})
		fs.splitIndex[key] = n
	}
	return f.URL + splitMarker + strconv.Itoa(n) + "#" + escapeFragment(rest), true
}

// splitRootOf returns the root a schema at ptr is served in: the component
// schema it lies in, else the schema itself; and ptr relative to it.
func splitRootOf(ptr string) (root, rest string) {
	toks := pointerTokens(ptr)
	if len(toks) == 0 {
		return "", ""
	}
	if len(toks) >= 3 && toks[0] == "components" && toks[1] == "schemas" {
		if !keywordPath(toks[3:]) {
			// Below a member that is no keyword (Pi-hole groups schemas
			// as components/schemas/domains/get): the root writer would
			// leave the $refs there as they are, relative to the root's
			// URL, so the schema is a root of its own.
			return child("#", toks...), "#"
		}
		root = child("#", toks[:3]...)
		return root, child("#", toks[3:]...)
	}
	if len(toks) == 2 && toks[0] == "components" {
		return "", "" // a section of components, no schema
	}
	return ptr, "#"
}

// keywordPath reports whether toks, a pointer below a schema, leads to a
// subschema through keywords only (properties/name, allOf/0, items…), the
// places whose $refs the root writer rewrites.
func keywordPath(toks []string) bool {
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch {
		case t == "items" || schemaMembers[t]:
			if t == "items" && i+1 < len(toks) {
				if _, err := strconv.Atoi(toks[i+1]); err == nil {
					i++ // draft 4's tuple
				}
			}
		case schemaMaps[t] || t == "dependencies" || schemaLists[t]:
			if i+1 == len(toks) {
				return false // the map or list itself is no schema
			}
			i++
		default:
			return false
		}
	}
	return true
}

// splitAt returns the root served at u, a URL splitFor made.
func (fs *fileSet) splitAt(u string) (schemaRoot, bool) {
	i := strings.LastIndex(u, splitMarker)
	if i < 0 {
		return schemaRoot{}, false
	}
	n, err := strconv.Atoi(u[i+len(splitMarker):])
	if err != nil {
		return schemaRoot{}, false
	}
	fs.mu.Lock()
	defer fs.mu.Unlock()
	if n < 0 || n >= len(fs.splits) || fs.splits[n].file.URL != u[:i] {
		return schemaRoot{}, false
	}
	return fs.splits[n], true
}

// absoluteRef resolves ref, written in f, to the URL the compiler should
// follow: into a served root when it leads into an OpenAPI document, else
// the target itself.
func (fs *fileSet) absoluteRef(f *File, ref string) string {
	target, frag, err := resolveRef(f.URL, ref)
	if err != nil {
		return ref // the compiler reports it
	}
	if frag == "" || strings.HasPrefix(frag, "/") {
		if tf, ok := fs.known(target); ok {
			if u, ok := fs.splitFor(tf, "#"+frag); ok {
				return u
			}
		}
		return target + "#" + escapeFragment("#"+frag)
	}
	return target + "#" + url.PathEscape(frag) // an anchor
}

// escapeFragment writes a JSON pointer as a URL fragment (without "#"):
// each token percent-encoded, as the compiler decodes them.
func escapeFragment(ptr string) string {
	toks := pointerTokens(ptr)
	if len(toks) == 0 {
		return ""
	}
	var b strings.Builder
	for _, t := range toks {
		b.WriteByte('/')
		b.WriteString(url.PathEscape(strings.ReplaceAll(strings.ReplaceAll(t, "~", "~0"), "/", "~1")))
	}
	return b.String()
}

// isOpenAPIDoc reports whether f is an OpenAPI or Swagger document (whose
// schemas sit at places no schema keyword names).
func isOpenAPIDoc(f *File) bool {
	m, _ := f.Value.(map[string]any)
	_, oas := m["openapi"]
	_, sw := m["swagger"]
	return oas || sw
}

// openAPIObjectKeys are members that OpenAPI objects have (a parameter, a
// response or a request body, a path item, an operation) and no schema.
var openAPIObjectKeys = []string{"in", "content", "get", "put", "post", "delete", "patch", "options", "head", "requestBody", "responses", "operationId"}

// isOpenAPIFragment reports whether f is a part of a split OpenAPI
// document that is no schema: a file holding one parameter, response, path
// item… Its schemas are served as roots of their own too: compiled from
// the file itself, the compiler would hold the whole file to a schema's
// metaschema (a parameter's `required: true` is no schema's required).
func isOpenAPIFragment(f *File) bool {
	m, ok := f.Value.(map[string]any)
	if !ok {
		return false
	}
	if _, ok := m["$schema"]; ok {
		return false
	}
	for _, k := range openAPIObjectKeys {
		if _, ok := m[k]; ok {
			return true
		}
	}
	return namesParts(m)
}

// namesParts reports whether the top level of a file is a map of named
// parts rather than a schema: a member named like a keyword whose value is
// never an object holds one (Algolia's common/parameters.yml names a schema
// "id", which draft 4 reads as the file's id and the compiler refused as
// not a string). Such a file is only ever entered by a JSON pointer to one
// of its parts, each of which is served as a root of its own.
func namesParts(m map[string]any) bool {
	for _, k := range scalarKeywords {
		if _, ok := m[k].(map[string]any); ok {
			return true
		}
	}
	return false
}

// scalarKeywords are JSON Schema keywords (of any draft) whose value is a
// string, a number, a boolean or a list, never an object. (Not
// "examples": no keyword of draft 4 and OpenAPI 3.0, whose schemas may
// hold an object there.)
var scalarKeywords = []string{
	"$schema", "$id", "id", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor", "$comment",
	"type", "title", "description", "format", "pattern", "enum", "required",
	"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
	"minLength", "maxLength", "minItems", "maxItems", "uniqueItems",
	"minProperties", "maxProperties", "readOnly", "writeOnly", "deprecated",
	"contentEncoding", "contentMediaType",
}

// isSchemaValue reports whether v can be a schema: an object or a boolean.
func isSchemaValue(v any) bool {
	switch v.(type) {
	case map[string]any, bool:
		return true
	}
	return false
}

// declaresBase reports whether a schema below v declares an $id or an
// anchor, which are resolved against the document around it.
func declaresBase(v any) bool {
	switch x := v.(type) {
	case map[string]any:
		for _, k := range []string{"$id", "id", "$anchor", "$dynamicAnchor"} {
			if _, ok := x[k].(string); ok {
				return true // (a property named "id" is an object)
			}
		}
		if b, ok := x["$recursiveAnchor"].(bool); ok && b {
			return true
		}
		for k, e := range x {
			if !skipRefKeys[k] && !foreignExtension(k) && declaresBase(e) {
				return true
			}
		}
	case []any:
		for _, e := range x {
			if declaresBase(e) {
				return true
			}
		}
	}
	return false
}

// splitURLs finds the URLs of split roots (with their fragments) in the
// compiler's messages.
var splitURLs = regexp.MustCompile(`[a-z]+://[^\s'"#]*` + regexp.QuoteMeta(splitMarker) + `[0-9]+(#[^\s'",]*)?`)

// unsplit rewrites the URLs of split roots in msg as the places in their
// documents they stand for.
func (fs *fileSet) unsplit(msg string) string {
	return splitURLs.ReplaceAllStringFunc(msg, func(u string) string {
		base, frag, _ := strings.Cut(u, "#")
		r, ok := fs.splitAt(base)
		if !ok {
			return u
		}
		return r.file.URL + join(r.ptr, frag)
	})
}
