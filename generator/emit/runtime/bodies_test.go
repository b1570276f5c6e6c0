package runtime

import (
	"io"
	"mime"
	"mime/multipart"
	"strings"
	"testing"
)

func TestSniffContentType(t *testing.T) {
	png := "\x89PNG\r\n\x1a\n"
	for _, c := range []struct {
		data   string
		listed []string
		want   string
	}{
		{png, []string{"image/jpeg", "image/png"}, "image/png"},
		{png, []string{"image/jpeg", "IMAGE/PNG"}, "IMAGE/PNG"},
		{"plain text", []string{"image/png", "application/pdf"}, "image/png"},
		{"plain text", []string{"application/octet-stream", "text/plain"}, "text/plain"},
	} {
		if got := sniffContentType([]byte(c.data), c.listed...); got != c.want {
			t.Errorf("sniffContentType(%q, %q) = %q, want %q", c.data, c.listed, got, c.want)
		}
	}
}

// TestMultipartBody: fields and file parts arrive in order, file content
// streamed from its reader, with its name, file name (quoted) and media
// type (application/octet-stream when empty).
func TestMultipartBody(t *testing.T) {
	m := newMultipartBody()
	m.field("name", "Ann")
	m.file("doc", FilePart{Filename: `a "b".txt`, Content: strings.NewReader("hello")})
	m.file("img", FilePart{Filename: "x.png", ContentType: "image/png"})
	m.field("after", "1")
	body, contentType := m.finish()
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil || !strings.HasPrefix(contentType, "multipart/form-data") {
		t.Fatalf("Content-Type %q: %v", contentType, err)
	}
	r := multipart.NewReader(body, params["boundary"])
	var got []string
	for {
		p, err := r.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(p)
		got = append(got, p.FormName()+"|"+p.FileName()+"|"+p.Header.Get("Content-Type")+"|"+string(data))
	}
	want := []string{"name|||Ann", `doc|a "b".txt|application/octet-stream|hello`, "img|x.png|image/png|", "after|||1"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("parts:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
