package load

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/specgen/specgen/generator/document"
)

// expandMapRefs reads a map of named objects given as one $ref to a file
// that holds the whole map (split specs write `components: {schemas: {$ref:
// ./schemas/_index.yaml}}` or `content: {$ref: responses/pet.yml}`, which
// Redocly and Swagger UI accept and OpenAPI does not: a $ref stands for
// one object, not for a map of them), or as the bare path of that file, as
// that map, each entry a $ref to its place in the file. Refs inside the
// file then resolve against the file, as its author meant, and every entry
// keeps its name. A target that is not there is left for checkRefs to
// report.
func (fs *fileSet) expandMapRefs(f *File) {
	var walk func(n *node, v any, ptr tokenPath, parentKey string)
	walk = func(n *node, v any, ptr tokenPath, parentKey string) {
		if n == nil {
			return
		}
		switch x := v.(type) {
		case map[string]any:
			for i, k := range n.keys {
				if skipRefKeys[k] || foreignExtension(k) || i >= len(n.kids) {
					continue
				}
				if namedMaps[k] && !namedMaps[parentKey] && fs.expandMapRef(f, x, k, ptr.with(k)) {
					continue
				}
				walk(n.kids[i], x[k], ptr.with(k), k)
			}
		case []any:
			for i, e := range x {
				if i < len(n.kids) && parentKey != "examples" {
					walk(n.kids[i], e, ptr.with(strconv.Itoa(i)), "")
				}
			}
		}
	}
	walk(f.root, f.Value, rootPath(), "")
}

// expandMapRef expands the map at key k of x (at path) when it is given as
// a $ref or a path (see expandMapRefs) to an object, and reports whether
// it did.
func (fs *fileSet) expandMapRef(f *File, x map[string]any, k string, path tokenPath) bool {
	// The pointer is made only for a map given as a $ref or a path: every
	// properties of a schema file is asked about.
	var ref, at, ptr string
	switch m := x[k].(type) {
	case map[string]any:
		r, ok := m["$ref"].(string)
		if !ok || !onlyRef(m) {
			return false
		}
		ptr = path.String()
		ref, at = r, child(ptr, "$ref")
	case string:
		if !looksLikeRef(m) {
			return false
		}
		ptr = path.String()
		ref, at = m, ptr
	default:
		return false
	}
	target, frag, err := resolveRef(f.URL, ref)
	if err != nil || frag != "" && !strings.HasPrefix(frag, "/") {
		return false
	}
	tf := f
	if target != f.URL {
		if tf, err = fs.readURL(target); err != nil {
			return false
		}
	}
	entries, ok := rawAt(tf, "#"+frag).(map[string]any)
	if !ok {
		return false
	}
	for _, e := range entries {
		if _, ok := e.(map[string]any); !ok {
			return false // one object (a request body…), not a map of them
		}
	}
	file, _, _ := strings.Cut(ref, "#")
	names := tf.Keys("#" + frag)
	expanded := make(map[string]any, len(names))
	refs := make([]string, len(names))
	for i, name := range names {
		if _, ok := entries[name]; !ok {
			continue
		}
		refs[i] = file + "#" + escapeFragment(child("#"+frag, name))
		expanded[name] = map[string]any{"$ref": refs[i]}
		if !refable[k] {
			// A media type or an encoding cannot be a $ref: the entry
			// itself, its refs made absolute (they were written
			// relative to the other file).
			expanded[name] = absoluteCopy(entries[name], tf.URL)
		}
	}
	src := f.Source(at)
	how := "a $ref"
	if at == ptr {
		how = "the path"
	}
	read := fmt.Sprintf("a $ref to each of its %d entries", len(names))
	if !refable[k] {
		read = fmt.Sprintf("its %d entries, copied here", len(names))
	}
	fs.warn(src, "%s is %s to the whole map in %s: read as %s (OpenAPI wants the map itself here; write it out, or bundle the document)",
		k, how, ref, read)
	x[k] = expanded
	replaceNode(f, ptr, refMapNode(names, refs, pos{src.Line, src.Column}))
	f.changed = true
	return true
}

