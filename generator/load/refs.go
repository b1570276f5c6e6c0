package load

import (
	"fmt"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/specgen/specgen/generator/document"
)

// skipRefKeys are keys whose values are data, not schema or OpenAPI
// objects: a "$ref" inside them is an ordinary property of an example.
var skipRefKeys = map[string]bool{
	"example": true, "default": true, "enum": true, "const": true, "value": true,
}

// nameMaps are keys whose value maps names to objects (properties to
// schemas, status codes to responses…): in such a map "default" or "enum"
// is a name — the default response, a property called enum — not data.
var nameMaps = map[string]bool{
	"properties": true, "patternProperties": true, "dependentSchemas": true,
	"$defs": true, "definitions": true, "schemas": true, "responses": true,
	"parameters": true, "headers": true, "content": true, "encoding": true,
	"paths": true, "callbacks": true, "securitySchemes": true,
	"requestBodies": true, "links": true, "examples": true,
}

// isData reports whether the value at key k of an object is data (an
// example, a default, enum values), where names says whether the object
// maps names to objects.
func isData(k string, names bool) bool { return !names && skipRefKeys[k] }

// namesAt reports whether the value at key k of an object maps names to
// objects.
func namesAt(k string, names bool) bool { return !names && nameMaps[k] }

// inertKeys are the members of OpenAPI objects whose content generates
// nothing (examples, links, callbacks and webhooks are not read into the
// document model): a $ref below them that does not resolve is a warning,
// and is removed, so that kin-openapi, which resolves every $ref, does not
// stop on it either.
var inertKeys = map[string]bool{"examples": true, "links": true, "callbacks": true, "webhooks": true}

// checkRefs finds every $ref in f (and, transitively, in the files they
// reach) and reports each that does not resolve, every use of it with its
// position, as document.Errors: a typo in a name used in ten places is
// mended in one go. The libraries report dangling refs too, but only the
// first, without a line and often without the pointer of the $ref itself.
// It mends f first (prepare), and reads past what tolerate.go tolerates.
func (fs *fileSet) checkRefs(f *File, seen map[string]bool) error {
	var errs document.Errors
	if err := fs.collectRefErrors(f, seen, &errs); err != nil {
		return err
	}
	if len(errs) > 0 {
		return errs
	}
	return nil
}

