// Package check holds the one call that checks a JSON document against the
// schema a specgen-generated type came from, exactly as a user of the
// generated package makes it: decode with encoding/json into the root type,
// then call Validate. The conformance harness reaches every verdict through
// Document, so when decoding moves to a generated entry point (issue #15,
// DecodeT(data) (T, error)), this is the one function that changes.
package check

import "encoding/json"

// Validator is what generated types with rules to check implement.
type Validator interface{ Validate() error }

// Document decodes data into a T and validates it: nil means the document
// satisfies the schema. A decoding error is a verdict too (the document
// cannot be held by the Go type, so it breaks the schema).
//
// T need not implement Validator: a root generated as an alias of a Go type
// with nothing to check (`type Root = string`) has no Validate, and then
// decoding is the whole check.
func Document[T any](data []byte) error {
	var v T
	if err := json.Unmarshal(data, &v); err != nil {
		return err
	}
	if c, ok := any(&v).(Validator); ok {
		return c.Validate()
	}
	return nil
}
