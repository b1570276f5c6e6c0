package main

import (
	"encoding/json"
	"strings"
)

// hasTopLevelKey reports whether the JSON object data (valid JSON, checked
// by the caller) has a member whose name matches one of names as
// encoding/json matches a struct field's name (case-insensitively). It
// reads the members' names and skips their values without decoding them,
// stopping at the first match: "openapi" is usually the first member of a
// document of a megabyte, and decoding all of it to find that was most of
// what `diff` did before it started reading.
func hasTopLevelKey(data []byte, names ...string) bool {
	i := skipJSONSpace(data, 0)
	if i >= len(data) || data[i] != '{' {
		return false
	}
	i++
	for {
		i = skipJSONSpace(data, i)
		if i >= len(data) || data[i] != '"' {
			return false
		}
		end := skipJSONString(data, i)
		key := string(data[i+1 : end-1])
		if strings.IndexByte(key, '\\') >= 0 {
			if err := json.Unmarshal(data[i:end], &key); err != nil {
				return false
			}
		}
		for _, n := range names {
			if strings.EqualFold(key, n) {
				return true
			}
		}
		i = skipJSONSpace(data, end)
		if i >= len(data) || data[i] != ':' {
			return false
		}
		i = skipJSONValue(data, skipJSONSpace(data, i+1))
		i = skipJSONSpace(data, i)
		if i >= len(data) || data[i] != ',' {
			return false
		}
		i++
	}
}

func skipJSONSpace(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r') {
		i++
	}
	return i
}

// skipJSONString returns the offset just past the string starting at i.
func skipJSONString(data []byte, i int) int {
	for i++; i < len(data); i++ {
		switch data[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
	return len(data)
}

// skipJSONValue returns the offset just past the value starting at i.
func skipJSONValue(data []byte, i int) int {
	depth := 0
	for i < len(data) {
		switch data[i] {
		case '"':
			i = skipJSONString(data, i)
			if depth == 0 {
				return i
			}
			continue
		case '{', '[':
			depth++
		case '}', ']':
			depth--
			if depth == 0 {
				return i + 1
			}
			if depth < 0 {
				return i
			}
		case ',':
			if depth == 0 {
				return i
			}
		}
		i++
	}
	return i
}
