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
	texts := map[string]*jsonIndex{} // JSON files by path; nil: decoded whole
	return func(file, pointer string) (string, bool) {
		mu.Lock()
		defer mu.Unlock()
		index, seen := texts[file]
		if !seen {
			// A JSON file is not decoded: the part is found in its text
			// and only the part decoded, as Load's parser would decode it.
			if b, err := os.ReadFile(file); err == nil && looksJSON(b) && json.Valid(b) {
				index = newJSONIndex(b)
			}
			texts[file] = index
		}
		var v any
		var ok bool
		if index != nil {
			v, ok = index.valueAt(pointer)
		} else {
			f, err := fs.readPath(file)
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
