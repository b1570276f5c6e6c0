package load

import "strings"

// schemaSections are the places of a document whose members are schemas by
// name: a $ref into one of them is a $ref to a schema.
var schemaSections = []string{"/components/schemas/", "/definitions/", "/$defs/"}

// missingSchema reports whether ref, which does not resolve, names a schema
// by its place in a file that exists (#/components/schemas/Gone). Such a
// $ref is one corner of a document, not a broken document: published
// descriptions ship them (a schema renamed or never written out), and
// refusing the whole API for one would be refusing it for one corner
// (DESIGN rule 5). It is read as any JSON value, the nearest faithful Go
// to a schema nobody wrote, and noted; -strict makes it an error. A $ref
// to a file that is not there, or into a part of a document that holds no
// schemas, or to a name close to one that exists, stays an error: it is
// more likely a wrong path or a typo than a corner.
func (fs *fileSet) missingSchema(f *File, base, ref string) bool {
	target, frag, err := resolveRef(base, ref)
	if err != nil || !strings.HasPrefix(frag, "/") {
		return false
	}
	tf := f
	if target != f.URL {
		known, ok := fs.known(target)
		if !ok {
			return false
		}
		tf = known
	}
	for _, section := range schemaSections {
		if name, ok := strings.CutPrefix(frag, section); ok && name != "" && !strings.Contains(name, "/") {
			// A name close to one that exists is a typo
			// (Worksapce): an error with its suggestion, as the author
			// would want it, not a note.
			return rawAt(tf, "#"+frag) == nil && !tf.exists("#"+frag) && suggestPointer(tf, "#"+frag) == ""
		}
	}
	return false
}
