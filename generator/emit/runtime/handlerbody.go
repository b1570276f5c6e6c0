// Request bodies on the server side: read whole and size-limited, decoded
// and checked as JSON, or handed to the implementation as a stream.

package runtime

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
)

// readBody reads the request body, at most maxBodyBytes of it. It answers
// 413 or 400 itself, and returns false, when it cannot.
func (h *handler) readBody(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.maxBodyBytes))
	if err == nil {
		return data, true
	}
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		h.writeError(w, r, NewAPIError(http.StatusRequestEntityTooLarge, fmt.Sprintf("The request body is larger than %d bytes.", tooLarge.Limit)))
		return nil, false
	}
	h.writeError(w, r, NewAPIError(http.StatusBadRequest, "Reading the request body failed."))
	return nil, false
}

// readRequiredBody is readBody for a JSON body the operation requires: an
// absent one (isEmptyBody) is answered 400 too. One call, where a check
// and an answer written out in every route would each cost the package's
// build a copy.
func (h *handler) readRequiredBody(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	data, ok := h.readBody(w, r)
	if ok && isEmptyBody(data) {
		h.writeError(w, r, badRequest("A request body is required.", ""))
		return nil, false
	}
	return data, ok
}

// isEmptyBody reports whether a body is absent: empty, blank or JSON null.
func isEmptyBody(data []byte) bool {
	t := bytes.TrimSpace(data)
	return len(t) == 0 || string(t) == "null"
}

// decodeBody decodes a JSON body with decode and checks it with check (the
// body's Validate, or the route's check of a body declared in the
// operation; nil when there is nothing to check), through decodeChecked:
// every problem at once, those decoding finds (required properties absent
// or null, values of the wrong kind) and those Validate finds. Unknown
// properties are ignored. It answers 400 itself, and returns false, when
// the body is not valid.
func (h *handler) decodeBody(w http.ResponseWriter, r *http.Request, data []byte, decode func(*jsonReader), check func() error) bool {
	err := decodeChecked(data, decode, check)
	if err == nil {
		return true
	}
	errs, ok := err.(ValueErrors)
	if !ok {
		// A syntax error, of the body as a whole.
		h.writeError(w, r, badRequest("Request body must be valid JSON.", err.Error(), inputProblem{"body", err.Error()}))
		return false
	}
	problems := make([]inputProblem, 0, len(errs))
	for _, ve := range errs {
		field := ve.Field
		if field == "" {
			field = "body"
		}
		problems = append(problems, inputProblem{field, ve.Message})
	}
	h.writeError(w, r, badRequest("Validation failed.", "", problems...))
	return false
}

// requestStream returns the request body as a reader of at most
// maxBodyBytes (reading past them fails with an *http.MaxBytesError, which
// the handler answers 413), or nil when the body is empty. It answers 400
// itself, and returns false, when a required body is empty.
func (h *handler) requestStream(w http.ResponseWriter, r *http.Request, required bool) (io.Reader, bool) {
	br := bufio.NewReader(http.MaxBytesReader(w, r.Body, h.maxBodyBytes))
	if _, err := br.Peek(1); err == nil {
		return br, true
	}
	if required {
		h.writeError(w, r, badRequest("A request body is required.", ""))
		return nil, false
	}
	return nil, true
}
