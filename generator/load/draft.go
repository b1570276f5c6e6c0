package load

import (
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// schemaDrafts are the drafts a $schema names, by the metaschema URL
// without scheme and fragment.
var schemaDrafts = map[string]*jsonschema.Draft{
	"json-schema.org/draft/2020-12/schema": jsonschema.Draft2020,
	"json-schema.org/draft/2019-09/schema": jsonschema.Draft2019,
	"json-schema.org/draft-07/schema":      jsonschema.Draft7,
	"json-schema.org/draft-06/schema":      jsonschema.Draft6,
	"json-schema.org/draft-04/schema":      jsonschema.Draft4,
}

// schemaDraft returns the draft the $schema of a schema file names, else
// def. Documents it references that name no draft of their own (a
// draft-07 schema's remote definitions) are read as that draft, as a
// validator reading the file would.
func schemaDraft(f *File, def *jsonschema.Draft) *jsonschema.Draft {
	m, _ := f.Value.(map[string]any)
	uri, _ := m["$schema"].(string)
	if d := namedDraft(uri); d != nil {
		return d
	}
	return def
}

// namedDraft returns the draft a $schema URI names, nil for none.
func namedDraft(uri string) *jsonschema.Draft {
	uri = strings.TrimSuffix(uri, "#")
	for _, scheme := range []string{"https://", "http://"} {
		uri = strings.TrimPrefix(uri, scheme)
	}
	return schemaDrafts[uri]
}

// sameDraft reports whether d is the draft want, or the copy of it that
// gateMetaSchema gives the compiler (the same draft without a meta-schema).
func sameDraft(d, want *jsonschema.Draft) bool {
	return d == want || d != nil && d.URL() == want.URL()
}
