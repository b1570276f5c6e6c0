package load

import (
	"testing"

	"github.com/getkin/kin-openapi/openapi2"
)

// TestSwaggerAheadDecodesFinalBytes: the decode made ahead is used only for
// the bytes it decoded; bytes of a mended file (a new slice, even of the
// same length) are decoded again, and a nil ahead decodes too.
func TestSwaggerAheadDecodesFinalBytes(t *testing.T) {
	read := []byte(`{"swagger": "2.0", "info": {"title": "a", "version": "1"}, "definitions": {"A": {}}}`)
	mended := []byte(`{"swagger": "2.0", "info": {"title": "b", "version": "1"}, "definitions": {"B": {}}}`)
	cases := []struct {
		name  string
		ahead *swaggerAhead
		data  []byte
		title string
		def   string
	}{
		{"same bytes", decodeSwaggerAhead(read), read, "a", "A"},
		{"mended bytes", decodeSwaggerAhead(read), mended, "b", "B"},
		{"no ahead", nil, mended, "b", "B"},
	}
	for _, c := range cases {
		var doc openapi2.T
		if err := c.ahead.decode(c.data, parsedValue(t, c.data), &doc); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if doc.Info.Title != c.title {
			t.Errorf("%s: title %q, want %q", c.name, doc.Info.Title, c.title)
		}
		if _, ok := doc.Definitions[c.def]; !ok || len(doc.Definitions) != 1 {
			t.Errorf("%s: definitions %v, want %s", c.name, doc.Definitions, c.def)
		}
	}
	bad := []byte(`{"swagger": "2.0", "info": []}`)
	var doc openapi2.T
	if err := decodeSwaggerAhead(bad).decode(bad, parsedValue(t, bad), &doc); err == nil {
		t.Error("a malformed document decoded ahead: no error")
	}
}

// parsedValue is data as the loader parses it.
func parsedValue(t *testing.T, data []byte) any {
	t.Helper()
	f, err := parseFile("x.json", "file:///x.json", data)
	if err != nil {
		t.Fatal(err)
	}
	return f.Value
}
