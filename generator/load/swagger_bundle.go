package load

import "strings"

// A Swagger 2.0 document split over files (go-swagger's layout: OpenZiti's
// edge API) refers to its path items, parameters and responses in other
// files. kin-openapi's conversion ignores a path item's $ref (every
// operation behind one was lost without a word) and reads a parameter or
// response in another file as OpenAPI 3's, which it is not (a response's
// schema, a parameter's type were lost). inlineExternal copies each into
// the document, as a bundler would, before the conversion; schemas stay
// where they are (kin-openapi reads them as they are, and
// additionalPropertiesForms gives them OpenAPI 3's forms). The document
// is right, so there is no note.

// maxRefHops bounds a chain of $refs to a path item, parameter or
// response (a loop of them is the document's error, which checkRefs
// leaves to the reader; here it ends the chain).
const maxRefHops = 16

// inlineExternal copies into the document the path items, parameters and
// responses it refers to in other files (see above), and reports whether
// it changed anything.
func (m *swaggerMender) inlineExternal() bool {
	changed := false
	paths, _ := m.doc["paths"].(map[string]any)
	for _, path := range sortedKeys(paths) {
		item, ok := paths[path].(map[string]any)
		if !ok {
			continue
		}
		if _, ok := item["$ref"].(string); ok {
			if v, ok := m.follow(item); ok {
				paths[path], changed = v, true
				item, _ = v.(map[string]any)
			}
		}
		changed = m.inlineList(item, "parameters") || changed
		for _, method := range methods {
			op, ok := item[strings.ToLower(method)].(map[string]any)
			if !ok {
				continue
			}
			changed = m.inlineList(op, "parameters") || changed
			changed = m.inlineMap(op, "responses") || changed
		}
	}
	changed = m.inlineMap(m.doc, "parameters") || changed
	changed = m.inlineMap(m.doc, "responses") || changed
	if changed {
		m.f.changed = true
	}
	return changed
}

// inlineList replaces each entry of the list x[k] that is a $ref into
// another file by a copy of what it names.
func (m *swaggerMender) inlineList(x map[string]any, k string) bool {
	list, _ := x[k].([]any)
	changed := false
	for i, e := range list {
		if v, ok := m.followExternal(e); ok {
			list[i], changed = v, true
		}
	}
	return changed
}

// inlineMap is inlineList for the entries of the map x[k].
func (m *swaggerMender) inlineMap(x map[string]any, k string) bool {
	entries, _ := x[k].(map[string]any)
	changed := false
	for _, name := range sortedKeys(entries) {
		if v, ok := m.followExternal(entries[name]); ok {
			entries[name], changed = v, true
		}
	}
	return changed
}

// followExternal is follow for an object whose $ref names another file.
func (m *swaggerMender) followExternal(v any) (any, bool) {
	x, ok := v.(map[string]any)
	if !ok {
		return nil, false
	}
	ref, ok := x["$ref"].(string)
	if !ok || strings.HasPrefix(ref, "#") {
		return nil, false
	}
	return m.follow(x)
}

// follow returns a copy of what the $ref of x names, following a chain
// of $refs (at most maxRefHops), with the $refs inside it rewritten to
// read the same from the document: fragment-only where they name the
// document, absolute where they name another file. It reports false when
// the chain does not end in an object (checkRefs reports a $ref that
// does not resolve).
func (m *swaggerMender) follow(x map[string]any) (any, bool) {
	base := m.f.URL
	for hop := range maxRefHops {
		ref, ok := x["$ref"].(string)
		if !ok {
			return rebasedCopy(x, base, m.f.URL, false), hop > 0
		}
		target, frag, err := resolveRef(base, ref)
		if err != nil {
			return nil, false
		}
		tf := m.f
		if target != m.f.URL {
			if tf, err = m.l.fs.readURL(target); err != nil {
				return nil, false
			}
		}
		next, ok := rawAt(tf, "#"+frag).(map[string]any)
		if !ok {
			return nil, false
		}
		x, base = next, target
	}
	return nil, false
}

// rebasedCopy copies v, written in the file at base, with each $ref
// rewritten to read the same from the file at root: absolute, but
// fragment-only where it names root itself (the conversion rewrites only
// those, #/definitions/Pet to #/components/schemas/Pet). names says v
// maps names to values, where "default" is a name (the default response),
// not data.
func rebasedCopy(v any, base, root string, names bool) any {
	switch x := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			if ref, ok := e.(string); ok && k == "$ref" && !names {
				if target, frag, err := resolveRef(base, ref); err == nil {
					e = "#" + escapeFragment("#"+frag)
					if target != root {
						e = target + e.(string)
					}
				}
			} else if names || !skipRefKeys[k] {
				e = rebasedCopy(e, base, root, !names && namedMaps[k])
			}
			out[k] = e
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = rebasedCopy(e, base, root, false)
		}
		return out
	}
	return v
}
