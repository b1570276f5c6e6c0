// Content checks: draft-07's contentEncoding and contentMediaType, which
// Validate asserts only when the user asks (specgen -assert-content). They
// read what santhosh-tekuri/jsonschema reads, base64 (standard alphabet,
// padded) and application/json; the decoded bytes are checked for the
// media type. Unlike the format checks they may allocate: the text is
// decoded, and JSON is checked as bytes.

package runtime

import (
	"encoding/base64"
	"encoding/json"
)

// isContentBase64 reports whether s is base64 (RFC 4648, standard
// alphabet, with padding).
func isContentBase64(s string) bool {
	_, err := base64.StdEncoding.DecodeString(s)
	return err == nil
}

// isContentJSON reports whether s is a JSON text.
func isContentJSON(s string) bool {
	return json.Valid([]byte(s))
}

// isContentBase64JSON reports whether s is a JSON text encoded in base64.
func isContentBase64JSON(s string) bool {
	b, err := base64.StdEncoding.DecodeString(s)
	return err == nil && json.Valid(b)
}
