package load

import "bytes"

// withoutRootMember returns the JSON object data without its member key
// (written without escapes), and whether it found it; data itself is not
// changed. It only scans: strings and nested values are skipped, never
// decoded, so that serving a large document costs one copy.
func withoutRootMember(data []byte, key string) ([]byte, bool) {
	quoted := []byte(`"` + key + `"`)
	i := skipSpace(data, 0)
	if i >= len(data) || data[i] != '{' {
		return nil, false
	}
	prevEnd := i + 1 // just past '{' or the previous member's comma
	i = skipSpace(data, i+1)
	for i < len(data) && data[i] == '"' {
		start := i
		keyEnd, ok := skipString(data, i)
		if !ok {
			return nil, false
		}
		i = skipSpace(data, keyEnd)
		if i >= len(data) || data[i] != ':' {
			return nil, false
		}
		valEnd, ok := skipValue(data, skipSpace(data, i+1))
		if !ok {
			return nil, false
		}
		i = skipSpace(data, valEnd)
		if i >= len(data) {
			return nil, false
		}
		last := data[i] == '}'
		if !last && data[i] != ',' {
			return nil, false
		}
		if bytes.Equal(data[start:keyEnd], quoted) {
			out := make([]byte, 0, len(data))
			if last {
				// The last member: drop the comma before it (none when it
				// is the only one).
				cut := start
				if prevEnd > 0 && data[prevEnd-1] == ',' {
					cut = prevEnd - 1
				}
				out = append(out, data[:cut]...)
				return append(out, data[i:]...), true
			}
			out = append(out, data[:start]...)
			return append(out, data[skipSpace(data, i+1):]...), true
		}
		if last {
			return nil, false
		}
		prevEnd = i + 1
		i = skipSpace(data, i+1)
	}
	return nil, false
}

func skipSpace(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r') {
		i++
	}
	return i
}

// skipString returns the offset just past the string starting at data[i].
func skipString(data []byte, i int) (int, bool) {
	for i++; i < len(data); i++ {
		switch data[i] {
		case '\\':
			i++
		case '"':
			return i + 1, true
		}
	}
	return 0, false
}

// skipValue returns the offset just past the JSON value starting at
// data[i], which it assumes well formed (the document was parsed before).
func skipValue(data []byte, i int) (int, bool) {
	if i >= len(data) {
		return 0, false
	}
	switch data[i] {
	case '"':
		return skipString(data, i)
	case '{', '[':
		depth := 0
		for ; i < len(data); i++ {
			switch data[i] {
			case '"':
				end, ok := skipString(data, i)
				if !ok {
					return 0, false
				}
				i = end - 1
			case '{', '[':
				depth++
			case '}', ']':
				if depth--; depth == 0 {
					return i + 1, true
				}
			}
		}
		return 0, false
	}
	// A number or a literal: up to the next delimiter.
	for ; i < len(data); i++ {
		switch data[i] {
		case ',', '}', ']', ' ', '\t', '\n', '\r':
			return i, true
		}
	}
	return i, true
}
