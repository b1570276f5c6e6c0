// Decoding with every problem reported at once: what each generated Decode
// function and the server's body decoding share.

package runtime

// decodeChecked decodes data with decode, keeping every problem decoding
// finds, then adds those check (a Validate method, or nil) finds that
// decoding did not make moot: nothing is reported inside a value that was
// absent, null or of the wrong kind, and an object's number of properties
// is the JSON object's. It returns a syntax error alone, else ValueErrors
// sorted by location, or nil.
func decodeChecked(data []byte, decode func(*jsonReader), check func() error) error {
	rec, err := jsonDecodeRecorded(data, decode)
	if err != nil {
		return err
	}
	var errs ValueErrors
	for _, p := range rec.problems {
		errs = append(errs, &ValueError{Field: p.field, Message: p.message, Pointer: p.pointer, code: p.code})
	}
	var found ValueErrors
	if check != nil {
		// An enum's Validate returns one *ValueError.
		switch err := check().(type) {
		case ValueErrors:
			found = err
		case *ValueError:
			found = ValueErrors{err}
		case nil:
		default:
			found = ValueErrors{&ValueError{Message: err.Error()}}
		}
	}
	for _, e := range found {
		if rec.keeps(e) {
			errs = append(errs, e)
		}
	}
	return errs.err()
}

// nullValid is check, or nil for a null document: the Decode function of
// a root whose schema allows null passes it, where the zero value
// decoding leaves (0, "", an empty list) is no value Validate could judge
// in its place.
func nullValid(data []byte, check func() error) func() error {
	if jsonKind(data) == "null" {
		return nil
	}
	return check
}

// decodeValue decodes data into v, a generated type's pointer, and checks it
// with its Validate method (decodeChecked). It is never inlined: every
// DecodeT calls it, and each inlined copy compiled two interface method
// values.
//
//go:noinline
func decodeValue(data []byte, v interface {
	decodeJSON(*jsonReader)
	Validate() error
}) error {
	return decodeChecked(data, v.decodeJSON, v.Validate)
}

// jsonKind returns the JSON type of a value from its first byte: "object",
// "array", "string", "number", "boolean" or "null" ("" when empty); JSON
// Schema's names, where jsonKindOf has encoding/json's.
func jsonKind(data []byte) string {
	for _, c := range data {
		switch c {
		case ' ', '\t', '\n', '\r':
			continue
		case 't', 'f':
			return "boolean"
		}
		return jsonKindOf(c)
	}
	return ""
}
