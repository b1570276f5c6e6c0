package runtime

// Declarations that the spec-dependent emitters write in a generated
// package and that fixed code calls. Here they are stand-ins of the same
// shape, so that the runtime compiles and its tests run; this file is
// never copied (emit's runtime_table.go skips it), and the generated
// package has the real ones wherever the fixed code that calls them is
// copied.

// StreamError is an `error` event of an event stream (stream.gen.go; its
// Body has the type of the API's error answers).
type StreamError struct {
	Body map[string]any
	Raw  []byte
}

// newStreamError decodes an `error` event (stream.gen.go).
func newStreamError(data []byte) *StreamError { return &StreamError{Raw: data} }

// Error is StreamError's (stream.gen.go).
func (e *StreamError) Error() string { return "event stream error: " + string(e.Raw) }

// newErrorBody returns an error body in the API's shape saying message and
// detail (errors.gen.go).
func newErrorBody(message, detail string) map[string]any {
	return map[string]any{"message": message, "detail": detail}
}
