package load

import (
	"bytes"
	"encoding/json"
	"fmt"
	"github.com/specgen/specgen/generator/document"
	"net/url"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/specgen/specgen/generator/ir"
)

// File is one input document: its bytes decoded twice, as a yaml.v3 node
// tree (for positions and key order) and as plain JSON values.
type File struct {
	// Path is the path as given by the user (or as reached through a $ref),
	// used in messages.
	Path string
	// URL is the absolute file:// URL the schema compiler knows it by.
	URL string
	// Root is the document node (JSON is YAML, so both parse).
	Root *yaml.Node
	// Value is the document as JSON values (map[string]any, []any, …).
	Value any
	// JSON is Value encoded as JSON, for the schema compiler.
	JSON []byte

	// origin and mapPointer are set on a document converted from another
	// (Swagger 2.0 → OpenAPI 3): positions are looked up in the original.
	origin     *File
	mapPointer func(string) string
}

var yamlLineRE = regexp.MustCompile(`line (\d+)`)

// parseFile decodes data, reporting syntax errors with the file and line.
func parseFile(path, fileURL string, data []byte) (*File, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		src := ir.Source{File: path}
		if m := yamlLineRE.FindStringSubmatch(err.Error()); m != nil {
			src.Line, _ = strconv.Atoi(m[1])
		}
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		msg = yamlLineRE.ReplaceAllString(msg, "")
		msg = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(msg), ":"))
		return nil, &document.Error{Source: src, Msg: "malformed document: " + msg, Err: err}
	}
	if root.Kind == 0 || len(root.Content) == 0 {
		return nil, &document.Error{Source: ir.Source{File: path}, Msg: "empty document"}
	}
	if looksJSON(data) {
		// yaml.v3 accepts JSON with trailing garbage or duplicate keys that
		// encoding/json rejects; hold JSON files to JSON's rules so that an
		// error is reported where a JSON tool would report it.
		if err := checkJSON(path, data); err != nil {
			return nil, err
		}
	}
	val, err := nodeValue(root.Content[0], path)
	if err != nil {
		return nil, err
	}
	js, err := json.Marshal(val)
	if err != nil {
		return nil, &document.Error{Source: ir.Source{File: path}, Msg: "cannot encode document as JSON", Err: err}
	}
	return &File{Path: path, URL: fileURL, Root: root.Content[0], Value: val, JSON: js}, nil
}

func looksJSON(data []byte) bool {
	t := bytes.TrimSpace(data)
	return len(t) > 0 && (t[0] == '{' || t[0] == '[')
}

// checkJSON reports a JSON syntax error with its line and column.
func checkJSON(path string, data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	var v any
	err := dec.Decode(&v)
	if err == nil {
		if _, terr := dec.Token(); terr == nil {
			err = fmt.Errorf("unexpected data after the top-level value")
			return &document.Error{Source: posAt(path, data, dec.InputOffset()), Msg: "malformed JSON: " + err.Error()}
		}
		return nil
	}
	off := dec.InputOffset()
	var se *json.SyntaxError
	if errorsAs(err, &se) {
		off = se.Offset
	}
	return &document.Error{Source: posAt(path, data, off), Msg: "malformed JSON: " + err.Error(), Err: err}
}

// posAt converts a byte offset into a 1-based line and column.
func posAt(path string, data []byte, off int64) ir.Source {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	col := int(off) - bytes.LastIndexByte(data[:off], '\n')
	return ir.Source{File: path, Line: line, Column: col}
}

// nodeValue converts a YAML node to JSON values, keeping mapping keys as
// strings (YAML allows other key types; JSON does not).
func nodeValue(n *yaml.Node, path string) (any, error) {
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return nil, nil
		}
		return nodeValue(n.Content[0], path)
	case yaml.AliasNode:
		return nodeValue(n.Alias, path)
	case yaml.MappingNode:
		m := make(map[string]any, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			if _, dup := m[k.Value]; dup {
				return nil, &document.Error{Source: ir.Source{File: path, Line: k.Line, Column: k.Column}, Msg: fmt.Sprintf("malformed document: duplicate key %q", k.Value)}
			}
			v, err := nodeValue(n.Content[i+1], path)
			if err != nil {
				return nil, err
			}
			m[k.Value] = v
		}
		return m, nil
	case yaml.SequenceNode:
		s := make([]any, len(n.Content))
		for i, c := range n.Content {
			v, err := nodeValue(c, path)
			if err != nil {
				return nil, err
			}
			s[i] = v
		}
		return s, nil
	case yaml.ScalarNode:
		var v any
		if err := n.Decode(&v); err != nil {
			return nil, &document.Error{Source: ir.Source{File: path, Line: n.Line, Column: n.Column}, Msg: "malformed value: " + err.Error()}
		}
		return jsonScalar(v), nil
	}
	return nil, &document.Error{Source: ir.Source{File: path, Line: n.Line, Column: n.Column}, Msg: "unexpected YAML node"}
}

