package load

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/specgen/specgen/generator/document"
	"github.com/specgen/specgen/generator/loc"
)

// File is one input document, decoded into a position tree (for messages
// and key order) and plain JSON values.
type File struct {
	// Path is the path as given by the user (or as reached through a $ref),
	// used in messages.
	Path string
	// URL is the absolute file:// URL the schema compiler knows it by.
	URL string
	// root is the document's position tree.
	root *node
	// Value is the document as JSON values (map[string]any, []any, …).
	Value any
	// JSON is Value encoded as JSON, for the schema compiler.
	JSON []byte

	// origin and mapPointer are set on a document converted from another
	// (Swagger 2.0 → OpenAPI 3): positions are looked up in the original.
	origin     *File
	mapPointer func(string) string
	// changed says Value was mended (tolerate.go, repair.go) since JSON
	// was made from it; refreshJSON makes it again.
	changed bool
	// ecmaNames maps the placeholders of patternProperties names Go's
	// regexp cannot compile to the names (patterns.go).
	ecmaNames map[string]string
	// tabComments are the lines of comments indented with tabs that were
	// read past to parse the file (yamltabs.go), for prepare to note.
	tabComments []int
	// slashEscapes are the lines whose double-quoted "\/" escapes were
	// read as "/" to parse the file (yamlescapes.go), for prepare to note.
	slashEscapes []int
	// flowKeys are the lines where a space was put after a plain key's
	// colon inside a flow collection (yamlflowkeys.go).
	flowKeys []int
	// anchorFree says no member of Value is named $dynamicAnchor or
	// $recursiveAnchor (known when serveValue copied it).
	anchorFree bool
	// goPatterns are the patterns repairPattern found Go's regexp reads.
	goPatterns map[string]bool
	// fromJSON says the JSON parser read the file: no two places share
	// a value (YAML's aliases can share one).
	fromJSON bool
	// dropped counts, by object (mapID), the empty required, oneOf, anyOf
	// and allOf lists repairEnums dropped; mendedOther says it mended
	// anything else. The early copy drops the same lists (compile_early.go).
	dropped     map[uintptr]int
	mendedOther bool
	// readable remembers goReads' answers: the early copy (compile_early.go)
	// and repairPattern ask about the same patterns.
	readable map[string]bool
	// kinJSON, when set, is what kin-openapi's resolver reads of the file
	// instead of JSON (swagger_kinview.go).
	kinJSON []byte
}

// refreshJSON encodes Value again when it was mended, for the schema
// compiler and kin-openapi, which read JSON.
func (f *File) refreshJSON() error {
	if !f.changed {
		return nil
	}
	js, err := json.Marshal(f.Value)
	if err != nil {
		return &document.Error{Source: loc.Source{File: f.Path}, Msg: "cannot encode document as JSON", Err: err}
	}
	f.JSON, f.changed = js, false
	return nil
}

