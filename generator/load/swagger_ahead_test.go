package load

import (
	"testing"

	"github.com/getkin/kin-openapi/openapi2"
)

// TestSwaggerAheadDecodesFinalBytes: the decode made ahead is used only for
// the bytes it decoded; bytes of a mended file (a new slice, even of the
// same length) are decoded again, and a nil ahead decodes too.
func TestSwaggerAheadDecodesFinalBytes(t *testing.T) {
	read := []byte(`{"swagger": "2.0", "info": {"title": "a", "version": "1"}}`)
	mended := []byte(`{"swagger": "2.0", "info": {"title": "b", "version": "1"}}`)
	cases := []struct {
		name  string
		ahead *swaggerAhead
		data  []byte
		title string
	}{
		{"same bytes", decodeSwaggerAhead(read), read, "a"},
		{"mended bytes", decodeSwaggerAhead(read), mended, "b"},
		{"no ahead", nil, mended, "b"},
	}
	for _, c := range cases {
		var doc openapi2.T
		if err := c.ahead.decode(c.data, &doc); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if doc.Info.Title != c.title {
			t.Errorf("%s: title %q, want %q", c.name, doc.Info.Title, c.title)
		}
	}
	bad := []byte(`{"swagger": "2.0", "info": []}`)
	var doc openapi2.T
	if err := decodeSwaggerAhead(bad).decode(bad, &doc); err == nil {
		t.Error("a malformed document decoded ahead: no error")
	}
}
