package runtime

import (
	"bytes"
	"cmp"
	"io"
	"mime/multipart"
	"net/textproto"
	"strings"
)

// multipartBody builds a multipart/form-data request body. Fields are
// buffered; file parts are streamed from their readers when the request is
// sent.
type multipartBody struct {
	w *multipart.Writer
	// cur holds what the writer wrote since the last file part.
	cur   *bytes.Buffer
	parts []io.Reader
}

// Write is where the multipart.Writer writes: into the current buffer.
func (m *multipartBody) Write(p []byte) (int, error) {
	return m.cur.Write(p)
}

// field adds a form field; writing to a buffer cannot fail.
func (m *multipartBody) field(name, value string) {
	_ = m.w.WriteField(name, value)
}

// file adds a file part whose content is read when the request is sent.
func (m *multipartBody) file(name string, part FilePart) {
	quote := strings.NewReplacer("\\", "\\\\", "\"", "\\\"").Replace
	h := textproto.MIMEHeader{}
	h.Set("Content-Disposition", "form-data; name=\""+quote(name)+"\"; filename=\""+quote(part.Filename)+"\"")
	h.Set("Content-Type", cmp.Or(part.ContentType, "application/octet-stream"))
	_, _ = m.w.CreatePart(h)
	m.parts = append(m.parts, m.cur)
	m.cur = new(bytes.Buffer)
	if part.Content != nil {
		m.parts = append(m.parts, part.Content)
	}
}

// finish ends the body and returns it with its Content-Type, which names
// the boundary.
func (m *multipartBody) finish() (io.Reader, string) {
	_ = m.w.Close()
	return io.MultiReader(append(m.parts, m.cur)...), m.w.FormDataContentType()
}

// newMultipartBody starts an empty body.
func newMultipartBody() *multipartBody {
	m := &multipartBody{cur: new(bytes.Buffer)}
	m.w = multipart.NewWriter(m)
	return m
}
