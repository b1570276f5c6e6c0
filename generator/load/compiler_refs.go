package load

import (
	"github.com/santhosh-tekuri/jsonschema/v5"
)

// The schema compiler resolves each $ref against its schema's base URL
// with net/url: parsing both, joining them and writing the result, a
// third of compiling FHIR's schema, whose $refs are all fragments
// ("#/definitions/Extension"). An absolute $ref it takes as written after
// one parse. So where no schema of a file declares an id (nothing moves
// the base off the file's URL), the copy the compiler is given
// (compiler_doc.go) writes each $ref that is a plain fragment whole, as
// the compiler would have resolved it: the file's URL, then the
// fragment. Only characters net/url keeps as they are, in the fragment
// and in the URL, are written so; the walk reads $refs from the file,
// never from the copy.

// wholeRefs is the copier that writes f's plain-fragment $refs whole,
// for a file compiled in draft (the file's own, where it names one).
func wholeRefs(f *File, draft *jsonschema.Draft) docCopier {
	if !plainURLText(f.URL, false) {
		return docCopier{}
	}
	idKey := "$id"
	if d := schemaDraft(f, draft); d != nil && sameDraft(d, jsonschema.Draft4) {
		idKey = "id"
	}
	return docCopier{refBase: f.URL, idKey: idKey}
}

// refWhole copies member k, e of a schema into out when it is a $ref
// written whole, and notes an id; it reports whether it copied it.
func (c *docCopier) refWhole(out map[string]any, k string, e any) bool {
	switch k {
	case "$ref":
		if ref, ok := e.(string); ok && len(ref) > 1 && ref[0] == '#' && ref[1] == '/' && plainURLText(ref[1:], true) {
			out[k] = c.refBase + ref
			c.whole = true
			return true
		}
	case "$id", c.idKey:
		if _, ok := e.(string); ok {
			c.ids = true
		}
	}
	return false
}

// plainURLText reports whether s holds only characters net/url writes
// back as they are (in a fragment when fragment is set, else in a file
// URL's scheme and path), and no escapes.
func plainURLText(s string, fragment bool) bool {
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case 'a' <= b && b <= 'z', 'A' <= b && b <= 'Z', '0' <= b && b <= '9':
		case b == '-', b == '_', b == '.', b == '~', b == '/':
		case b == '$' && fragment, b == ':' && !fragment:
		default:
			return false
		}
	}
	return true
}
