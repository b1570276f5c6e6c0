package load

import (
	"fmt"
	"github.com/specgen/specgen/generator/document"
	"net/url"
	"strconv"
	"strings"
)

// skipRefKeys are keys whose values are data, not schema or OpenAPI
// objects: a "$ref" inside them is an ordinary property of an example.
var skipRefKeys = map[string]bool{
	"example": true, "default": true, "enum": true, "const": true, "value": true,
}

// checkRefs finds every $ref in f (and, transitively, in the files they
// reach) and reports the first that does not resolve, with its position. The
// libraries report dangling refs too, but without a line and often without
// the pointer of the $ref itself.
func (fs *fileSet) checkRefs(f *File, seen map[string]bool) error {
	if seen[f.URL] {
		return nil
	}
	seen[f.URL] = true
	// base is the URL refs resolve against: the file's, or the $id of the
	// nearest schema around that declares one.
	var walk func(n *node, v any, ptr, base string) error
	walk = func(n *node, v any, ptr, base string) error {
		switch x := v.(type) {
		case map[string]any:
			if id, ok := schemaID(f, x); ok {
				if abs, _, err := resolveRef(base, id); err == nil {
					base = abs
				}
			}
			if ref, ok := x["$ref"].(string); ok {
				if err := fs.checkRef(f, base, child(ptr, "$ref"), ref, seen); err != nil {
					return err
				}
			}
			for i, k := range n.keys {
				if skipRefKeys[k] {
					continue
				}
				if _, isList := x[k].([]any); isList && k == "examples" {
					continue
				}
				if err := walk(n.kids[i], x[k], child(ptr, k), base); err != nil {
					return err
				}
			}
		case []any:
			for i, e := range x {
				if err := walk(n.kids[i], e, child(ptr, strconv.Itoa(i)), base); err != nil {
					return err
				}
			}
		}
		return nil
	}
	return walk(f.root, f.Value, "#", f.URL)
}

func (fs *fileSet) checkRef(f *File, base, at, ref string, seen map[string]bool) error {
	fail := func(format string, a ...any) error {
		return &document.Error{Source: f.Source(at), Msg: fmt.Sprintf("$ref %q does not resolve: ", ref) + fmt.Sprintf(format, a...)}
	}
	target, frag, err := resolveRef(base, ref)
	if err != nil {
		return fail("%v", err)
	}
	tf := f
	if e, ok := fs.embeddedAt(target); ok && target != f.URL {
		// A schema of f (or of another file) with an $id of its own.
		if frag != "" && strings.HasPrefix(frag, "/") && rawAt(e.file, join(e.ptr, frag)) == nil {
			return fail("no %q in the schema %s (%s)", "#"+frag, target, e.file.Path)
		}
		return nil
	}
	if target != f.URL {
		if known, ok := fs.known(target); ok {
			tf = known
		} else {
			u, _ := url.Parse(target)
			var loaded *File
			var err error
			if u == nil || u.Scheme != "file" {
				var ok bool
				if loaded, ok, err = fs.readRemote(target); !ok {
					return fail("%s", notFetched)
				}
			} else {
				loaded, err = fs.readPath(fs.rel(u.Path))
			}
			if err != nil {
				if le, ok := err.(*document.Error); ok && strings.HasPrefix(le.Msg, "cannot read") {
					return fail("%s: %s", fs.rel(u.Path), le.Msg)
				}
				return err
			}
			tf = loaded
		}
	}
	if frag != "" && !strings.HasPrefix(frag, "/") {
		// A plain-name fragment is a JSON Schema $anchor; the schema
		// compiler resolves those.
		return nil
	}
	if rawAt(tf, "#"+frag) == nil && !tf.exists("#"+frag) {
		return fail("no %q in %s", "#"+frag, tf.Path)
	}
	if tf != f {
		return fs.checkRefs(tf, seen)
	}
	return nil
}

// resolveRef resolves ref against the URL of the file it appears in and
// returns the target file's URL and the fragment (without "#").
func resolveRef(base, ref string) (string, string, error) {
	b, err := url.Parse(base)
	if err != nil {
		return "", "", err
	}
	r, err := url.Parse(ref)
	if err != nil {
		return "", "", err
	}
	abs := b.ResolveReference(r)
	frag := abs.Fragment
	abs.Fragment = ""
	abs.RawFragment = ""
	return abs.String(), frag, nil
}
