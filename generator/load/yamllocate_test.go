package load

import (
	"errors"
	"testing"

	"github.com/specgen/specgen/generator/document"
)

// TestMalformedYAMLLocated: a YAML syntax error is reported at the line and
// column where the document goes wrong; yaml.v3 alone gives the line where
// the enclosing block starts, counted from 0, and no column.
func TestMalformedYAMLLocated(t *testing.T) {
	cases := []struct {
		name, doc string
		line, col int
		msg       string
	}{
		{"key indented less than its siblings", "openapi: 3.1.0\ninfo:\n  title: x\n  version: '1'\n bad: 1\npaths: {}\n",
			5, 2, "did not find expected key"},
		{"key indented less, deep in a mapping", "a:\n  b:\n    c:\n      d: 1\n      e: 2\n     f: 3\n",
			6, 6, "did not find expected key"},
		{"a second colon in a plain value", "openapi: 3.1.0\ninfo:\n  title: x: y\n  version: '1'\n",
			3, 11, "mapping values are not allowed in this context"},
		{"a tab for indentation", "openapi: 3.1.0\ninfo:\n\ttitle: x\n",
			3, 1, "found character that cannot start any token"},
		{"a key among list items", "openapi: 3.1.0\ntags:\n  - name: a\n  name: b\n",
			4, 3, "did not find expected '-' indicator"},
		{"an unclosed quote", "openapi: 3.1.0\ninfo:\n  title: \"x\n  version: '1'\npaths: {}\n",
			3, 10, "found unexpected end of stream"},
		{"an unclosed flow mapping", "openapi: 3.1.0\ninfo: {title: x, version: '1'\npaths: {}\n",
			2, 7, "did not find expected ',' or '}'"},
		{"a closed multi-line flow mapping before the error", "a: {x: 1,\n  y: 2}\nb:\n  c: 1\n d: 2\n",
			5, 2, "did not find expected key"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, _, err := parseYAML("spec.yaml", []byte(c.doc))
			var de *document.Error
			if !errors.As(err, &de) {
				t.Fatalf("error %v is not a located document.Error", err)
			}
			if de.Source.Line != c.line || de.Source.Column != c.col || de.Msg != "malformed document: "+c.msg {
				t.Errorf("got %s, want spec.yaml:%d:%d: malformed document: %s", de, c.line, c.col, c.msg)
			}
		})
	}
}