// parseFile decodes data, reporting syntax errors with the file and line.
// JSON goes through a fast parser of its own, with encoding/json's message
// when it fails; anything else through YAML.
func parseFile(path, fileURL string, data []byte) (*File, error) {
	var root *node
	var val any
	var err error
	fast := false
	if looksJSON(data) {
		root, val, err = parseJSON(data)
		fast = err == nil
		if err != nil {
			if de, ok := err.(*dupKeyError); ok {
				return nil, &document.Error{Source: loc.Source{File: path, Line: de.at.line, Column: de.at.col}, Msg: "malformed document: " + de.Error()}
			}
			if jerr := checkJSON(path, data); jerr != nil {
				// A .yaml file may be a YAML flow mapping that is not JSON
				// (bare words, a trailing comma), as Matrix's m.presence.yaml
				// is: read it as YAML, as the validators do, and keep the
				// JSON message only when YAML refuses it too.
				if !yamlName(path) {
					return nil, jerr
				}
				if root, val, err = parseYAML(path, data); err != nil {
					return nil, jerr
				}
				return newFile(path, fileURL, root, val)
			}
			// encoding/json accepts what the fast parser refused (it should
			// not happen): fall back to the YAML reader, which reads JSON.
			root, val, err = parseYAML(path, data)
		}
	} else {
		root, val, err = parseYAML(path, data)
	}
	var tabComments, slashEscapes, flowKeys []int
	if err != nil && !looksJSON(data) {
		mended := data
		if tabComments = tabCommentLines(data); len(tabComments) > 0 {
			mended = withoutLeadingWhite(mended, tabComments)
		}
		mended, slashEscapes = withoutSlashEscapes(mended)
		mended, flowKeys = withoutAdjacentFlowValues(mended)
		if len(tabComments) > 0 || len(slashEscapes) > 0 || len(flowKeys) > 0 {
			if r, v, err2 := parseYAML(path, mended); err2 == nil {
				root, val, err = r, v, nil
			} else {
				tabComments, slashEscapes, flowKeys = nil, nil, nil
			}
		}
	}
	if err != nil {
		return nil, err
	}
	if !fast {
		f, err := newFile(path, fileURL, root, val)
		if err == nil {
			f.tabComments, f.slashEscapes, f.flowKeys = tabComments, slashEscapes, flowKeys
		}
		return f, err
	}
	// the fast parser accepted it: it is JSON already
	return &File{Path: path, URL: fileURL, root: root, Value: val, JSON: data, fromJSON: true}, nil
}

// newFile is a File read through YAML: its JSON is encoded from the value.
func newFile(path, fileURL string, root *node, val any) (*File, error) {
	js, err := json.Marshal(val)
	if err != nil {
		return nil, &document.Error{Source: loc.Source{File: path}, Msg: "cannot encode document as JSON", Err: err}
	}
	return &File{Path: path, URL: fileURL, root: root, Value: val, JSON: js}, nil
}

// yamlName reports whether path is named as YAML (.yaml, .yml).
func yamlName(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return ext == ".yaml" || ext == ".yml"
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
func posAt(path string, data []byte, off int64) loc.Source {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	col := int(off) - bytes.LastIndexByte(data[:off], '\n')
	return loc.Source{File: path, Line: line, Column: col}
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

// lookup returns the tree node at a JSON pointer ("#/a/b" or "/a/b"), and
// the position of the key that introduces it, or nil.
func (f *File) lookup(pointer string) (*node, pos) {
	n := f.root
	var at pos
	if n != nil {
		at = pos{n.line, n.col}
	}
	for tok := range pointerTokenSeq(pointer) {
		if n == nil {
			return nil, pos{}
		}
		switch n.kind {
		case 'o':
			n, at = n.get(tok)
		case 'a':
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(n.kids) {
				return nil, pos{}
			}
			n = n.kids[i]
			at = pos{n.line, n.col}
		default:
			return nil, pos{}
		}
	}
	return n, at
}

// exists reports whether pointer names something in f.
func (f *File) exists(pointer string) bool {
	n, _ := f.lookup(pointer)
	return n != nil
}

// Keys returns the keys of the object at pointer, in document order.
func (f *File) Keys(pointer string) []string {
	if f.origin != nil {
		if keys := f.origin.Keys(f.mapPointer(normPointer(pointer))); len(keys) > 0 {
			return keys
		}
	}
	n, _ := f.lookup(pointer)
	if n == nil || n.kind != 'o' {
		return nil
	}
	return n.keys
}

// Source returns the location of pointer in f: the line and column of the
// key that introduces it (or of the value, for array elements and the root).
func (f *File) Source(pointer string) loc.Source {
	if f.origin != nil {
		return f.origin.Source(f.mapPointer(normPointer(pointer)))
	}
	src := loc.Source{File: f.Path, Pointer: normPointer(pointer)}
	if n, at := f.lookup(pointer); n != nil {
		src.Line, src.Column = at.line, at.col
	}
	return src
}
