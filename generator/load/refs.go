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

// inertKeys are the members of OpenAPI objects whose content generates
// nothing (examples, links, callbacks and webhooks are not read into the
// document model): a $ref below them that does not resolve is a warning,
// and is removed, so that kin-openapi, which resolves every $ref, does not
// stop on it either.
var inertKeys = map[string]bool{"examples": true, "links": true, "callbacks": true, "webhooks": true}

// checkRefs finds every $ref in f (and, transitively, in the files they
// reach) and reports the first that does not resolve, with its position. The
// libraries report dangling refs too, but without a line and often without
// the pointer of the $ref itself. It mends f first (prepare), and reads
// past what tolerate.go tolerates.
func (fs *fileSet) checkRefs(f *File, seen map[string]bool) error {
	if seen[f.URL] {
		return nil
	}
	seen[f.URL] = true
	fs.prepare(f)
	// base is the URL refs resolve against: the file's, or the $id of the
	// nearest schema around that declares one. inert says nothing below
	// generates code. walk reports whether v is to be dropped from the map
	// holding it: an object that was only a dangling inert $ref.
	var walk func(n *node, v any, ptr, base string, inert bool) (bool, error)
	walk = func(n *node, v any, ptr, base string, inert bool) (bool, error) {
		switch x := v.(type) {
		case map[string]any:
			if abs, ok := newBase(x, base); ok {
				base = abs
			}
			fs.mappingAgainstRoot(f, x, ptr)
			if ref, ok := x["$ref"].(string); ok {
				at := child(ptr, "$ref")
				if meant, ok := fs.againstDocument(f, base, at, ref); ok {
					x["$ref"], ref = meant, meant
					f.changed = true
				} else if meant, ok := fs.againstRoot(f, ref); ok && base == f.URL {
					fs.warn(f.Source(at), "$ref %q names nothing in %s: read against %s, the document it is part of (refs resolve against the file they are in: write the path of the file it names)", ref, f.Path, fs.root.Path)
					x["$ref"], ref = meant, meant
					f.changed = true
				}
				if err := fs.checkRef(f, base, at, ref, seen); err != nil {
					if !inert {
						return false, err
					}
					fs.warn(f.Source(at), "%s: left out, as what holds it generates nothing (point it at what exists, or remove it)", refProblem(err))
					delete(x, "$ref")
					f.changed = true
					// Nothing refers to an example or a link outside
					// components: drop it whole (an empty link does not
					// validate). One in components stays, empty, for
					// the refs to it.
					return len(x) == 0 && !strings.HasPrefix(ptr, "#/components/"), nil
				}
			}
			for i, k := range n.keys {
				if skipRefKeys[k] || i >= len(n.kids) {
					continue
				}
				if _, isList := x[k].([]any); isList && k == "examples" {
					continue
				}
				if foreignExtension(k) {
					fs.extensionRefs(f, x[k], child(ptr, k), base, k)
					continue
				}
				drop, err := walk(n.kids[i], x[k], child(ptr, k), base, inert || inertKeys[k])
				if err != nil {
					return false, err
				}
				if drop {
					delete(x, k)
				}
			}
		case []any:
			for i, e := range x {
				if i >= len(n.kids) {
					break
				}
				if _, err := walk(n.kids[i], e, child(ptr, strconv.Itoa(i)), base, inert); err != nil {
					return false, err
				}
			}
		}
		return false, nil
	}
	_, err := walk(f.root, f.Value, "#", f.URL, false)
	return err
}

// refProblem is the message of a $ref's error without its location.
func refProblem(err error) string {
	if de, ok := err.(*document.Error); ok {
		return de.Msg
	}
	return err.Error()
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
			path, err := localPath(target)
			if err != nil {
				return fail("only local files are read (remote references are not fetched)")
			}
			loaded, err := fs.readPath(fs.rel(path))
			if err != nil {
				if le, ok := err.(*document.Error); ok && strings.HasPrefix(le.Msg, "cannot read") {
					return fail("%s: %s", fs.rel(path), le.Msg)
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
