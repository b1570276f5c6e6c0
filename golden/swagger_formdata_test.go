package golden_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	sw "github.com/specgen/specgen/golden/swagger-formdata/want"
)

// formdataServer implements golden/swagger-formdata, answering what it got.
type formdataServer struct{ sw.Unimplemented }

func (formdataServer) ExchangeToken(ctx context.Context, body sw.ExchangeTokenRequest) (sw.Token, error) {
	return sw.Token{Value: sw.Ptr(string(body.GrantType) + " " + *body.Code)}, nil
}

func (formdataServer) UploadFile(ctx context.Context, body sw.UploadFileForm) (sw.Token, error) {
	data, err := io.ReadAll(body.File.Content)
	return sw.Token{Value: sw.Ptr(body.File.Filename + " " + string(data))}, err
}

func (formdataServer) UploadArchive(ctx context.Context, params sw.UploadArchiveParams, body io.Reader) (sw.Token, error) {
	data, err := io.ReadAll(body)
	return sw.Token{Value: sw.Ptr(params.ContentType + " " + string(data))}, err
}

func (formdataServer) GetScript(ctx context.Context, os string) (string, error) {
	return "#!/bin/sh\necho " + os + "\n", nil
}

// TestSwaggerFormData runs golden/swagger-formdata: formData parameters
// without consumes travel as a form, a file parameter as multipart, a
// Swagger "file" in a binary media type as the raw body (its Content-Type
// header parameter wins over the media type), and a schema-less answer of
// an operation that produces text/plain is the text.
func TestSwaggerFormData(t *testing.T) {
	ts := httptest.NewServer(sw.NewHandler(formdataServer{}))
	defer ts.Close()
	c, err := sw.NewClient(ts.URL)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	check := func(what string, tok sw.Token, err error, want string) {
		t.Helper()
		if err != nil || tok.Value == nil || *tok.Value != want {
			t.Errorf("%s: %v, %v; want %q", what, tok.Value, err, want)
		}
	}
	var contentType string
	seeType := func(ctx context.Context, req *http.Request) error {
		contentType = req.Header.Get("Content-Type")
		return nil
	}
	tok, err := c.ExchangeToken(ctx, sw.ExchangeTokenRequest{GrantType: sw.ExchangeTokenRequestGrantTypeCode, Code: sw.Ptr("c1")}, seeType)
	check("form", tok, err, "code c1")
	if contentType != "application/x-www-form-urlencoded" {
		t.Errorf("form sent as %q", contentType)
	}
	tok, err = c.UploadFile(ctx, sw.UploadFileForm{File: sw.FilePart{Filename: "f.txt", Content: strings.NewReader("data")}}, seeType)
	check("multipart", tok, err, "f.txt data")
	if !strings.HasPrefix(contentType, "multipart/form-data; boundary=") {
		t.Errorf("file sent as %q", contentType)
	}
	tok, err = c.UploadArchive(ctx, sw.UploadArchiveParams{ContentType: "application/zip"}, strings.NewReader("PK"))
	check("archive", tok, err, "application/zip PK")
	if script, err := c.GetScript(ctx, "linux"); err != nil || script != "#!/bin/sh\necho linux\n" {
		t.Errorf("script: %q, %v", script, err)
	}
}