// collectRefErrors adds the dangling refs of f, and of the files its refs
// reach, to errs; it returns an error that is not about one ref (a file
// that does not parse) at once.
func (fs *fileSet) collectRefErrors(f *File, seen map[string]bool, errs *document.Errors) error {
	if seen[f.URL] {
		return nil
	}
	seen[f.URL] = true
	fs.prepare(f)
	// Whether f is a remote document's copy is the same for every $ref in
	// it (remoteFile parses its URL).
	remote := remoteFile(f)
	// base is the URL refs resolve against: the file's, or the $id of the
	// nearest schema around that declares one. names says whether v maps
	// names to objects; inert says nothing below generates code. walk
	// reports whether v is to be dropped from the map holding it: an
	// object that was only a dangling inert $ref.
	var walk func(n *node, v any, path tokenPath, base string, names, inert bool) (bool, error)
	walk = func(n *node, v any, path tokenPath, base string, names, inert bool) (bool, error) {
		switch x := v.(type) {
		case map[string]any:
			if abs, ok := newBase(f, x, base); ok {
				base = abs
			}
			if _, ok := x["discriminator"]; ok {
				fs.mappingAgainstRoot(f, x, path.String())
			}
			if ref, ok := x["$ref"].(string); ok {
				ptr := path.String() // made only where it is needed: most objects hold no $ref
				at := child(ptr, "$ref")
				if meant, ok := fs.slashBeforeFragment(f, base, at, ref); ok {
					x["$ref"], ref = meant, meant
					f.changed = true
				}
				if meant, ok := fs.againstDocument(f, base, at, ref); ok {
					x["$ref"], ref = meant, meant
					f.changed = true
				} else if meant, ok := fs.againstRoot(f, ref); ok && base == f.URL {
					fs.warn(f.Source(at), "$ref %q names nothing in %s: read against %s, the document it is part of (refs resolve against the file they are in: write the path of the file it names)", ref, f.Path, fs.root.Path)
					x["$ref"], ref = meant, meant
					f.changed = true
				}
				if !inert && !remote {
					var dangling document.Errors
					if err := fs.checkRef(f, base, at, ref, seen, &dangling); err != nil {
						return false, err
					}
					if len(dangling) > 0 && fs.dangling != nil && fs.missingSchema(f, base, ref) {
						fs.dangling(f.Source(at), "%s: read as any JSON value (point it at a schema that exists)", refProblem(dangling[0]))
						delete(x, "$ref")
						f.changed = true
					} else if len(dangling) > 0 && fs.dangling != nil && fs.unfetchedSchema(f, at, ref, refProblem(dangling[0])) {
						fs.dangling(f.Source(at), "$ref %q is not read (remote references are not fetched): read as any JSON value (map the URL to a local file with -ref URL=FILE or -ref-dir URL/=DIR to generate its type)", ref)
						delete(x, "$ref")
						f.changed = true
					} else if len(dangling) > 0 && fs.dangling != nil && unfetchedSecurityScheme(ptr, ref, refProblem(dangling[0])) {
						fs.dangling(f.Source(at), "$ref %q is not read (remote references are not fetched): the security scheme is left out, and the generated server admits no request through a requirement naming it unless given a check for it (map the URL to a local file with -ref URL=FILE or -ref-dir URL/=DIR)", ref)
						f.changed = true
						return true, nil // dropped from the securitySchemes map
					} else if len(dangling) > 0 && fs.dangling != nil && unfetchedPathItem(ptr, ref, refProblem(dangling[0])) {
						fs.dangling(f.Source(at), "$ref %q is not read (remote references are not fetched): the path is left out, with its operations (map the URL to a local file with -ref URL=FILE or -ref-dir URL/=DIR)", ref)
						f.changed = true
						return true, nil // dropped from the paths map
					} else if len(dangling) > 0 && fs.dangling != nil && fs.unreachedByRoot(f, at) {
						fs.dangling(f.Source(at), "%s: read as any JSON value, as it is in a definition the file's root does not reach (a validator compiling the file never resolves it)", refProblem(dangling[0]))
						delete(x, "$ref")
						f.changed = true
					} else {
						*errs = append(*errs, dangling...)
					}
				} else if !inert {
					// A document reached by URL (-ref, -ref-dir) is a
					// library the input uses part of: a $ref that does not
					// resolve in a part nothing reaches generates nothing
					// (SchemaStore's base-04.json has one). It is left as
					// it is; compiling a schema that reaches it fails there.
					var dangling document.Errors
					if err := fs.checkRef(f, base, at, ref, seen, &dangling); err != nil {
						return false, err
					}
					if len(dangling) > 0 {
						fs.warn(f.Source(at), "%s: left as it is, in a document reached by URL (an error if a generated schema reaches it)", refProblem(dangling[0]))
					}
				} else {
					var dangling document.Errors
					if err := fs.checkRef(f, base, at, ref, seen, &dangling); err != nil {
						return false, err
					}
					if len(dangling) > 0 {
						fs.warn(f.Source(at), "%s: left out, as what holds it generates nothing (point it at what exists, or remove it)", refProblem(dangling[0]))
						delete(x, "$ref")
						f.changed = true
						// Nothing refers to an example or a link outside
						// components: drop it whole (an empty link does not
						// validate). One in components stays, empty, for
						// the refs to it.
						return len(x) == 0 && !strings.HasPrefix(ptr, "#/components/"), nil
					}
				}
			}
			for i, k := range n.keys {
				if isData(k, names) || i >= len(n.kids) {
					continue
				}
				if _, isList := x[k].([]any); isList && k == "examples" {
					continue
				}
				if !names && foreignExtension(k) {
					fs.extensionRefs(f, x[k], path.with(k).String(), base, k)
					continue
				}
				drop, err := walk(n.kids[i], x[k], path.with(k), base, namesAt(k, names), inert || (!names && inertKeys[k]))
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
				if _, err := walk(n.kids[i], e, path.with(strconv.Itoa(i)), base, false, inert); err != nil {
					return false, err
				}
			}
		}
		return false, nil
	}
	_, err := walk(f.root, f.Value, rootPath(), f.URL, false, false)
	return err
}

// refProblem is the message of a $ref's error without its location.
func refProblem(err error) string {
	if de, ok := err.(*document.Error); ok {
		return de.Msg
	}
	return err.Error()
}

// checkRef adds an error to errs when ref, at pointer at in f, does not
// resolve; it returns the errors that end the check.
func (fs *fileSet) checkRef(f *File, base, at, ref string, seen map[string]bool, errs *document.Errors) error {
	fail := func(format string, a ...any) error {
		*errs = append(*errs, &document.Error{Source: f.Source(at), Msg: fmt.Sprintf("$ref %q does not resolve: ", ref) + fmt.Sprintf(format, a...)})
		return nil
	}
	target, frag, err := fs.refs.resolve(base, ref)
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
			path := ""
			if u == nil || u.Scheme != "file" {
				var ok bool
				if loaded, ok, err = fs.readRemote(target); !ok {
					return fail("%s", notFetched)
				}
			} else {
				path = filepath.FromSlash(u.Path)
				loaded, err = fs.readPath(fs.rel(path))
			}
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
		if near := suggestPointer(tf, "#"+frag); near != "" {
			file, _, _ := strings.Cut(ref, "#")
			return fail("no %q in %s; did you mean %q?", "#"+frag, tf.Path, file+near)
		}
		return fail("no %q in %s", "#"+frag, tf.Path)
	}
	if tf != f {
		return fs.collectRefErrors(tf, seen, errs)
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

// remoteFile reports whether f was read as the local copy of a remote URL
// (-ref, -ref-dir), not named by the user or reached by a relative path.
func remoteFile(f *File) bool {
	u, err := url.Parse(f.URL)
	return err == nil && u.Scheme != "file" && u.Scheme != ""
}
