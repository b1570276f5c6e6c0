// Package check holds the one call that checks a JSON document against the
// schema a specgen-generated type came from, exactly as a user of the
// generated package makes it: the root type's generated Decode function
// (DecodeT(data) (T, error)), which reports every problem decoding finds
// and every one Validate finds. The conformance harness reaches every
// verdict through Document.
package check

// Document is the check of documents against the schema of a root type,
// through its generated Decode function: nil means the document satisfies
// the schema. A syntax error is a verdict too.
func Document[T any](decode func([]byte) (T, error)) Func {
	return func(data []byte) error {
		_, err := decode(data)
		return err
	}
}
