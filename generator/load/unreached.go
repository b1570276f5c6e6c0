package load

import "strings"

// A library of definitions given as a schema file (SchemaStore's
// base-04.json) may hold a $ref that resolves nowhere, in a definition its
// root schema never leads to: "$ref": "osi-license", resolved against the
// file's id, names a URL no file serves. A validator compiling the file
// never reads it, so the file is valid to one; refusing it for that
// definition would be refusing it for one corner (DESIGN rule 5). Such a
// $ref is read as any JSON value with a located note, as a $ref to a
// missing definition is (danglingref.go); one the root reaches stays an
// error, since no validator could compile the file either.

// unreachedByRoot reports whether the place at of f, a schema file the
// user named, lies in a top-level definition ($defs or definitions) that
// the root schema does not reach through $refs inside the file. A $ref by
// anchor, which this does not resolve, counts as reaching everything.
func (fs *fileSet) unreachedByRoot(f *File, at string) bool {
	if !fs.schemaInputs[f.URL] || isOpenAPIDoc(f) || isOpenAPIFragment(f) {
		return false
	}
	def := definitionOf(at)
	if def == "" {
		return false // the root's own keywords
	}
	reached, all := fs.rootReach(f)
	return !all && !reached[def]
}

// definitionOf returns the top-level definition ptr lies in
// ("#/definitions/license"), or "" outside every one.
func definitionOf(ptr string) string {
	toks := pointerTokens(ptr)
	if len(toks) < 2 || toks[0] != "definitions" && toks[0] != "$defs" {
		return ""
	}
	return child("#", toks[:2]...)
}

// rootReach returns the top-level definitions of f that its root schema
// reaches, and all = true when it cannot tell (a $ref by anchor).
func (fs *fileSet) rootReach(f *File) (reached map[string]bool, all bool) {
	reached = map[string]bool{}
	var queue []string
	var walk func(v any, base string)
	walk = func(v any, base string) {
		switch x := v.(type) {
		case map[string]any:
			if abs, ok := newBase(f, x, base); ok {
				base = abs
			}
			if ref, ok := x["$ref"].(string); ok {
				target, frag, err := resolveRef(base, ref)
				tp, in := "", false
				if kf, ok := fs.known(target); err == nil && ok && kf == f {
					tp, in = "#"+frag, true // by the file's URL or its root's id
				} else if e, ok := fs.embeddedAt(target); err == nil && ok && e.file == f {
					tp, in = join(e.ptr, frag), true
				}
				switch {
				case in && frag != "" && !strings.HasPrefix(frag, "/"):
					all = true
				case in:
					if d := definitionOf(tp); d != "" && !reached[d] {
						reached[d] = true
						queue = append(queue, d)
					}
				}
			}
			for k, sub := range x {
				if k == "definitions" || k == "$defs" {
					continue // reached only through a $ref
				}
				walk(sub, base)
			}
		case []any:
			for _, e := range x {
				walk(e, base)
			}
		}
	}
	walk(f.Value, f.URL)
	for len(queue) > 0 && !all {
		d := queue[0]
		queue = queue[1:]
		walk(rawAt(f, d), baseAt(f, d))
	}
	return reached, all
}

// baseAt returns the URL $refs at ptr of f resolve against: the file's,
// or the $id of the nearest schema around ptr that declares one.
func baseAt(f *File, ptr string) string {
	base := f.URL
	var v any = f.Value
	for _, tok := range pointerTokens(ptr) {
		if m, ok := v.(map[string]any); ok {
			if abs, ok := newBase(f, m, base); ok {
				base = abs
			}
			v = m[tok]
			continue
		}
		return base
	}
	if m, ok := v.(map[string]any); ok {
		if abs, ok := newBase(f, m, base); ok {
			base = abs
		}
	}
	return base
}
