package load

import (
	"context"

	"github.com/getkin/kin-openapi/openapi3"
)

// validationAhead runs kin-openapi's validation of a loaded document on a
// goroutine of its own, from the moment the document is complete, while
// the main goroutine goes on: for Swagger 2.0, encoding the converted
// document and parsing it again; for OpenAPI 3, reading the operations.
// Validation only reads the document, as they do, and finds notes only;
// its result is taken (result) where it was made before, so the notes
// keep their place among the others. It was a twentieth of loading
// Coder's API, on the one core that loading keeps busy.
type validationAhead struct {
	done     chan struct{}
	err      error
	panicked any
}

// validateAhead starts validating doc; nil (nothing to take) when the
// loader does not validate.
func (l *loader) validateAhead(doc *openapi3.T) *validationAhead {
	if l.noValidation {
		return nil
	}
	v := &validationAhead{done: make(chan struct{})}
	go func() {
		defer close(v.done)
		defer func() { v.panicked = recover() }()
		v.err = doc.Validate(context.Background(), openapi3.DisableExamplesValidation(), openapi3.DisableSchemaDefaultsValidation())
	}()
	return v
}

// result waits for the validation and returns what Validate returned
// (nil for a nil v), re-raising its panic here, where it would have been.
func (v *validationAhead) result() error {
	if v == nil {
		return nil
	}
	<-v.done
	if v.panicked != nil {
		panic(v.panicked)
	}
	return v.err
}
