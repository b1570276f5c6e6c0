package load

import (
	"bytes"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/specgen/specgen/generator/document"
)

// $dynamicRef and $recursiveRef resolve against the dynamic scope: the
// schema resources evaluation passed through to reach them. Loading
// records what lowering needs to follow that scope statically: each
// schema's resource, its dynamic anchor, and for a reference that the
// scope can move, the anchor it looks for.

// dynamicRef returns what the $dynamicRef or $recursiveRef of cs looks for
// in the dynamic scope, or nil when it has none or its first target does
// not carry the anchor (then it is an ordinary $ref).
func dynamicRef(cs *jsonschema.Schema, raw map[string]any) *document.DynamicRef {
	switch {
	case cs.DynamicRef != nil:
		ref, _ := raw["$dynamicRef"].(string)
		_, anchor, _ := strings.Cut(ref, "#")
		if anchor != "" && !strings.HasPrefix(anchor, "/") && cs.DynamicRef.DynamicAnchor == anchor {
			return &document.DynamicRef{Anchor: anchor}
		}
	case cs.RecursiveRef != nil:
		if cs.RecursiveRef.RecursiveAnchor {
			return &document.DynamicRef{Recursive: true}
		}
	}
	return nil
}

// resourceOf returns the key of the schema resource that the schema at ptr
// of file belongs to: the nearest schema on the way to it (itself included)
// with an $id (id in draft 4), else the document's root.
func resourceOf(file *File, ptr, key string, draft4 bool) string {
	if file == nil {
		return key
	}
	// The tokens are walked, not listed: this runs for every schema, and
	// nearly always finds no $id on the way (the resource is the file).
	at, i, v := 0, 0, file.Value
	for tok := range pointerTokenSeq(ptr) {
		if m, ok := v.(map[string]any); ok && i > 0 && hasID(m, draft4) {
			at = i
		}
		v = step(v, tok)
		i++
	}
	if m, ok := v.(map[string]any); ok && i > 0 && hasID(m, draft4) {
		at = i
	}
	p := "#"
	if at > 0 {
		p = child("#", pointerTokens(ptr)[:at]...)
	}
	return canonicalKey(file, "", p)
}

// rawAndResource is rawAt(file, ptr) and resourceOf(file, ptr, key,
// draft4) in one walk down the pointer: the walk converts every schema,
// and walked it twice. Where the two would read a token differently (an
// array index that is not plain digits) it asks them.
func rawAndResource(file *File, ptr, key string, draft4 bool) (any, string) {
	if file == nil {
		return nil, key
	}
	at, i, v := 0, 0, file.Value
	for tok := range pointerTokenSeq(ptr) {
		switch x := v.(type) {
		case map[string]any:
			if i > 0 && hasID(x, draft4) {
				at = i
			}
			v = x[tok]
		case []any:
			n, ok := digitsIndex(tok)
			if !ok {
				return rawAt(file, ptr), resourceOf(file, ptr, key, draft4)
			}
			v = nil
			if n < len(x) {
				v = x[n]
			}
		default:
			v = nil
		}
		i++
	}
	if m, ok := v.(map[string]any); ok && i > 0 && hasID(m, draft4) {
		at = i
	}
	if at > 0 {
		return v, resourceOf(file, ptr, key, draft4)
	}
	// The file's own resource: canonicalKey(file, "", "#"), which key,
	// made by canonicalKey too, begins with.
	if n := len(file.URL); len(key) > n && key[n] == '#' && strings.HasPrefix(key, file.URL) {
		return v, key[:n+1]
	}
	return v, canonicalKey(file, "", "#")
}

// hasID reports whether a schema object starts a resource of its own.
func hasID(m map[string]any, draft4 bool) bool {
	id, _ := m["$id"].(string)
	if draft4 {
		id, _ = m["id"].(string)
	}
	return id != "" && !strings.HasPrefix(id, "#")
}

// step goes one pointer token down a JSON value.
func step(v any, tok string) any {
	switch x := v.(type) {
	case map[string]any:
		return x[tok]
	case []any:
		i := 0
		for _, c := range tok {
			if c < '0' || c > '9' {
				return nil
			}
			i = i*10 + int(c-'0')
		}
		if i < len(x) {
			return x[i]
		}
	}
	return nil
}

// anchored lists the schemas with a dynamic or recursive anchor, in key
// order, once every schema has been walked.
func (l *loader) anchored() {
	// An anchor that only a dynamic reference reaches (an outer resource's
	// override of the default) is compiled and walked here.
	for _, f := range slices.Clone(l.fs.order) {
		if f.anchorFree {
			continue // (serveValue saw every member name)
		}
		_ = f.refreshJSON() // a file served as a value encodes (serveValue)
		if !bytes.Contains(f.JSON, []byte(`"$dynamicAnchor"`)) && !bytes.Contains(f.JSON, []byte(`"$recursiveAnchor"`)) {
			continue
		}
		for _, ptr := range anchorPointers(f.Value, "#") {
			l.compile(f, ptr) // a schema that does not compile is reported where it is used
		}
	}
	for _, s := range l.walker.byKey {
		if s.DynamicAnchor != "" || s.RecursiveAnchor {
			l.doc.Anchored = append(l.doc.Anchored, s)
		}
	}
	sort.Slice(l.doc.Anchored, func(i, j int) bool { return l.doc.Anchored[i].Key < l.doc.Anchored[j].Key })
}

// anchorPointers lists the places below ptr of the objects with a
// $dynamicAnchor or $recursiveAnchor, in document order.
func anchorPointers(v any, ptr string) []string {
	var out []string
	switch x := v.(type) {
	case map[string]any:
		_, dyn := x["$dynamicAnchor"].(string)
		rec, _ := x["$recursiveAnchor"].(bool)
		if dyn || rec {
			out = append(out, ptr)
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			out = append(out, anchorPointers(x[k], ptr+"/"+escapeToken(k))...)
		}
	case []any:
		for i, e := range x {
			out = append(out, anchorPointers(e, ptr+"/"+strconv.Itoa(i))...)
		}
	}
	return out
}
