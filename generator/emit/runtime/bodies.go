// Bodies that travel as they are: file parts of multipart forms, answers
// handed over raw, and the media type of an answer that may be one of several.

package runtime

import (
	"io"
	"net/http"
	"strings"
)

// FilePart is a file in a multipart/form-data body.
type FilePart struct {
	// Filename is the part's file name.
	Filename string
	// ContentType is the part's media type; the client sends
	// application/octet-stream when it is empty.
	ContentType string
	// Content is the file. The client reads it to its end while sending
	// the request (it is streamed, not buffered). On the server it is the
	// uploaded file, valid until the Server method returns.
	Content io.Reader
}

// RawBody is an answer handed over as it travels, for a media type the
// generated code does not decode (a multipart/form-data answer: read it with
// mime/multipart, the boundary is in ContentType).
type RawBody struct {
	// ContentType is the answer's Content-Type, parameters and all.
	ContentType string
	// Body is the answer's body. A Client's caller reads and closes it; the
	// handler sends and closes the one a Server returns (nil: no body).
	Body io.ReadCloser
}

// sniffContentType returns the media type of an answer that may be any of
// listed: the one http.DetectContentType finds in data, when it is listed,
// else the first listed.
func sniffContentType(data []byte, listed ...string) string {
	sniffed, _, _ := strings.Cut(http.DetectContentType(data), ";")
	for _, t := range listed {
		if strings.EqualFold(t, sniffed) {
			return t
		}
	}
	return listed[0]
}
