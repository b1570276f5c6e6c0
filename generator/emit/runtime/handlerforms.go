// Form bodies on the server side: application/x-www-form-urlencoded read
// whole, multipart/form-data with its file parts opened, each into values
// the route then parses like parameters (inputCheck).

package runtime

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"maps"
	"net/http"
	"net/url"
	"slices"
)

// readForm reads an application/x-www-form-urlencoded body. values is nil
// when the body is empty; it answers 400 (or 413) itself, and returns
// false, when the body is not a form or is missing though required.
func (h *handler) readForm(w http.ResponseWriter, r *http.Request, required bool) (url.Values, bool) {
	data, ok := h.readBody(w, r)
	if !ok {
		return nil, false
	}
	if len(bytes.TrimSpace(data)) == 0 {
		if required {
			h.writeError(w, r, badRequest("A request body is required.", ""))
			return nil, false
		}
		return nil, true
	}
	values, err := url.ParseQuery(string(data))
	if err != nil {
		h.writeError(w, r, badRequest("Request body must be a form (application/x-www-form-urlencoded).", err.Error()))
		return nil, false
	}
	return values, true
}

// readMultipart reads a multipart/form-data body of at most maxBodyBytes:
// its fields, and its file parts opened (closeMultipart closes them). values
// is nil when the body is empty; it answers 400 or 413 itself, and returns
// false, when the body is not multipart or is missing though required.
func (h *handler) readMultipart(w http.ResponseWriter, r *http.Request, required bool) (url.Values, map[string][]FilePart, bool) {
	r.Body = http.MaxBytesReader(w, r.Body, h.maxBodyBytes)
	if err := r.ParseMultipartForm(h.maxBodyBytes); err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			h.writeError(w, r, NewAPIError(http.StatusRequestEntityTooLarge, fmt.Sprintf("The request body is larger than %d bytes.", tooLarge.Limit)))
			return nil, nil, false
		}
		if r.ContentLength == 0 {
			if required {
				h.writeError(w, r, badRequest("A request body is required.", ""))
				return nil, nil, false
			}
			return nil, nil, true
		}
		h.writeError(w, r, badRequest("Request body must be multipart/form-data.", err.Error()))
		return nil, nil, false
	}
	form := r.MultipartForm
	opened := map[string][]FilePart{}
	// Sorted, so that the parts are opened in the same order every time.
	for _, name := range slices.Sorted(maps.Keys(form.File)) {
		for _, fh := range form.File[name] {
			file, err := fh.Open()
			if err != nil {
				closeMultipart(r, opened)
				h.writeError(w, r, internalError())
				return nil, nil, false
			}
			opened[name] = append(opened[name], FilePart{
				Content:     file,
				ContentType: fh.Header.Get("Content-Type"),
				Filename:    fh.Filename,
			})
		}
	}
	return url.Values(form.Value), opened, true
}

// closeMultipart closes the file parts readMultipart opened and removes any
// temporary files they were stored in.
func closeMultipart(r *http.Request, files map[string][]FilePart) {
	for _, parts := range files {
		for _, p := range parts {
			if c, ok := p.Content.(io.Closer); ok {
				_ = c.Close()
			}
		}
	}
	if r.MultipartForm != nil {
		_ = r.MultipartForm.RemoveAll()
	}
}
