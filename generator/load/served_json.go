package load

import (
	"encoding/json"
	"strconv"
	"unicode/utf8"
)

// A split root (split.go) is served to the schema compiler as JSON text
// with its $refs made absolute. It used to be copied with the refs
// rewritten (absoluteRefs) and the copy marshalled: a copy of every map
// of every component schema and a reflective encode, about a sixth of
// what reading a large OpenAPI document allocated. rootWriter writes the
// text in one walk over the decoded file instead, rewriting each $ref as
// it goes, at the same places absoluteRefs does; the compiler decodes the
// same value from it.

// rootWriter writes one split root of file f.
type rootWriter struct {
	fs  *fileSet
	f   *File
	buf []byte
	err error // json.Marshal's, for a value it would not encode
	// refsPlain stays true while every rewritten $ref passes the
	// meta-schema rule plainSchema holds "$ref" to (see servedRootPlain).
	refsPlain bool
	draft4    bool
	// rewrite gives the $ref to write for one written in f.
	rewrite func(ref string) string
}

// servedRootJSON returns the JSON text the compiler reads for the schema v
// of f served as a root of its own (json.Marshal(fs.absoluteRefs(f, v))
// decodes to the same value), and whether each $ref it rewrote is one
// plainSchema passes.
func (fs *fileSet) servedRootJSON(f *File, v any) ([]byte, bool, error) {
	return fs.writeRefsRewritten(f, v, func(ref string) string { return fs.absoluteRef(f, ref) })
}

// writeRefsRewritten writes v, a schema of f, as JSON text with each $ref
// in a schema position replaced by rewrite's answer, and whether each
// $ref it wrote is one plainSchema passes.
func (fs *fileSet) writeRefsRewritten(f *File, v any, rewrite func(string) string) ([]byte, bool, error) {
	w := &rootWriter{fs: fs, f: f, refsPlain: true, rewrite: rewrite}
	if fs.metaGate != nil {
		w.draft4 = dialect(fs.metaGate.version).draft4()
	}
	w.schema(v)
	return w.buf, w.refsPlain, w.err
}

// schema writes v in a schema position (absoluteRefs).
func (w *rootWriter) schema(v any) {
	m, ok := v.(map[string]any)
	if !ok {
		w.value(v)
		return
	}
	w.object(m, func(k string, e any) {
		switch {
		case k == "$ref":
			if ref, ok := e.(string); ok {
				ref = w.rewrite(ref)
				if !w.draft4 && !plainURIReference(ref) {
					w.refsPlain = false
				}
				w.str(ref)
				return
			}
			w.value(e)
		case schemaMembers[k] || k == "items":
			if list, ok := e.([]any); ok {
				w.schemaList(list)
			} else {
				w.schema(e)
			}
		case schemaMaps[k] || k == "dependencies":
			if mm, ok := e.(map[string]any); ok {
				w.object(mm, func(_ string, sub any) { w.schema(sub) })
			} else {
				w.value(e)
			}
		case schemaLists[k]:
			if list, ok := e.([]any); ok {
				w.schemaList(list)
			} else {
				w.value(e)
			}
		default:
			w.value(e)
		}
	})
}

// object writes the members of m, each value by member, in map order: the
// compiler decodes the text back into a map, so the order reaches neither
// the compiled schema nor anything generated from it (json.Marshal sorted
// keys only because it always does).
func (w *rootWriter) object(m map[string]any, member func(k string, e any)) {
	w.buf = append(w.buf, '{')
	first := true
	for k, e := range m {
		if !first {
			w.buf = append(w.buf, ',')
		}
		first = false
		w.str(k)
		w.buf = append(w.buf, ':')
		member(k, e)
	}
	w.buf = append(w.buf, '}')
}

func (w *rootWriter) schemaList(list []any) { w.list(list, w.schema) }

// list writes the elements of list, each by element.
func (w *rootWriter) list(list []any, element func(any)) {
	w.buf = append(w.buf, '[')
	for i, e := range list {
		if i > 0 {
			w.buf = append(w.buf, ',')
		}
		element(e)
	}
	w.buf = append(w.buf, ']')
}

// value writes data (and members that are no schema) as they are.
func (w *rootWriter) value(v any) {
	switch x := v.(type) {
	case nil:
		w.buf = append(w.buf, "null"...)
	case bool:
		w.buf = strconv.AppendBool(w.buf, x)
	case string:
		w.str(x)
	case json.Number:
		if x == "" {
			x = "0" // as json.Marshal writes an empty Number
		}
		if validNumber(string(x)) {
			w.buf = append(w.buf, x...)
			return
		}
		w.marshal(x)
	case map[string]any:
		w.object(x, func(_ string, e any) { w.value(e) })
	case []any:
		w.list(x, w.value)
	default:
		w.marshal(x)
	}
}

// marshal writes what the parsers do not produce as json.Marshal does.
func (w *rootWriter) marshal(v any) {
	b, err := json.Marshal(v)
	if err != nil && w.err == nil {
		w.err = err
	}
	w.buf = append(w.buf, b...)
}

// validNumber reports whether s is a JSON number, as json.Marshal checks a
// json.Number before writing it.
func validNumber(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == '-' {
		s = s[1:]
		if s == "" {
			return false
		}
	}
	switch {
	case s[0] == '0':
		s = s[1:]
	case '1' <= s[0] && s[0] <= '9':
		s = s[1:]
		for len(s) > 0 && '0' <= s[0] && s[0] <= '9' {
			s = s[1:]
		}
	default:
		return false
	}
	if len(s) >= 2 && s[0] == '.' && '0' <= s[1] && s[1] <= '9' {
		s = s[2:]
		for len(s) > 0 && '0' <= s[0] && s[0] <= '9' {
			s = s[1:]
		}
	}
	if len(s) >= 2 && (s[0] == 'e' || s[0] == 'E') {
		s = s[1:]
		if s[0] == '+' || s[0] == '-' {
			s = s[1:]
			if s == "" {
				return false
			}
		}
		for len(s) > 0 && '0' <= s[0] && s[0] <= '9' {
			s = s[1:]
		}
	}
	return s == ""
}

// str writes s as a JSON string that decodes to what json.Marshal's
// encoding of s decodes to (invalid UTF-8 becomes U+FFFD).
func (w *rootWriter) str(s string) {
	const hex = "0123456789abcdef"
	w.buf = append(w.buf, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			w.buf = append(w.buf, s[start:i]...)
			switch c {
			case '"', '\\':
				w.buf = append(w.buf, '\\', c)
			case '\n':
				w.buf = append(w.buf, '\\', 'n')
			case '\r':
				w.buf = append(w.buf, '\\', 'r')
			case '\t':
				w.buf = append(w.buf, '\\', 't')
			default:
				w.buf = append(w.buf, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			w.buf = append(w.buf, s[start:i]...)
			w.buf = append(w.buf, `\ufffd`...)
			i += size
			start = i
			continue
		}
		i += size
	}
	w.buf = append(w.buf, s[start:]...)
	w.buf = append(w.buf, '"')
}
