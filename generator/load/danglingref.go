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
			return rawAt(tf, "#"+frag) == nil && !tf.exists("#"+frag) && !typoOf(name, suggestPointer(tf, "#"+frag))
		}
	}
	return false
}

// maxTypo is the most edits a missing name is from the suggested one for
// the $ref to be a typo of it.
const maxTypo = 2

// typoOf reports whether name, a schema that is not there, is a typo of
// the one suggested (a pointer; "" when none is near). The suggestion
// takes names up to a third of the letters apart, which is right for a
// hint but not for telling a typo from a schema never written out: KServe's
// CRD description names v1alpha1.LLMInferenceServiceSpec, four letters
// from v1alpha1.LLMInferenceService, and generates no Spec schema. A typo
// is a slip of a letter or two (Worksapce: two).
func typoOf(name, suggested string) bool {
	if suggested == "" {
		return false
	}
	toks := pointerTokens(suggested)
	return len(toks) > 0 && editDistance(name, toks[len(toks)-1]) <= maxTypo
}

// unfetchedSchema reports whether ref, at pointer at in f, is a schema's
// $ref to a remote document no -ref or -ref-dir maps (GA4GH's TES and DRS
// name the service-info schema by its GitHub URL, Tyk its API definition
// schema, OGC API Processes a GeoJSON schema): like a schema nobody wrote,
// one the run cannot read is one corner of the document. It is read as any
// JSON value and noted, with the flag that would read it; a $ref to a
// remote parameter, response or other object stays an error, as an empty
// one has no reading.
//
// Only a $ref written as a URL, in an API description's files, is read
// so: a JSON Schema file's relative $ref that resolves against a remote
// $id to a document that is not there stays an error (unreached.go).
func (fs *fileSet) unfetchedSchema(f *File, at, ref string, problem string) bool {
	if fs.root == nil || !strings.Contains(problem, notFetched) ||
		!(strings.HasPrefix(ref, "http://") || strings.HasPrefix(ref, "https://")) {
		return false
	}
	toks := pointerTokens(at)
	if len(toks) == 0 {
		return false
	}
	toks = toks[:len(toks)-1] // the object holding the $ref
	if !isOpenAPIDoc(f) && !isOpenAPIFragment(f) && keywordPath(toks) {
		return true // below the root of a schema file
	}
	for i, t := range toks {
		named := i > 0 && (toks[i-1] == "definitions" || toks[i-1] == "$defs" ||
			toks[i-1] == "schemas" && i > 1 && toks[i-2] == "components")
		if t == "schema" && i > 0 && nameMaps[toks[i-1]] {
			continue // a response, parameter, header… named "schema"
		}
		if (t == "schema" || named) && keywordPath(toks[i+1:]) {
			return true
		}
	}
	return false
}

// unfetchedSecurityScheme reports whether a security scheme component (at
// ptr) is a $ref to a remote document no -ref or -ref-dir maps (CDC's
// ReportStream names its OAuth2 scheme by a raw.githubusercontent.com URL).
// A scheme is one corner of the API: left out, the requirements naming it
// are read as naming an unknown scheme (a note of their own), where the
// whole document was refused.
func unfetchedSecurityScheme(ptr, ref, problem string) bool {
	toks := pointerTokens(ptr)
	return len(toks) == 3 && toks[0] == "components" && toks[1] == "securitySchemes" &&
		strings.Contains(problem, notFetched) &&
		(strings.HasPrefix(ref, "http://") || strings.HasPrefix(ref, "https://"))
}

// unfetchedPathItem reports whether a path item (at ptr, a member of paths
// or of OpenAPI 3.1's webhooks) is a $ref to a remote document no -ref or
// -ref-dir maps (GA4GH's Tool Registry Service takes /service-info from
// the Service Info API's description by URL). A path is one corner of the
// API: left out, with its operations, where the whole document was
// refused.
func unfetchedPathItem(ptr, ref, problem string) bool {
	toks := pointerTokens(ptr)
	return len(toks) == 2 && (toks[0] == "paths" || toks[0] == "webhooks") &&
		strings.Contains(problem, notFetched) &&
		(strings.HasPrefix(ref, "http://") || strings.HasPrefix(ref, "https://"))
}
