package load

import (
	"encoding/json"
	"os"
	"strconv"
	"sync"
)

// RawJSON returns a lookup of the JSON text at a JSON pointer of input
// files, each read and decoded once as Load reads them (YAML or JSON), with
// object keys sorted, so that two spellings of the same JSON compare
// equal. specgen diff compares this way the parts of a spec it could not
// type exactly. The lookup reports false when the file cannot be read or
// has nothing at the pointer; it is safe for concurrent use.
func RawJSON() func(file, pointer string) (string, bool) {
	fs := newFileSet()
	var mu sync.Mutex
	texts := map[string][]byte{} // JSON files by path; nil: read whole
	return func(file, pointer string) (string, bool) {
		mu.Lock()
		data, seen := texts[file]
		if !seen {
			// A JSON file is not decoded: the part is found in its text
			// (jsonSpan) and only the part decoded, as Load's parser
			// would decode it.
			if b, err := os.ReadFile(file); err == nil && looksJSON(b) && json.Valid(b) {
				data = b
			}
			texts[file] = data
		}
		var v any
		var ok bool
		if data != nil {
			mu.Unlock()
			v, ok = jsonValueAt(data, pointer)
		} else {
			f, err := fs.readPath(file)
			mu.Unlock()
			if err != nil {
				return "", false
			}
			v, ok = valueAt(f.Value, pointer)
		}
		if !ok {
			return "", false
		}
		b, err := json.Marshal(v)
		if err != nil {
			return "", false
		}
		return string(b), true
	}
}

// jsonValueAt decodes the value at pointer in the JSON text data.
func jsonValueAt(data []byte, pointer string) (any, bool) {
	span, ok := jsonSpan(data, pointer)
	if !ok {
		return nil, false
	}
	_, v, err := parseJSON(span)
	return v, err == nil
}

// valueAt follows a JSON pointer through decoded JSON values.
func valueAt(v any, pointer string) (any, bool) {
	for _, tok := range pointerTokens(pointer) {
		switch x := v.(type) {
		case map[string]any:
			e, ok := x[tok]
			if !ok {
				return nil, false
			}
			v = e
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(x) {
				return nil, false
			}
			v = x[i]
		default:
			return nil, false
		}
	}
	return v, true
}