// jsonScalar normalises YAML scalars to what encoding/json would produce for
// the same JSON text, so that enum values and defaults compare equal no
// matter which syntax the file used.
func jsonScalar(v any) any {
	switch x := v.(type) {
	case int:
		return json.Number(strconv.Itoa(x))
	case int64:
		return json.Number(strconv.FormatInt(x, 10))
	case uint64:
		return json.Number(strconv.FormatUint(x, 10))
	case float64:
		return json.Number(strconv.FormatFloat(x, 'g', -1, 64))
	default:
		// time.Time from unquoted timestamps is kept as YAML wrote it.
		if t, ok := v.(interface{ Format(string) string }); ok {
			return t.Format("2006-01-02T15:04:05Z07:00")
		}
		return v
	}
}

// Lookup returns the node at a JSON pointer ("#/a/b" or "/a/b"), or nil.
func (f *File) Lookup(pointer string) *yaml.Node {
	n := f.Root
	for _, tok := range pointerTokens(pointer) {
		for n != nil && n.Kind == yaml.AliasNode {
			n = n.Alias
		}
		if n == nil {
			return nil
		}
		switch n.Kind {
		case yaml.MappingNode:
			var next *yaml.Node
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i].Value == tok {
					next = n.Content[i+1]
					break
				}
			}
			n = next
		case yaml.SequenceNode:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(n.Content) {
				return nil
			}
			n = n.Content[i]
		default:
			return nil
		}
	}
	return n
}

// Keys returns the keys of the mapping at pointer, in document order.
func (f *File) Keys(pointer string) []string {
	if f.origin != nil {
		if keys := f.origin.Keys(f.mapPointer(normPointer(pointer))); len(keys) > 0 {
			return keys
		}
	}
	n := f.Lookup(pointer)
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	keys := make([]string, 0, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		keys = append(keys, n.Content[i].Value)
	}
	return keys
}

// Source returns the location of pointer in f, with the line and column of
// the key that introduces it where there is one.
func (f *File) Source(pointer string) ir.Source {
	if f.origin != nil {
		return f.origin.Source(f.mapPointer(normPointer(pointer)))
	}
	src := ir.Source{File: f.Path, Pointer: normPointer(pointer)}
	toks := pointerTokens(pointer)
	if len(toks) == 0 {
		src.Line, src.Column = f.Root.Line, f.Root.Column
		return src
	}
	parent := f.Lookup("#/" + joinPointer(toks[:len(toks)-1]))
	if parent != nil && parent.Kind == yaml.MappingNode {
		last := toks[len(toks)-1]
		for i := 0; i+1 < len(parent.Content); i += 2 {
			if parent.Content[i].Value == last {
				src.Line, src.Column = parent.Content[i].Line, parent.Content[i].Column
				return src
			}
		}
	}
	if n := f.Lookup(pointer); n != nil {
		src.Line, src.Column = n.Line, n.Column
	}
	return src
}

// pointerTokens splits a JSON pointer (with or without a leading "#", and
// percent-encoded or not) into unescaped tokens.
func pointerTokens(p string) []string {
	p = strings.TrimPrefix(p, "#")
	if u, err := url.PathUnescape(p); err == nil {
		p = u
	}
	p = strings.TrimPrefix(p, "/")
	if p == "" {
		return nil
	}
	toks := strings.Split(p, "/")
	for i, t := range toks {
		toks[i] = strings.ReplaceAll(strings.ReplaceAll(t, "~1", "/"), "~0", "~")
	}
	return toks
}

// escapeToken escapes one JSON pointer token.
func escapeToken(t string) string {
	return strings.ReplaceAll(strings.ReplaceAll(t, "~", "~0"), "/", "~1")
}

func joinPointer(toks []string) string {
	esc := make([]string, len(toks))
	for i, t := range toks {
		esc[i] = escapeToken(t)
	}
	return strings.Join(esc, "/")
}

// normPointer returns p as "#/a/b" with unescaped percent-encoding.
func normPointer(p string) string {
	toks := pointerTokens(p)
	if len(toks) == 0 {
		return "#"
	}
	return "#/" + joinPointer(toks)
}

// child returns the pointer of key under p.
func child(p string, keys ...string) string {
	p = normPointer(p)
	for _, k := range keys {
		if p == "#" {
			p = "#/" + escapeToken(k)
		} else {
			p += "/" + escapeToken(k)
		}
	}
	return p
}
