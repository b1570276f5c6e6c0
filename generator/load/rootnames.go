package load

import (
	"encoding/json"
	"strings"
)

// HasRootMember reports whether the JSON object data (valid JSON, checked
// by the caller) has a member whose name matches one of names as
// encoding/json matches a struct field's name (case-insensitively). It
// reads the members' names and skips their values without decoding them,
// stopping at the first match: specgen diff tells an OpenAPI document from
// a JSON Schema by its "openapi" or "swagger" member, usually the first of
// a document of a megabyte, and decoding all of it to find that was most
// of what it did before it started reading.
func HasRootMember(data []byte, names ...string) bool {
	i := skipSpace(data, 0)
	if i >= len(data) || data[i] != '{' {
		return false
	}
	i = skipSpace(data, i+1)
	for i < len(data) && data[i] == '"' {
		end, ok := skipString(data, i)
		if !ok {
			return false
		}
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
		i = skipSpace(data, end)
		if i >= len(data) || data[i] != ':' {
			return false
		}
		if i, ok = skipValue(data, skipSpace(data, i+1)); !ok {
			return false
		}
		if i = skipSpace(data, i); i >= len(data) || data[i] != ',' {
			return false
		}
		i = skipSpace(data, i+1)
	}
	return false
}
