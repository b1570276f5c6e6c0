package load

import (
	"embed"
	"io/fs"
	"strings"
)

// The drafts' metaschemas are documents every schema may reference ("this
// property holds a schema": {"$ref": "https://json-schema.org/draft/2020-12/schema"}).
// They are published, fixed texts, so specgen carries them rather than
// asking for a -ref map.

//go:embed metaschemas
var metaschemaFS embed.FS

// metaschema returns the text of the metaschema (or one of its vocabulary
// parts) published at u, by http or https, with or without an empty
// fragment; ok is false for any other URL.
func metaschema(u string) (path string, data []byte, ok bool) {
	rest, found := strings.CutPrefix(strings.TrimSuffix(u, "#"), "https://json-schema.org/")
	if !found {
		rest, found = strings.CutPrefix(strings.TrimSuffix(u, "#"), "http://json-schema.org/")
	}
	if !found || rest == "" {
		return "", nil, false
	}
	data, err := fs.ReadFile(metaschemaFS, "metaschemas/"+rest)
	if err != nil {
		return "", nil, false
	}
	return "json-schema.org/" + rest, data, true
}
