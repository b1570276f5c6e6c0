package load

import "strings"

// A schema file read whole (WireMock's schemas/after-pattern.yaml) may
// refer into a file of named parts (date-time-elements.yaml#/format):
// isOpenAPIFragment. The compiler (jsonschema v5) compiles the root of
// every document it enters before the part a $ref names, and such a
// file's root is no schema: a part named "format" is an object where the
// compiler asserts a string, and it panics. The $refs of an OpenAPI file
// into such files already lead to the parts served as roots of their own
// (absoluteRef, split.go); partRefs does the same for a schema file
// served whole, and leaves its other $refs as they are.

// servedWithPartRefs returns the JSON text of f, a schema file served
// whole, with its $refs into files of named parts rewritten to the
// parts' served URLs, and whether each $ref it wrote is one plainSchema
// passes; ok is false when f has no such $ref (serve f.JSON as it is).
func (fs *fileSet) servedWithPartRefs(f *File) (data []byte, refsPlain, ok bool) {
	if isOpenAPIDoc(f) || isOpenAPIFragment(f) || !strings.Contains(string(f.JSON), `"$ref"`) || declaresBase(f.Value) {
		// (An $id would resolve the $refs against another base than
		// the file's URL.)
		return nil, false, false
	}
	found := false
	rewrite := func(ref string) string {
		if u, ok := fs.partRef(f, ref); ok {
			found = true
			return u
		}
		return ref
	}
	data, refsPlain, err := fs.writeRefsRewritten(f, f.Value, rewrite)
	if err != nil || !found {
		return nil, false, false
	}
	return data, refsPlain, true
}

// partRef returns the served URL of the part ref names, when ref, written
// in f, is a JSON pointer into a local file of named parts.
func (fs *fileSet) partRef(f *File, ref string) (string, bool) {
	target, frag, err := resolveRef(f.URL, ref)
	if err != nil || !strings.HasPrefix(frag, "/") || target == f.URL {
		return "", false
	}
	tf, ok := fs.localFile(target)
	if !ok {
		return "", false // the compiler reports it where it follows ref
	}
	if isOpenAPIDoc(tf) || !isOpenAPIFragment(tf) {
		return "", false
	}
	return fs.splitFor(tf, "#"+frag)
}
