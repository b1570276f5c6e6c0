// The answers of a generated handler: JSON and raw bodies, the API's error
// answers, and what an implementation's error becomes. Methods of the
// generated handler type (see provided.go), each copied where a route or
// another copied method calls it.

package runtime

import (
	"errors"
	"fmt"
	"io"
	"net/http"
)

// writeJSON answers status with v as JSON. v is encoded before anything is
// written, so that a value that cannot be encoded is answered 500 instead
// of half an answer.
func (h *handler) writeJSON(w http.ResponseWriter, r *http.Request, status int, v any) {
	data, err := jwMarshal(v)
	h.writeEncoded(w, r, status, data, err)
}

// writeJSONWith is writeJSON for a body f writes: a generated type's
// appendJSON method value (res.appendJSON), or a function writing an array
// or a map. A function, not an interface: the route's result stays on its
// stack, where converting &res to an interface copied it to the heap, code
// the compiler built in every route.
func (h *handler) writeJSONWith(w http.ResponseWriter, r *http.Request, status int, f func(w *jsonWriter)) {
	data, err := jwEncodeWith(f)
	h.writeEncoded(w, r, status, data, err)
}

// writeEncoded answers status with data, the JSON body writeJSON or
// writeJSONWith encoded, or 500 when encoding failed with err.
func (h *handler) writeEncoded(w http.ResponseWriter, r *http.Request, status int, data []byte, err error) {
	if err != nil {
		h.logError(r, fmt.Errorf("encoding the answer: %w", err))
		status, data = http.StatusInternalServerError, mustJSON(internalError().Body)
	}
	h.writeRaw(w, status, "application/json; charset=utf-8", append(data, '\n'))
}

// writeRaw answers status with data as a body of contentType.
func (h *handler) writeRaw(w http.ResponseWriter, status int, contentType string, data []byte) {
	w.Header().Set("Content-Type", contentType)
	w.WriteHeader(status)
	// A failed write means the client has gone: nothing is left to do.
	_, _ = w.Write(data)
}

// mustJSON encodes an error body, which cannot fail.
func mustJSON(v any) []byte {
	data, _ := jwMarshal(v)
	return data
}

// writeError answers with an *APIError's status and body, as
// errorContentType; a missing status is 500 and a missing body says the
// status's text. A body that cannot be encoded is answered as writeJSON
// answers it (logged, 500).
func (h *handler) writeError(w http.ResponseWriter, r *http.Request, e *APIError) {
	status := e.StatusCode
	if status < 100 || status > 999 {
		status = http.StatusInternalServerError
	}
	body := e.Body
	if body == nil {
		b := newErrorBody(http.StatusText(status), "")
		setStatus(&b, status)
		body = &b
	}
	data, err := jwMarshal(body)
	if err != nil {
		h.writeJSON(w, r, status, body)
		return
	}
	h.writeRaw(w, status, errorContentType, append(data, '\n'))
}

// fail answers with the error an implementation returned.
func (h *handler) fail(w http.ResponseWriter, r *http.Request, err error) {
	h.writeError(w, r, h.apiError(r, err))
}

// apiError turns an implementation's error into the answer: an *APIError
// as it is, a body over the size limit as 413 (a streamed request body
// read by the implementation), else what the WithErrorHandler function
// makes of it, else a logged 500.
func (h *handler) apiError(r *http.Request, err error) *APIError {
	var apiErr *APIError
	if errors.As(err, &apiErr) {
		return apiErr
	}
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		return NewAPIError(http.StatusRequestEntityTooLarge, fmt.Sprintf("The request body is larger than %d bytes.", tooLarge.Limit))
	}
	if h.mapError != nil {
		if mapped := h.mapError(r.Context(), err); mapped != nil {
			return mapped
		}
	}
	h.logError(r, err)
	return internalError()
}

// badRequest is a 400 answer saying message, with detail and problems.
func badRequest(message, detail string, problems ...inputProblem) *APIError {
	b := newErrorBody(message, detail, problems...)
	setStatus(&b, http.StatusBadRequest)
	return &APIError{
		Body:       &b,
		StatusCode: http.StatusBadRequest,
	}
}

// notImplemented is the error of an Unimplemented method: 501, saying that
// op is not implemented. It is never inlined: an API has an Unimplemented
// method per operation, and the compiler a pointer wrapper of each, so
// NewAPIError written out in each would cost the package's build hundreds
// of copies.
//
//go:noinline
func notImplemented(op string) error {
	return NewAPIError(http.StatusNotImplemented, op+" is not implemented.")
}

// internalError is the answer to failures of the implementation: it says
// nothing about them, as they may hold anything.
func internalError() *APIError {
	return NewAPIError(http.StatusInternalServerError, "An internal server error occurred.")
}

// logError logs a failure answered 500 with the request's method and path.
func (h *handler) logError(r *http.Request, err error) {
	if h.log != nil {
		h.log.ErrorContext(r.Context(), "request failed", "method", r.Method, "path", r.URL.Path, "error", err)
	}
}

// writeRawBody answers status with b's body, of b's content type, and closes
// it. A copy that fails midway can only be cut short: the status is sent.
func (h *handler) writeRawBody(w http.ResponseWriter, status int, b *RawBody) {
	if b == nil || b.Body == nil {
		w.WriteHeader(status)
		return
	}
	defer b.Body.Close()
	if b.ContentType != "" {
		w.Header().Set("Content-Type", b.ContentType)
	}
	w.WriteHeader(status)
	_, _ = io.Copy(w, b.Body)
}
