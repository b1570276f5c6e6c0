package ir

// ContentCheck returns the name of the runtime function that checks a
// string against contentEncoding and contentMediaType (draft-07's content
// keywords, asserted when the user asks: -assert-content), and what the
// string must be, for the message; "" for a pair Validate does not check.
//
// It follows santhosh-tekuri/jsonschema: base64 is the one encoding and
// application/json the one media type it reads. A media type is checked
// on the decoded bytes, so under an encoding it does not read, neither is
// checked.
func ContentCheck(encoding, mediaType string) (fn, what string) {
	json := mediaType == "application/json"
	switch {
	case encoding == "base64" && json:
		return "isContentBase64JSON", "base64-encoded JSON"
	case encoding == "base64":
		return "isContentBase64", "base64"
	case encoding == "" && json:
		return "isContentJSON", "JSON"
	}
	return "", ""
}