// refable are the named maps whose entries may be $refs; a media type
// (content) or an encoding may not.
var refable = map[string]bool{
	"schemas": true, "responses": true, "parameters": true, "examples": true, "requestBodies": true,
	"headers": true, "securitySchemes": true, "links": true, "callbacks": true, "pathItems": true,
	"paths": true, "webhooks": true, "properties": true, "patternProperties": true, "definitions": true,
	"$defs": true, "dependentSchemas": true, "securityDefinitions": true,
}

// absoluteCopy copies v, written in the file at base, with each $ref
// resolved to an absolute URL, so that it reads the same anywhere.
func absoluteCopy(v any, base string) any {
	return rebasedCopy(v, base, "", false)
}

// looksLikeRef reports whether a string where an object belongs names a
// file or a place in one.
func looksLikeRef(s string) bool {
	base, _, _ := strings.Cut(s, "#")
	return strings.HasPrefix(s, "#/") || strings.HasSuffix(base, ".yaml") || strings.HasSuffix(base, ".yml") || strings.HasSuffix(base, ".json")
}

// onlyRef reports whether an object holds nothing but its $ref (and
// extensions or a description, which a $ref's siblings may be).
func onlyRef(m map[string]any) bool {
	for k := range m {
		if k != "$ref" && k != "description" && k != "summary" && !strings.HasPrefix(k, "x-") {
			return false
		}
	}
	return true
}

// readURL returns the file at a file:// URL, reading it if need be.
func (fs *fileSet) readURL(target string) (*File, error) {
	if tf, ok := fs.known(target); ok {
		return tf, nil
	}
	path, err := localPath(target)
	if err != nil {
		return nil, err
	}
	return fs.readPath(fs.rel(path))
}

// replaceNode puts n in f's position tree at ptr (whose parent is an
// object), so that Keys and Source see the map that replaced a $ref.
func replaceNode(f *File, ptr string, n *node) {
	toks := pointerTokens(ptr)
	parent, _ := f.lookup(child("#", toks[:len(toks)-1]...))
	if parent == nil || parent.kind != 'o' {
		return
	}
	for i, k := range parent.keys {
		if k == toks[len(toks)-1] && i < len(parent.kids) {
			parent.kids[i] = n
			return
		}
	}
}

// refMapNode is the position tree of a map from names to {$ref: ref}, every
// part of it placed at where the $ref it replaces was written.
func refMapNode(names, refs []string, at pos) *node {
	m := &node{kind: 'o', line: at.line, col: at.col}
	for i, name := range names {
		if refs[i] == "" {
			continue
		}
		entry := &node{kind: 'o', line: at.line, col: at.col, keys: []string{"$ref"}, keyPos: []pos{at},
			kids: []*node{{kind: 's', line: at.line, col: at.col}}}
		m.keys = append(m.keys, name)
		m.keyPos = append(m.keyPos, at)
		m.kids = append(m.kids, entry)
	}
	return m
}

// hoistRefTargets gives the name of each component schema of f that is
// only a $ref into another file (`Pet: {$ref: ./pet.yaml}`, the shape of
// split specs, and of every entry of a map expandMapRefs read) to the
// schema it refers to, when no other component names that schema: one
// type Pet, not an alias Pet of a type Pet2 named from the file. The
// component itself stays what refs to it compile to, a bare $ref, which
// lowering sees through; its key is added to bare, so that it is not
// named again as a definition (referencedDefinitions).
func hoistRefTargets(f *File, named []*document.Property, bare map[string]bool) []*document.Property {
	taken := map[string]bool{}
	for _, n := range named {
		taken[n.Schema.Key] = true
	}
	out := make([]*document.Property, len(named))
	for i, n := range named {
		out[i] = n
		s := n.Schema
		raw, _ := rawAt(f, child("#/components/schemas", n.Name)).(map[string]any)
		if s.Ref == nil || taken[s.Ref.Key] || !onlyRef(raw) || sameFile(s.Key, s.Ref.Key) {
			continue
		}
		taken[s.Ref.Key], bare[s.Key] = true, true
		out[i] = &document.Property{Name: n.Name, Schema: s.Ref}
	}
	return out
}

// sameFile reports whether two schema keys (URL#pointer) are in one file.
func sameFile(a, b string) bool {
	fa, _, _ := strings.Cut(a, "#")
	fb, _, _ := strings.Cut(b, "#")
	return fa == fb
}
