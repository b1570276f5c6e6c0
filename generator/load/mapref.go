package load

import (
	"strings"

	"github.com/specgen/specgen/generator/document"
)

// mapPlaces are the places of an OpenAPI or Swagger document that hold a
// map of named objects: each component kind, the paths, and Swagger 2.0's
// top-level definitions.
var mapPlaces = []string{
	"#/components/schemas", "#/components/responses", "#/components/parameters",
	"#/components/examples", "#/components/requestBodies", "#/components/headers",
	"#/components/securitySchemes", "#/components/links", "#/components/callbacks",
	"#/components/pathItems", "#/paths", "#/webhooks",
	"#/definitions", "#/parameters", "#/responses", "#/securityDefinitions",
}

// expandMapRefs reads a map given as one $ref to a file that holds the
// whole map (split specs write `components: {schemas: {$ref:
// ./schemas/_index.yaml}}`, which Redocly and Swagger UI accept and
// OpenAPI does not: a $ref stands for one object, not for a map of them)
// as that map, each entry a $ref to its place in the file. Refs inside the
// file then resolve against the file, as its author meant, and every entry
// keeps its name. A target that is not there is left for checkRefs to
// report.
func (fs *fileSet) expandMapRefs(f *File) {
	for _, place := range mapPlaces {
		m, ok := rawAt(f, place).(map[string]any)
		if !ok {
			continue
		}
		ref, ok := m["$ref"].(string)
		if !ok || !onlyRef(m) {
			continue
		}
		target, frag, err := resolveRef(f.URL, ref)
		if err != nil || frag != "" && !strings.HasPrefix(frag, "/") {
			continue
		}
		tf := f
		if target != f.URL {
			if tf, err = fs.readURL(target); err != nil {
				continue
			}
		}
		entries, ok := rawAt(tf, "#"+frag).(map[string]any)
		if !ok {
			continue
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
		}
		at := child(place, "$ref")
		src := f.Source(at)
		fs.warn(src, "%s is a $ref to the whole map in %s: read as a $ref to each of its %d entries (OpenAPI wants the map itself here; write one $ref per entry, or bundle the document)",
			strings.TrimPrefix(place, "#/"), ref, len(names))
		setAt(f, place, expanded)
		if n, _ := f.lookup(at); n != nil {
			replaceNode(f, place, refMapNode(names, refs, pos{src.Line, src.Column}))
		}
		f.changed = true
	}
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

// setAt replaces the value at ptr (whose parent is an object) in f.Value.
func setAt(f *File, ptr string, v any) {
	toks := pointerTokens(ptr)
	parent, ok := rawAt(f, child("#", toks[:len(toks)-1]...)).(map[string]any)
	if ok {
		parent[toks[len(toks)-1]] = v
	}
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
